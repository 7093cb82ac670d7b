/**
 * The thread reducer's items (appended, replaced, removed, streamed text and annotations, hidden
 * items, frozen at the end of a stream), the thread-list reducer and timestamps. Widget, workflow
 * and image updates are in reducer-widgets.node.test.ts; the thread and its stream in
 * reducer-thread.node.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { parseTimestamp } from '../../src/state/normalize.js';
import { threadListReducer, initialThreadListState } from '../../src/state/thread-list.js';
import {
  T,
  assistant,
  at,
  end,
  ev,
  run,
  start,
  textOf,
  thread,
  user,
  widget,
} from './reducer-fixtures.js';

describe('threadReducer: items', () => {
  it('done appends an unknown id and replaces a known one wherever it sits', () => {
    const s = run([
      start,
      ev({ type: 'thread.item.done', item: user('u1') }),
      ev({ type: 'thread.item.added', item: assistant('a1') }),
      ev({ type: 'thread.item.done', item: assistant('a2', 'second') }),
      ev({ type: 'thread.item.done', item: assistant('a1', 'first, final') }),
      end(),
    ]);
    assert.deepEqual(
      s.items.map((e) => e.item.id),
      ['u1', 'a1', 'a2'],
    );
    assert.equal(textOf(s, 1), 'first, final');
    assert.equal(s.items[1]!.phase, 'done');
  });

  it('replaced keeps the position, even when the type changes; unknown ids are appended', () => {
    const s = run([
      start,
      ev({ type: 'thread.item.done', item: widget('w1', [{ type: 'Text', value: 'a' }]) }),
      ev({ type: 'thread.item.done', item: assistant('a1', 'after') }),
      ev({ type: 'thread.item.replaced', item: assistant('w1', 'now a message') }),
      ev({ type: 'thread.item.replaced', item: assistant('x9', 'new') }),
      end(),
    ]);
    assert.deepEqual(
      s.items.map((e) => `${e.item.type}:${e.item.id}`),
      ['assistant_message:w1', 'assistant_message:a1', 'assistant_message:x9'],
    );
  });

  it('removed deletes by id and ignores unknown ids', () => {
    const s = run([
      start,
      ev({ type: 'thread.item.done', item: assistant('a1', 'x') }),
      ev({ type: 'thread.item.removed', item_id: 'nope' }),
      ev({ type: 'thread.item.removed', item_id: 'a1' }),
      end(),
    ]);
    assert.equal(s.items.length, 0);
  });

  it('ignores updates to unknown ids and updates of the wrong item type', () => {
    const before = run([start, ev({ type: 'thread.item.done', item: widget('w1', []) })]);
    const after = run(
      [
        ev({
          type: 'thread.item.updated',
          item_id: 'ghost',
          update: {
            type: 'assistant_message.content_part.text_delta',
            content_index: 0,
            delta: 'x',
          },
        }),
        ev({
          type: 'thread.item.updated',
          item_id: 'w1',
          update: {
            type: 'assistant_message.content_part.text_delta',
            content_index: 0,
            delta: 'x',
          },
        }),
        ev({ type: 'thread.item.updated', item_id: 'w1', update: { type: 'future.update', x: 1 } }),
      ],
      before,
    );
    assert.equal(after, before, 'the very same state object');
  });

  it('pads content for a delta to a part that was never added, and appends deltas', () => {
    const s = run([
      start,
      ev({ type: 'thread.item.added', item: assistant('a1') }),
      ev({
        type: 'thread.item.updated',
        item_id: 'a1',
        update: {
          type: 'assistant_message.content_part.text_delta',
          content_index: 2,
          delta: 'Hel',
        },
      }),
      ev({
        type: 'thread.item.updated',
        item_id: 'a1',
        update: {
          type: 'assistant_message.content_part.text_delta',
          content_index: 2,
          delta: 'lo',
        },
      }),
    ]);
    const content = (s.items[0]!.item as unknown as { content: unknown[] }).content;
    assert.deepEqual(content, [
      { type: 'output_text', text: '', annotations: [] },
      { type: 'output_text', text: '', annotations: [] },
      { type: 'output_text', text: 'Hello', annotations: [] },
    ]);
    assert.equal(s.items[0]!.phase, 'streaming');
  });

  it('keeps streamed annotations when content_part.done carries none', () => {
    const annotation = {
      type: 'annotation',
      source: { type: 'url', title: 'T', url: 'https://e.x/' },
      index: 5,
    };
    const s = run([
      start,
      ev({ type: 'thread.item.added', item: assistant('a1') }),
      ev({
        type: 'thread.item.updated',
        item_id: 'a1',
        update: {
          type: 'assistant_message.content_part.text_delta',
          content_index: 0,
          delta: 'Hello',
        },
      }),
      ev({
        type: 'thread.item.updated',
        item_id: 'a1',
        update: {
          type: 'assistant_message.content_part.annotation_added',
          content_index: 0,
          annotation_index: 0,
          annotation,
        },
      }),
      ev({
        type: 'thread.item.updated',
        item_id: 'a1',
        update: {
          type: 'assistant_message.content_part.annotation_added',
          content_index: 0,
          annotation_index: 0,
          annotation: { ...annotation, index: 1 },
        },
      }),
      ev({
        type: 'thread.item.updated',
        item_id: 'a1',
        update: {
          type: 'assistant_message.content_part.done',
          content_index: 0,
          content: { type: 'output_text', text: 'Hello!', annotations: [] },
        },
      }),
    ]);
    const part = (
      s.items[0]!.item as unknown as {
        content: { text: string; annotations: { index: number }[] }[];
      }
    ).content[0]!;
    assert.equal(part.text, 'Hello!');
    assert.deepEqual(
      part.annotations.map((a) => a.index),
      [1, 5],
      'inserted at annotation_index, both kept',
    );
  });

  it('keeps hidden, marker and unknown items but never makes them visible', () => {
    const s = run([
      start,
      ev({
        type: 'thread.item.done',
        item: { id: 'h1', thread_id: T, created_at: at, type: 'hidden_context_item', content: 'x' },
      }),
      ev({
        type: 'thread.item.added',
        item: { id: 'h2', thread_id: T, created_at: at, type: 'sdk_hidden_context', content: 'x' },
      }),
      ev({
        type: 'thread.item.done',
        item: { id: 'e1', thread_id: T, created_at: at, type: 'end_of_turn' },
      }),
      ev({
        type: 'thread.item.done',
        item: { id: 'f1', thread_id: T, created_at: at, type: 'hologram', beam: 1 },
      }),
      end(),
    ]);
    assert.deepEqual(
      s.items.map((e) => [e.item.id, e.visible]),
      [
        ['h1', false],
        ['h2', false],
        ['e1', false],
        ['f1', false],
      ],
    );
  });

  it('freezes items still streaming when the stream ends, recording how it ended', () => {
    const s = run([
      start,
      ev({ type: 'thread.item.added', item: assistant('a1', 'partial') }),
      end('aborted'),
    ]);
    assert.equal(s.items[0]!.phase, 'frozen');
    assert.equal(s.items[0]!.frozenBy, 'aborted');
    assert.equal(textOf(s, 0), 'partial');
  });
});

describe('threadListReducer', () => {
  it('appends pages without duplicates, upserts and removes', () => {
    const t = (id: string, title?: string) => ({ ...thread(), id, ...(title ? { title } : {}) });
    let s = threadListReducer(initialThreadListState(), {
      type: 'page',
      threads: [t('a'), t('b')],
      hasMore: true,
      cursor: 'b',
      first: true,
    });
    s = threadListReducer(s, { type: 'upsert', thread: t('new'), prepend: true });
    s = threadListReducer(s, {
      type: 'page',
      threads: [t('b'), t('c'), { nonsense: true }],
      hasMore: false,
      cursor: null,
      first: false,
    });
    s = threadListReducer(s, { type: 'upsert', thread: t('a', 'Titled') });
    s = threadListReducer(s, { type: 'remove', threadId: 'c' });
    assert.deepEqual(
      s.threads.map((x) => `${x.id}${x.title ? `=${x.title}` : ''}`),
      ['new', 'a=Titled', 'b'],
    );
    assert.equal(s.hasMore, false);
  });
});

describe('parseTimestamp', () => {
  it('parses naive, 6-digit, 9-digit, Z and offset forms', () => {
    assert.equal(parseTimestamp('2025-11-03T09:30:01')?.getSeconds(), 1);
    assert.equal(parseTimestamp('2025-11-03T09:30:01.250000')?.getMilliseconds(), 250);
    assert.equal(
      parseTimestamp('2025-11-03T09:30:01.123456789Z')?.toISOString(),
      '2025-11-03T09:30:01.123Z',
    );
    assert.equal(
      parseTimestamp('2025-11-03T09:30:01+0200')?.toISOString(),
      '2025-11-03T07:30:01.000Z',
    );
    assert.equal(parseTimestamp('not a date'), null);
    assert.equal(parseTimestamp(''), null);
  });
});
