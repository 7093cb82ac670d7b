import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { appendText, appendedBetween, textGrowth } from '../../src/state/text-growth.js';
import { applyItemUpdate } from '../../src/state/apply-update.js';
import type { ThreadItem } from '../../src/protocol/wire-types.js';

describe('text growth', () => {
  it('remembers what each version grew by, in one log shared by the versions', () => {
    const base = { type: 'output_text', text: 'Hello', annotations: [] };
    const a = appendText(base, ', ');
    const b = appendText(a, 'world');
    const c = appendText(b, '!');
    assert.equal(c.text, 'Hello, world!');
    assert.equal(textGrowth(base), undefined);
    assert.equal(textGrowth(a)!.log, textGrowth(c)!.log);
    assert.equal(textGrowth(c)!.length, c.text.length);
    assert.equal(appendedBetween(textGrowth(a), textGrowth(c)), 'world!');
    assert.equal(appendedBetween(textGrowth(b), textGrowth(b)), '');
    // Backwards, or from nothing known: not an append.
    assert.equal(appendedBetween(textGrowth(c), textGrowth(a)), null);
    assert.equal(appendedBetween(undefined, textGrowth(a)), null);
  });

  it('an older version appended to again starts a log of its own', () => {
    const a = appendText({ text: '' }, 'one');
    const b = appendText(a, ' two');
    const fork = appendText(a, ' three');
    assert.equal(fork.text, 'one three');
    assert.notEqual(textGrowth(fork)!.log, textGrowth(b)!.log);
    assert.equal(appendedBetween(textGrowth(a), textGrowth(fork)), null);
    // The first line of growth is untouched.
    assert.equal(appendedBetween(textGrowth(a), textGrowth(b)), ' two');
    assert.equal(appendText(b, '!').text, 'one two!');
    assert.equal(appendedBetween(textGrowth(a), textGrowth(appendText(b, '?'))), null);
  });

  it('a streamed text delta records its growth; a replaced part has none', () => {
    const item = {
      id: 'msg_1',
      thread_id: 'thr_1',
      created_at: '2025-11-03T09:30:00',
      type: 'assistant_message',
      content: [{ type: 'output_text', text: 'Hi', annotations: [] }],
    } as unknown as ThreadItem;
    const delta = (text: string) => ({
      type: 'assistant_message.content_part.text_delta' as const,
      content_index: 0,
      delta: text,
    });
    const one = applyItemUpdate(item, delta(' there'))!.item;
    const two = applyItemUpdate(one, delta(', you'))!.item;
    const partOf = (i: ThreadItem) => (i as unknown as { content: { text: string }[] }).content[0]!;
    assert.equal(partOf(two).text, 'Hi there, you');
    assert.equal(appendedBetween(textGrowth(partOf(one)), textGrowth(partOf(two))), ', you');
    const done = applyItemUpdate(two, {
      type: 'assistant_message.content_part.done',
      content_index: 0,
      content: { type: 'output_text', text: 'Hi there, you', annotations: [] },
    } as never)!.item;
    assert.equal(textGrowth(partOf(done)), undefined);
  });
});
