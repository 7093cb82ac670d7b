/**
 * Property-based fuzzing of the thread reducer: random and malformed event sequences never throw,
 * and the invariants hold (ids unique, order stable, no hidden item visible).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';

import { threadReducer } from '../../src/state/reducer.js';
import { initialThreadState } from '../../src/state/thread-state.js';
import type { ThreadAction, ThreadState } from '../../src/state/thread-state.js';
import { assertInvariants } from '../helpers/invariants.js';

const ids = fc.constantFrom('a', 'b', 'c', 'd', 'msg_1', '', 'w');
const itemTypes = fc.constantFrom(
  'user_message',
  'assistant_message',
  'widget',
  'workflow',
  'task',
  'client_tool_call',
  'generated_image',
  'structured_input',
  'end_of_turn',
  'hidden_context_item',
  'sdk_hidden_context',
  'mystery',
);
const junk = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.integer(),
  fc.string(),
  fc.constant([]),
  fc.dictionary(fc.string(), fc.jsonValue()),
);
const index = fc.oneof(
  fc.integer({ min: -2, max: 4 }),
  fc.constant(1e9),
  fc.constant(1.5),
  fc.constant(Number.NaN),
  fc.string(),
);

const widgetTree: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.record(
    {
      type: fc.constantFrom('Card', 'Text', 'Row', 'Markdown', 'Col'),
      id: fc.option(fc.constantFrom('t1', 't2', 'm1'), { nil: undefined }),
      value: fc.option(fc.string(), { nil: undefined }),
      children: fc.option(fc.oneof(fc.array(tie('node'), { maxLength: 3 }), tie('node'), junk), {
        nil: undefined,
      }),
    },
    { requiredKeys: ['type'] },
  ),
})).node;

const item = fc.oneof(
  fc.record({
    id: ids,
    thread_id: fc.constant('thr'),
    created_at: fc.constant('2025-01-01T00:00:00'),
    type: itemTypes,
    content: fc.oneof(
      fc.array(
        fc.record({
          type: fc.constant('output_text'),
          text: fc.oneof(fc.string(), junk),
          annotations: fc.oneof(fc.array(junk), junk),
        }),
        { maxLength: 3 },
      ),
      junk,
    ),
    widget: fc.oneof(widgetTree, junk),
    workflow: fc.oneof(
      fc.record({
        type: fc.constantFrom('reasoning', 'custom'),
        tasks: fc.oneof(fc.array(fc.record({ type: fc.constantFrom('thought', 'custom') })), junk),
        expanded: fc.boolean(),
      }),
      junk,
    ),
    status: fc.constantFrom('pending', 'completed', 3),
  }),
  junk,
);

const update = fc.oneof(
  fc.record({
    type: fc.constant('assistant_message.content_part.text_delta'),
    content_index: index,
    delta: fc.oneof(fc.string(), junk),
  }),
  fc.record({
    type: fc.constant('assistant_message.content_part.added'),
    content_index: index,
    content: junk,
  }),
  fc.record({
    type: fc.constant('assistant_message.content_part.annotation_added'),
    content_index: index,
    annotation_index: index,
    annotation: fc.oneof(fc.record({ type: fc.constant('annotation'), source: junk }), junk),
  }),
  fc.record({
    type: fc.constant('assistant_message.content_part.done'),
    content_index: index,
    content: junk,
  }),
  fc.record({
    type: fc.constant('widget.streaming_text.value_delta'),
    component_id: fc.constantFrom('t1', 'm1', 'zz'),
    delta: fc.oneof(fc.string(), junk),
    done: fc.boolean(),
  }),
  fc.record({ type: fc.constant('widget.root.updated'), widget: fc.oneof(widgetTree, junk) }),
  fc.record({
    type: fc.constant('widget.component.updated'),
    component_id: fc.constantFrom('t1', 'm1'),
    component: fc.oneof(widgetTree, junk),
  }),
  fc.record({
    type: fc.constantFrom('workflow.task.added', 'workflow.task.updated'),
    task_index: index,
    task: fc.oneof(fc.record({ type: fc.constant('thought'), content: fc.string() }), junk),
  }),
  fc.record({
    type: fc.constant('generated_image.updated'),
    image: fc.oneof(fc.record({ id: fc.string(), url: fc.string() }), junk),
    progress: fc.oneof(fc.double(), junk),
  }),
  junk,
);

const event = fc.oneof(
  fc.record({
    type: fc.constantFrom('thread.item.added', 'thread.item.done', 'thread.item.replaced'),
    item,
  }),
  fc.record({ type: fc.constant('thread.item.updated'), item_id: fc.oneof(ids, junk), update }),
  fc.record({ type: fc.constant('thread.item.removed'), item_id: fc.oneof(ids, junk) }),
  fc.record({
    type: fc.constantFrom('thread.created', 'thread.updated'),
    thread: fc.oneof(
      fc.record({
        id: fc.constantFrom('thr', 'other'),
        title: fc.oneof(fc.string(), junk),
        status: junk,
        items: junk,
      }),
      junk,
    ),
  }),
  fc.record({
    type: fc.constant('stream_options'),
    stream_options: fc.oneof(fc.record({ allow_cancel: fc.oneof(fc.boolean(), junk) }), junk),
  }),
  fc.record({
    type: fc.constantFrom('progress_update', 'notice', 'error', 'client_effect'),
    text: fc.oneof(fc.string(), junk),
    message: fc.oneof(fc.string(), junk),
    level: junk,
    allow_retry: junk,
  }),
  fc.record({ type: fc.string() }),
  junk,
);

const action: fc.Arbitrary<ThreadAction> = fc.oneof(
  { weight: 8, arbitrary: event.map((e): ThreadAction => ({ type: 'stream.event', event: e })) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<ThreadAction>(
      {
        type: 'stream.start',
        requestType: 'threads.add_user_message',
        optimistic: {
          type: 'user_message',
          thread_id: 'thr',
          created_at: '',
          content: [],
          attachments: [],
          inference_options: {},
        },
      },
      { type: 'stream.start', requestType: 'threads.custom_action' },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<ThreadAction>(
      { type: 'stream.end', outcome: 'complete' },
      { type: 'stream.end', outcome: 'aborted' },
      { type: 'stream.end', outcome: 'error' },
    ),
  },
  { weight: 1, arbitrary: ids.map((id): ThreadAction => ({ type: 'retry', itemId: id })) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('older.loaded' as const),
      items: fc.array(item, { maxLength: 4 }),
      older: fc.constant({ hasMore: false, cursor: null }),
    }),
  },
  { weight: 1, arbitrary: item.map((i): ThreadAction => ({ type: 'item.replace', item: i })) },
);

describe('threadReducer under fuzzing', () => {
  it('never throws and keeps its invariants on random, malformed sequences', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 60 }), (actions) => {
        let state: ThreadState = initialThreadState('thr');
        for (const a of actions) {
          const before = state.items.map((e) => e.item.id);
          state = threadReducer(state, a);
          assertInvariants(state);
          // Order is stable: the items that survive keep their relative order.
          const after = state.items.map((e) => e.item.id).filter((id) => before.includes(id));
          const kept = before.filter((id) => after.includes(id));
          if (a.type !== 'older.loaded')
            assert.deepEqual(after, kept, 'relative order of surviving items');
        }
        state = threadReducer(state, { type: 'stream.end', outcome: 'complete' });
        assertInvariants(state);
      }),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 2000) },
    );
  });
});
