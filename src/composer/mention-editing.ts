/**
 * Editing for @-mentions (part of the mention chunk): the mention being typed at the caret, and
 * putting a picked entity's chip in its place or typing an `@` to start one.
 */
import { createChip } from './editor-model.js';
import type { Caret, Mention } from './editor-model.js';
import type { EditorController } from './editor-controller.js';
import type { Entity } from './types.js';

/** Puts a collapsed caret at `node`, `offset`. (`addRange` of a range inside a shadow root is
 * ignored by WebKit; `setBaseAndExtent` works in every engine.) */
export function placeCaret(selection: Selection | null, node: Node, offset: number): void {
  selection?.setBaseAndExtent(node, offset, node, offset);
}

/**
 * The @-mention being typed at the caret: the query after `@`, and the text node and offset where
 * the `@` stands. `null` when the caret is not in a mention (an `@` must start a word).
 */
export function mentionAtCaret(caret: Caret | null): Mention | null {
  if (!caret) return null;
  const { node, offset } = caret;
  if (node.nodeType !== Node.TEXT_NODE) return null;
  const before = (node.nodeValue ?? '').slice(0, offset);
  const match = /(?:^|[\s(])@([^\s@]{0,50})$/.exec(before);
  if (!match) return null;
  const query = match[1] ?? '';
  return {
    query,
    node: node as Text,
    start: offset - query.length - 1,
    end: offset,
  };
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
  const parent = space.parentNode;
  if (parent) placeCaret(selection, parent, [...parent.childNodes].indexOf(space) + 1);
}

/** Puts the caret at the end of the editor unless it is already inside. */
export function caretInside(
  editor: HTMLElement,
  selection: Selection | null,
  caret: Caret | null,
): void {
  if (caret && editor.contains(caret.node)) return;
  placeCaret(selection, editor, editor.childNodes.length);
}

/** Replaces the typed `@query` (or the one at the caret) with a chip for the entity. */
export function pickEntity(editor: EditorController, entity: Entity, typed: Mention | null): void {
  const element = editor.element();
  const mention = typed ?? mentionAtCaret(editor.caret());
  if (!element || !mention || !element.contains(mention.node)) return;
  const chip = createChip(document, editor.addEntity(entity), entity);
  insertChip(mention, chip, editor.selection());
  editor.readBack(element);
  element.focus();
}

/** Types an `@` at the caret (the end, when the caret is elsewhere) to start a mention. */
export function startMention(editor: EditorController): void {
  const element = editor.element();
  if (!element) return;
  element.focus();
  caretInside(element, editor.selection(), editor.caret());
  const before = editor.text;
  document.execCommand('insertText', false, before && !/\s$/.test(before) ? ' @' : '@');
  editor.handleInput();
}
