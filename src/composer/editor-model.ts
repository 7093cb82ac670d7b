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

/**
 * The @-mention being typed at the caret: the query after `@`, and the text node and offset where
 * the `@` stands. `null` when the caret is not in a mention (an `@` must start a word).
 */
export function mentionAtCaret(selection: Selection | null): Mention | null {
  if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return null;
  const node = selection.anchorNode;
  if (!node || node.nodeType !== Node.TEXT_NODE) return null;
  const before = (node.nodeValue ?? '').slice(0, selection.anchorOffset);
  const match = /(?:^|[\s(])@([^\s@]{0,50})$/.exec(before);
  if (!match) return null;
  const query = match[1] ?? '';
  return {
    query,
    node: node as Text,
    start: selection.anchorOffset - query.length - 1,
    end: selection.anchorOffset,
  };
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

/** Replaces a typed `@query` with a chip and a space, and puts the caret after them. */
export function insertChip(mention: Mention, chip: HTMLElement, selection: Selection | null): void {
  const doc = mention.node.ownerDocument;
  const range = doc.createRange();
  range.setStart(mention.node, mention.start);
  range.setEnd(mention.node, mention.end);
  range.deleteContents();
  const space = doc.createTextNode('\u00a0');
  range.insertNode(space);
  range.insertNode(chip);
  const caret = doc.createRange();
  caret.setStartAfter(space);
  caret.collapse(true);
  selection?.removeAllRanges();
  selection?.addRange(caret);
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

/** Puts the caret at the end of the editor unless it is already inside. */
export function caretInside(editor: HTMLElement, selection: Selection | null): void {
  if (selection && editor.contains(selection.anchorNode)) return;
  const end = editor.ownerDocument.createRange();
  end.selectNodeContents(editor);
  end.collapse(false);
  selection?.removeAllRanges();
  selection?.addRange(end);
}
