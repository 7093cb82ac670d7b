import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { threadReducer } from '../../src/state/reducer.js';
import { canSend, lastUserMessage, pendingToolCall } from '../../src/state/selectors.js';
import { initialThreadState } from '../../src/state/thread-state.js';
import type { ThreadAction, ThreadState } from '../../src/state/thread-state.js';
import { parseTimestamp } from '../../src/state/normalize.js';
import { threadListReducer, initialThreadListState } from '../../src/state/thread-list.js';
import { assertInvariants } from '../helpers/invariants.js';

const T = 'thr_1';
const at = '2025-11-03T09:30:00';
const thread = (extra: Record<string, unknown> = {}) => ({
  id: T,
  created_at: at,
  status: { type: 'active' },
  metadata: {},
  items: { data: [], has_more: false },
  ...extra,
});
const user = (id: string, text = 'hi') => ({
  id,
  thread_id: T,
  created_at: at,
  type: 'user_message',
  content: [{ type: 'input_text', text }],
  attachments: [],
  inference_options: {},
});
const assistant = (id: string, text = '') => ({
  id,
  thread_id: T,
  created_at: at,
  type: 'assistant_message',
  content: text ? [{ type: 'output_text', text, annotations: [] }] : [],
});
const widget = (id: string, children: unknown) => ({
  id,
  thread_id: T,
  created_at: at,
  type: 'widget',
  widget: { type: 'Card', children },
});

function run(actions: ThreadAction[], state: ThreadState = initialThreadState(T)): ThreadState {
  return actions.reduce((s, a) => {
    const next = threadReducer(s, a);
    assertInvariants(next);
    return next;
  }, state);
}
const ev = (event: Record<string, unknown>): ThreadAction => ({ type: 'stream.event', event });
const start: ThreadAction = { type: 'stream.start', requestType: 'threads.add_user_message' };
const end = (outcome: 'complete' | 'aborted' | 'error' = 'complete'): ThreadAction => ({
  type: 'stream.end',
  outcome,
});
const textOf = (s: ThreadState, i: number) =>
  (s.items[i]!.item as unknown as { content: { text: string }[] }).content
    .map((p) => p.text)
    .join('|');

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

  it('patches the right widget node for value deltas and component updates, children as one object too', () => {
    const s = run([
      start,
      ev({
        type: 'thread.item.added',
        item: widget('w1', [
          {
            type: 'Row',
            children: {
              type: 'Col',
              children: [
                { type: 'Text', id: 't1', value: 'A' },
                { type: 'Markdown', id: 'm1', value: '' },
              ],
            },
          },
        ]),
      }),
      ev({
        type: 'thread.item.updated',
        item_id: 'w1',
        update: {
          type: 'widget.streaming_text.value_delta',
          component_id: 'm1',
          delta: '**b',
          done: true,
        },
      }),
      ev({
        type: 'thread.item.updated',
        item_id: 'w1',
        update: {
          type: 'widget.streaming_text.value_delta',
          component_id: 'm1',
          delta: 'old**',
          done: true,
        },
      }),
      ev({
        type: 'thread.item.updated',
        item_id: 'w1',
        update: {
          type: 'widget.component.updated',
          component_id: 't1',
          component: { type: 'Badge', id: 't1', label: 'New' },
        },
      }),
      ev({
        type: 'thread.item.updated',
        item_id: 'w1',
        update: {
          type: 'widget.streaming_text.value_delta',
          component_id: 'missing',
          delta: 'x',
          done: true,
        },
      }),
    ]);
    const tree = (
      s.items[0]!.item as unknown as {
        widget: { children: [{ children: { children: Record<string, unknown>[] } }] };
      }
    ).widget;
    const [first, second] = tree.children[0].children.children;
    assert.deepEqual(first, { type: 'Badge', id: 't1', label: 'New' });
    assert.equal(second!['value'], '**bold**');
    const root = run(
      [
        ev({
          type: 'thread.item.updated',
          item_id: 'w1',
          update: { type: 'widget.root.updated', widget: { type: 'ListView', children: [] } },
        }),
      ],
      s,
    );
    assert.equal(
      (root.items[0]!.item as unknown as { widget: { type: string } }).widget.type,
      'ListView',
    );
  });

  it('inserts and replaces workflow tasks, and sets generated image previews with progress', () => {
    const s = run([
      start,
      ev({
        type: 'thread.item.added',
        item: {
          id: 'wf',
          thread_id: T,
          created_at: at,
          type: 'workflow',
          workflow: { type: 'reasoning', tasks: [], expanded: false },
        },
      }),
      ev({
        type: 'thread.item.updated',
        item_id: 'wf',
        update: {
          type: 'workflow.task.added',
          task_index: 0,
          task: { type: 'thought', content: 'Thinking' },
        },
      }),
      ev({
        type: 'thread.item.updated',
        item_id: 'wf',
        update: {
          type: 'workflow.task.added',
          task_index: 0,
          task: { type: 'custom', title: 'first' },
        },
      }),
      ev({
        type: 'thread.item.updated',
        item_id: 'wf',
        update: {
          type: 'workflow.task.updated',
          task_index: 1,
          task: { type: 'thought', content: 'Thinking harder' },
        },
      }),
      ev({
        type: 'thread.item.added',
        item: { id: 'img', thread_id: T, created_at: at, type: 'generated_image' },
      }),
      ev({
        type: 'thread.item.updated',
        item_id: 'img',
        update: {
          type: 'generated_image.updated',
          image: { id: 'i', url: 'data:image/png;base64,AA' },
          progress: 0.5,
        },
      }),
    ]);
    const tasks = (s.items[0]!.item as unknown as { workflow: { tasks: { type: string }[] } })
      .workflow.tasks;
    assert.deepEqual(
      tasks.map((t) => t.type),
      ['custom', 'thought'],
    );
    assert.equal((tasks[1] as unknown as { content: string }).content, 'Thinking harder');
    assert.equal(s.items[1]!.progress, 0.5);
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
