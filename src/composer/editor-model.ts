/**
 * The composer's editor content as ChatKit message content: text and @-mention tags, read from
 * and written to a contenteditable element whose tags are non-editable chips.
 */
import type { Entity } from '../element/options.js';
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

/**
 * The @-mention being typed at the caret: the query after `@`, and the text node and offset where
 * the `@` stands. `null` when the caret is not in a mention (an `@` must start a word).
 */
export function mentionAtCaret(
  selection: Selection | null,
): { query: string; node: Text; start: number; end: number } | null {
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
