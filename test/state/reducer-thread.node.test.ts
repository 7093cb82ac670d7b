/**
 * The thread reducer's thread and stream: the id from thread.created, optimistic messages and
 * their echo, thread.updated, progress, errors and notices, Retry, client tool calls, loaded
 * threads and older pages, and the index shared between states.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { threadReducer } from '../../src/state/reducer.js';
import { canSend, lastUserMessage, pendingToolCall } from '../../src/state/selectors.js';
import { initialThreadState } from '../../src/state/thread-state.js';
import { T, assistant, at, end, ev, run, start, textOf, thread, user } from './reducer-fixtures.js';

describe('threadReducer: thread and stream', () => {
  it('takes the thread id from thread.created and replaces the optimistic message with the echo', () => {
    const s0 = initialThreadState(null);
    const s = run(
      [
        {
          type: 'stream.start',
          requestType: 'threads.create',
          optimistic: {
            type: 'user_message',
            thread_id: '',
            created_at: at,
            content: [{ type: 'input_text', text: 'hi' }],
            attachments: [],
            inference_options: {},
          },
        },
        ev({ type: 'thread.created', thread: thread() }),
        ev({ type: 'thread.item.done', item: user('u1') }),
        ev({ type: 'stream_options', stream_options: { allow_cancel: true } }),
      ],
      s0,
    );
    assert.equal(s.threadId, T);
    assert.deepEqual(
      s.items.map((e) => [e.item.id, e.phase]),
      [['u1', 'done']],
    );
    assert.equal(s.stream?.allowCancel, true);
  });

  it('marks an optimistic message failed when no echo came', () => {
    const s = run([
      {
        type: 'stream.start',
        requestType: 'threads.add_user_message',
        optimistic: {
          type: 'user_message',
          thread_id: T,
          created_at: at,
          content: [{ type: 'input_text', text: 'lost?' }],
          attachments: [],
          inference_options: {},
        },
      },
      {
        type: 'stream.end',
        outcome: 'error',
        error: { kind: 'stream_cut', message: 'cut', serverMessage: false, retryable: true },
      },
    ]);
    assert.equal(s.items[0]!.phase, 'failed');
    assert.equal(textOf(s, 0), 'lost?', 'the user text is kept');
    assert.equal(s.error?.kind, 'stream_cut');
  });

  it('takes only metadata from thread.updated, never its empty items page', () => {
    const s = run([
      start,
      ev({ type: 'thread.item.done', item: user('u1') }),
      ev({
        type: 'thread.updated',
        thread: thread({ title: 'Renamed', status: { type: 'locked', reason: 'Read only' } }),
      }),
      ev({
        type: 'thread.updated',
        thread: { ...thread({ title: 'Other thread' }), id: 'thr_other' },
      }),
      end(),
    ]);
    assert.equal(s.items.length, 1);
    assert.equal(s.thread?.title, 'Renamed');
    assert.deepEqual(s.thread?.status, { type: 'locked', reason: 'Read only' });
    assert.equal(canSend(s), false, 'a locked thread cannot send');
  });

  it('shows the latest progress until the next item event; errors set a retryable flag', () => {
    let s = run([start, ev({ type: 'progress_update', text: 'Searching', icon: 'search' })]);
    assert.deepEqual(s.stream?.progress, { text: 'Searching', icon: 'search' });
    s = run([ev({ type: 'thread.item.done', item: assistant('a1', 'x') })], s);
    assert.equal(s.stream?.progress, null);
    s = run(
      [
        ev({ type: 'error', code: 'stream.error', allow_retry: true }),
        ev({ type: 'thread.updated', thread: thread({ title: 'After error' }) }),
        end('error'),
      ],
      s,
    );
    assert.equal(s.error?.retryable, true);
    assert.equal(s.error?.serverMessage, false);
    assert.equal(s.thread?.title, 'After error', 'thread.updated after an error still applies');
  });

  it('collects notices, at most five, and dismisses them', () => {
    let s = run([
      start,
      ...Array.from({ length: 7 }, (_, i) =>
        ev({ type: 'notice', level: i === 6 ? 'danger' : 'nonsense', message: `n${i}` }),
      ),
    ]);
    assert.deepEqual(
      s.notices.map((n) => n.message),
      ['n2', 'n3', 'n4', 'n5', 'n6'],
    );
    assert.equal(s.notices[0]!.level, 'info', 'unknown level falls back to info');
    s = run([{ type: 'notice.dismiss', id: s.notices[0]!.id }], s);
    assert.equal(s.notices.length, 4);
  });

  it('records the item each notice came after, following the echo of an optimistic message', () => {
    const s = run(
      [
        ev({ type: 'notice', level: 'info', message: 'first' }),
        {
          type: 'stream.start',
          requestType: 'threads.add_user_message',
          optimistic: {
            type: 'user_message',
            thread_id: T,
            created_at: at,
            content: [{ type: 'input_text', text: 'hi' }],
            attachments: [],
            inference_options: {},
          },
        },
        ev({ type: 'notice', level: 'info', message: 'before the echo' }),
        ev({ type: 'thread.item.done', item: user('u1') }),
        ev({ type: 'thread.item.added', item: assistant('a1', 'x') }),
        ev({ type: 'notice', level: 'warning', message: 'after the answer began' }),
        ev({ type: 'thread.item.done', item: assistant('a1', 'xy') }),
        ev({ type: 'thread.item.done', item: assistant('a2', 'z') }),
      ],
      initialThreadState(T),
    );
    assert.deepEqual(
      s.notices.map((n) => [n.message, n.after]),
      [
        ['first', null],
        ['before the echo', 'u1'],
        ['after the answer began', 'a1'],
      ],
    );
  });

  it('retry removes every later item locally and clears the error', () => {
    let s = run([
      start,
      ev({ type: 'thread.item.done', item: user('u1') }),
      ev({ type: 'thread.item.done', item: assistant('a1', 'x') }),
      ev({ type: 'thread.item.done', item: user('u2') }),
      ev({ type: 'thread.item.done', item: assistant('a2', 'y') }),
      ev({ type: 'error', code: 'custom', message: 'nope', allow_retry: true }),
      end('error'),
    ]);
    assert.equal(lastUserMessage(s)?.id, 'u2');
    s = run([{ type: 'retry', itemId: 'u2' }], s);
    assert.deepEqual(
      s.items.map((e) => e.item.id),
      ['u1', 'a1', 'u2'],
    );
    assert.equal(s.error, null);
  });

  it('marks a client tool call completed locally and locks sending while it runs', () => {
    let s = run([
      start,
      ev({
        type: 'thread.item.done',
        item: {
          id: 'tc',
          thread_id: T,
          created_at: at,
          type: 'client_tool_call',
          status: 'pending',
          call_id: 'c',
          name: 'n',
          arguments: {},
        },
      }),
      end(),
    ]);
    assert.equal(pendingToolCall(s)?.id, 'tc');
    s = run([{ type: 'tool.running', itemId: 'tc' }], s);
    assert.equal(canSend(s), false);
    s = run(
      [
        { type: 'tool.completed', itemId: 'tc', output: { ok: 1 } },
        { type: 'tool.running', itemId: null },
      ],
      s,
    );
    assert.equal(pendingToolCall(s), null);
    assert.deepEqual((s.items[0]!.item as unknown as { output: unknown }).output, { ok: 1 });
    assert.equal(canSend(s), true);
  });

  it('loads a thread and prepends older pages without duplicates', () => {
    let s = run([
      {
        type: 'loaded',
        thread: thread({ title: 'T' }),
        items: [user('u3'), assistant('a3', 'z')],
        older: { hasMore: true, cursor: 'u3' },
      },
    ]);
    assert.equal(s.thread?.title, 'T');
    s = run(
      [
        {
          type: 'older.loaded',
          items: [user('u2'), assistant('a2', 'y'), user('u3')],
          older: { hasMore: true, cursor: 'x' },
        },
      ],
      s,
    );
    s = run([{ type: 'older.loaded', items: [], older: { hasMore: false, cursor: null } }], s);
    assert.deepEqual(
      s.items.map((e) => e.item.id),
      ['u2', 'a2', 'u3', 'a3'],
    );
    assert.equal(s.older.hasMore, false);
  });

  it('shares the index between states when only contents change', () => {
    const s = run([start, ev({ type: 'thread.item.added', item: assistant('a1') })]);
    const next = threadReducer(
      s,
      ev({
        type: 'thread.item.updated',
        item_id: 'a1',
        update: { type: 'assistant_message.content_part.text_delta', content_index: 0, delta: 'x' },
      }),
    );
    assert.notEqual(next, s);
    assert.equal(next.index, s.index);
  });
});
