/**
 * The composer's editor content as ChatKit message content: text and @-mention tags, read from
 * and written to a contenteditable element whose tags are non-editable chips.
 */
import type { Entity } from './types.js';
import type { UserMessageContent } from '../protocol/wire-types.js';

/** The attribute that marks a chip and keys its entity. */
export const TAG_KEY = 'data-tag-key';

const BLOCKS = new Set(['DIV', 'P', 'LI']);

/** Reads an editor: ordered segments (text and tags) and the plain text (tags as `@title`). */
export function readEditor(
  editor: HTMLElement,
  entities: ReadonlyMap<string, Entity>,
): { content: UserMessageContent[]; text: string } {
  const content: UserMessageContent[] = [];
  let text = '';
  let buffer = '';
  const flush = () => {
    if (buffer) content.push({ type: 'input_text', text: buffer });
    buffer = '';
  };
  const walk = (node: Node, first: boolean) => {
    if (node.nodeType === Node.TEXT_NODE) {
      buffer += node.nodeValue ?? '';
      text += node.nodeValue ?? '';
      return;
    }
    if (!(node instanceof HTMLElement)) return;
    const key = node.getAttribute(TAG_KEY);
    const entity = key ? entities.get(key) : undefined;
    if (entity) {
      flush();
      content.push({
        type: 'input_tag',
        id: entity.id,
        text: entity.title,
        data: { ...(entity.data ?? {}) },
        interactive: entity.interactive === true,
        ...(entity.group ? { group: entity.group } : {}),
      });
      text += `@${entity.title}`;
      return;
    }
    if (node.tagName === 'BR') {
      // The browser's placeholder break at the very end is not content.
      if (node.nextSibling || node.parentNode !== editor) {
        buffer += '\n';
        text += '\n';
      }
      return;
    }
    if (BLOCKS.has(node.tagName) && !first) {
      buffer += '\n';
      text += '\n';
    }
    node.childNodes.forEach((child, i) => walk(child, i === 0));
  };
  editor.childNodes.forEach((child, i) => walk(child, i === 0));
  flush();
  return { content, text };
}

/** Creates the chip element of an entity. */
export function createChip(doc: Document, key: string, entity: Entity): HTMLElement {
  const chip = doc.createElement('span');
  chip.className = 'tag';
  chip.contentEditable = 'false';
  chip.setAttribute(TAG_KEY, key);
  chip.textContent = `@${entity.title}`;
  return chip;
}

/** The @-mention being typed: its query, and the text node and offsets of `@query`. */
export interface Mention {
  query: string;
  node: Text;
  start: number;
  end: number;
}

/** A collapsed caret: the node it stands in and the offset there. */
export interface Caret {
  node: Node;
  offset: number;
}

type ComposedRanges = (options: { shadowRoots: ShadowRoot[] }) => StaticRange[];

/**
 * The collapsed caret inside `root` (the composer's shadow root), or `null` when there is none or
 * the selection spans text. Each engine tells it differently: `Selection.getComposedRanges`
 * (WebKit/Safari, and newer Chromium and Firefox) names nodes inside the shadow roots passed to
 * it, where WebKit's plain selection points at the shadow host only; older Chromium has
 * `ShadowRoot.getSelection`; Firefox's document selection reaches into shadow roots.
 */
export function caretIn(root: Node, selection: Selection | null): Caret | null {
  if (!selection || selection.rangeCount === 0) return null;
  const composed = (selection as Selection & { getComposedRanges?: ComposedRanges })
    .getComposedRanges;
  if (typeof composed === 'function' && isShadowRoot(root)) {
    let ranges: StaticRange[];
    try {
      ranges = composed.call(selection, { shadowRoots: [root] });
    } catch {
      // Safari 17 takes the shadow roots as arguments, not in a dictionary.
      ranges = (composed as unknown as (...roots: ShadowRoot[]) => StaticRange[]).call(
        selection,
        root,
      );
    }
    const range = ranges[0];
    if (!range || !range.collapsed) return null;
    return { node: range.startContainer, offset: range.startOffset };
  }
  if (!selection.isCollapsed || !selection.anchorNode) return null;
  return { node: selection.anchorNode, offset: selection.anchorOffset };
}

function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node;
}

/** Writes content into an editor: text as text, tags as chips keyed by `addEntity`. */
export function writeEditor(
  editor: HTMLElement,
  content: readonly UserMessageContent[],
  addEntity: (entity: Entity) => string,
): void {
  const doc = editor.ownerDocument;
  editor.replaceChildren(
    ...content.map((c) => {
      if (c.type === 'input_text') return doc.createTextNode(c.text);
      const entity: Entity = {
        id: c.id,
        title: c.text,
        data: c.data as Record<string, string>,
        interactive: c.interactive,
        ...(c.group ? { group: c.group } : {}),
      };
      return createChip(doc, addEntity(entity), entity);
    }),
  );
}

/** Trims whitespace at both ends of the message (not inside), and drops empty text segments. */
export function trimContent(content: readonly UserMessageContent[]): UserMessageContent[] {
  const out = content.map((c) => ({ ...c }));
  const first = out[0];
  if (first?.type === 'input_text') first.text = first.text.replace(/^[\s\u00a0]+/, '');
  const last = out[out.length - 1];
  if (last?.type === 'input_text') last.text = last.text.replace(/[\s\u00a0]+$/, '');
  return out.filter((c) => c.type !== 'input_text' || c.text !== '');
}
