import assert from 'node:assert/strict';

import { HIDDEN_ITEM_TYPES, KNOWN_ITEM_TYPES } from '../../src/protocol/known-types.js';
import type { ThreadState } from '../../src/state/thread-state.js';

/** Checks the invariants every thread state must hold, whatever it was fed. */
export function assertInvariants(state: ThreadState): void {
  const ids = state.items.map((e) => e.item.id);
  assert.equal(new Set(ids).size, ids.length, 'item ids are unique');
  assert.equal(state.index.size, ids.length, 'the index covers every item');
  ids.forEach((id, i) => assert.equal(state.index.get(id), i, `index of ${id}`));
  for (const e of state.items) {
    assert.equal(typeof e.item.id, 'string');
    assert.equal(typeof e.item.type, 'string');
    const hidden =
      (HIDDEN_ITEM_TYPES as readonly string[]).includes(e.item.type) ||
      !(KNOWN_ITEM_TYPES as readonly string[]).includes(e.item.type);
    if (hidden) assert.equal(e.visible, false, `${e.item.type} is never visible`);
    if (e.item.type === 'assistant_message') {
      const content = (e.item as { content: unknown }).content;
      assert.ok(Array.isArray(content), 'assistant content is an array');
      for (const part of content as { text: unknown; annotations: unknown }[]) {
        assert.equal(typeof part.text, 'string');
        assert.ok(Array.isArray(part.annotations));
      }
    }
  }
  if (state.stream === null) {
    assert.ok(
      state.items.every((e) => e.phase !== 'streaming' && e.phase !== 'optimistic'),
      'nothing streams once the stream ended',
    );
  }
}
