/**
 * The store fed every transcript of ../shared/spec/protocol-transcripts.md and every file of
 * ../shared/widget-corpus/protocol/ (skipped, saying so, when ../shared is absent).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { threadReducer } from '../../src/state/reducer.js';
import { initialThreadState } from '../../src/state/thread-state.js';
import type { ThreadAction, ThreadState } from '../../src/state/thread-state.js';
import type { StreamingRequestType } from '../../src/protocol/wire-types.js';
import { isStreamingRequest } from '../../src/protocol/requests.js';
import { assertInvariants } from '../helpers/invariants.js';
import { listShared, readShared, sharedSkip, transcriptExchanges } from '../helpers/shared.js';
import type { Exchange } from '../helpers/shared.js';

if (sharedSkip) console.log(`# ${sharedSkip}`);

function feed(state: ThreadState, actions: ThreadAction[]): ThreadState {
  return actions.reduce((s, a) => {
    const next = threadReducer(s, a);
    assertInvariants(next);
    return next;
  }, state);
}

/** Replays one exchange on the state, as ChatSession would. */
function replay(state: ThreadState, exchange: Exchange): ThreadState {
  const { type, params } = exchange.request;
  if (type === 'threads.retry_after_item')
    state = feed(state, [{ type: 'retry', itemId: String(params['item_id']) }]);
  if (!isStreamingRequest(type)) {
    if (type === 'threads.sync_custom_action' && exchange.json) {
      const item = (exchange.json as { updated_item?: unknown }).updated_item;
      if (item) state = feed(state, [{ type: 'item.replace', item }]);
    }
    return state;
  }
  const input = params['input'] as { content: never[] } | undefined;
  const start: ThreadAction = {
    type: 'stream.start',
    requestType: type as StreamingRequestType,
    ...(input
      ? {
          optimistic: {
            type: 'user_message',
            thread_id: '',
            created_at: '',
            content: input.content,
            attachments: [],
            inference_options: {},
          },
        }
      : {}),
  };
  const events = (exchange.events ?? []).map((event): ThreadAction => ({
    type: 'stream.event',
    event,
  }));
  const outcome = exchange.interrupted
    ? exchange.section.startsWith('12')
      ? 'aborted'
      : 'error'
    : events.some((e) => (e as { event: { type: string } }).event.type === 'error')
      ? 'error'
      : 'complete';
  return feed(state, [start, ...events, { type: 'stream.end', outcome }]);
}

describe('transcripts of the real SDK (protocol-transcripts.md)', { skip: sharedSkip }, () => {
  const exchanges = sharedSkip ? [] : transcriptExchanges();

  it('parses every exchange', () => {
    assert.ok(exchanges.length >= 25, `found ${exchanges.length} exchanges`);
  });

  it('replays them all on one store, in order, keeping the invariants', () => {
    let state = initialThreadState(null);
    const seen = new Map<string, number>();
    for (const exchange of exchanges) {
      const threadId = exchange.request.params['thread_id'];
      if (
        typeof threadId === 'string' &&
        threadId !== state.threadId &&
        isStreamingRequest(exchange.request.type)
      ) {
        // Exchanges on other threads (pagination set-up) run on their own store.
        replay(initialThreadState(threadId), exchange);
        continue;
      }
      state = replay(state, exchange);
      seen.set(exchange.section, state.items.length);
    }
    assert.equal(state.threadId, 'thr_1f748191');
    assert.equal(state.thread?.title, 'Greeting');
    assert.equal(state.stream, null);
  });

  it('§1: streamed text, thread.updated metadata and annotations through an empty content_part.done', () => {
    const ex = exchanges.find((e) => e.section.startsWith('1.'))!;
    let state = initialThreadState(null);
    const events = ex.events!;
    const partDone = events.findIndex(
      (e) =>
        (e['update'] as { type?: string } | undefined)?.type ===
        'assistant_message.content_part.done',
    );
    state = feed(state, [
      { type: 'stream.start', requestType: 'threads.create' },
      ...events
        .slice(0, partDone + 1)
        .map((event): ThreadAction => ({ type: 'stream.event', event })),
    ]);
    const message = state.items.at(-1)!.item as unknown as {
      content: { text: string; annotations: unknown[] }[];
    };
    assert.equal(message.content[0]!.text, 'Hello, world!');
    assert.equal(message.content[0]!.annotations.length, 1);
    assert.equal(state.thread?.title, 'Greeting');
  });

  it('§2–3: a streamed widget ends as the final draft; the action replaces it in place', () => {
    let state = initialThreadState('thr_1f748191');
    const [draft, send] = exchanges.filter(
      (e) => e.section.startsWith('2.') || e.section.startsWith('3.'),
    );
    state = replay(state, draft!);
    const widgetAt = state.items.findIndex((e) => e.item.type === 'widget');
    assert.match(JSON.stringify(state.items[widgetAt]!.item), /Final draft/);
    state = replay(state, send!);
    assert.equal(
      state.items.findIndex((e) => e.item.type === 'widget'),
      widgetAt,
      'same position',
    );
    assert.match(JSON.stringify(state.items[widgetAt]!.item), /"Sent"/);
  });

  it('§5: errors leave retryable and non-retryable errors, and an aborted stream with zero events', () => {
    const errors = exchanges.filter((e) => e.section.startsWith('5'));
    const a = replay(initialThreadState('thr_1f748191'), errors[0]!);
    assert.equal(a.error?.retryable, true);
    assert.equal(a.items.at(-1)!.phase, 'frozen');
    const b = replay(initialThreadState('thr_1f748191'), errors[1]!);
    assert.equal(b.error?.message, 'You have hit your daily quota.');
    assert.equal(b.error?.retryable, false);
    const c = errors.find((e) => e.interrupted)!;
    assert.deepEqual(c.events, []);
  });

  it('§7: workflow, image, task and end-of-turn; the hidden item never arrives', () => {
    const ex = exchanges.find((e) => e.section.startsWith('7.'))!;
    const state = replay(initialThreadState('thr_1f748191'), ex);
    assert.deepEqual(
      state.items.filter((e) => e.visible).map((e) => e.item.type),
      ['user_message', 'workflow', 'generated_image', 'task'],
    );
    assert.equal(state.items.filter((e) => !e.visible).length, 1);
  });

  it('§10b: items.list pages can be short, with a cursor naming a hidden item', () => {
    const pages = exchanges.filter(
      (e) => e.request.type === 'items.list' && e.section.startsWith('10b'),
    );
    assert.ok(pages.length >= 2);
    let state = feed(initialThreadState(null), [
      {
        type: 'loaded',
        thread: {
          id: 'thr_1f748191',
          created_at: '',
          status: { type: 'active' },
          items: { data: [], has_more: true },
        },
        items: [],
        older: { hasMore: true, cursor: null },
      },
    ]);
    for (const page of pages) {
      const json = page.json as { data: unknown[]; has_more: boolean; after?: string };
      state = feed(state, [
        {
          type: 'older.loaded',
          items: json.data.slice().reverse(),
          older: { hasMore: json.has_more, cursor: json.after ?? null },
        },
      ]);
    }
    const total = pages.reduce((n, p) => n + (p.json as { data: unknown[] }).data.length, 0);
    assert.equal(state.items.length, total);
  });

  it('§12: cancellation keeps the partial assistant text', () => {
    const ex = exchanges.find((e) => e.section.startsWith('12') && e.events)!;
    assert.ok(ex.interrupted);
    const state = replay(initialThreadState('thr_1f748191'), ex);
    const last = state.items.at(-1)!;
    assert.equal(last.phase, 'frozen');
    assert.equal(last.frozenBy, 'aborted');
    assert.match(JSON.stringify(last.item), /tok0 tok1 /);
  });
});

describe('widget-corpus protocol fixtures', { skip: sharedSkip }, () => {
  for (const file of listShared('widget-corpus/protocol').filter(
    (f) => f.endsWith('.events.json') || f.endsWith('response_events.json'),
  )) {
    it(`applies ${file}`, () => {
      const events = JSON.parse(readShared(`widget-corpus/protocol/${file}`)) as Record<
        string,
        unknown
      >[];
      let state = initialThreadState('thr_1');
      if (
        !events.some((e) => e['type'] === 'thread.item.added' || e['type'] === 'thread.item.done')
      ) {
        // A reply to an action on a widget from history.
        state = feed(state, [
          {
            type: 'loaded',
            thread: { id: 'thr_1', created_at: '', status: { type: 'active' } },
            items: [
              {
                id: 'widget_1',
                thread_id: 'thr_1',
                created_at: '',
                type: 'widget',
                widget: { type: 'Card', children: [] },
              },
            ],
            older: { hasMore: false, cursor: null },
          },
        ]);
      }
      const final = feed(state, [
        { type: 'stream.start', requestType: 'threads.custom_action' },
        ...events.map((event): ThreadAction => ({ type: 'stream.event', event })),
        { type: 'stream.end', outcome: 'complete' },
      ]);
      const done = [...events].reverse().find((e) => e['type'] === 'thread.item.done');
      const widgetItem = final.items.find((e) => e.item.type === 'widget')!.item as unknown as {
        widget: unknown;
      };
      if (done) {
        // Every delta applied in order must end at what the final `done` says.
        const beforeDone = feed(state, [
          { type: 'stream.start', requestType: 'threads.custom_action' },
          ...events
            .filter((e) => e !== done)
            .map((event): ThreadAction => ({ type: 'stream.event', event })),
        ]);
        const streamed = beforeDone.items.find((e) => e.item.type === 'widget')!
          .item as unknown as { widget: unknown };
        assert.deepEqual(streamed.widget, (done['item'] as { widget: unknown }).widget);
      } else {
        const root = (events.at(-1)!['update'] as { widget: unknown }).widget;
        assert.deepEqual(widgetItem.widget, root);
      }
    });
  }

  it('applies sync_custom_action.response.json in place', () => {
    const response = JSON.parse(
      readShared('widget-corpus/protocol/sync_custom_action.response.json'),
    ) as { updated_item: { id: string } };
    const state = feed(initialThreadState('thr_1'), [
      {
        type: 'loaded',
        thread: { id: 'thr_1', created_at: '', status: { type: 'active' } },
        items: [
          {
            id: 'u',
            thread_id: 'thr_1',
            created_at: '',
            type: 'user_message',
            content: [],
            attachments: [],
            inference_options: {},
          },
          {
            id: 'widget_1',
            thread_id: 'thr_1',
            created_at: '',
            type: 'widget',
            widget: { type: 'Card', children: [] },
          },
        ],
        older: { hasMore: false, cursor: null },
      },
      { type: 'item.replace', item: response.updated_item },
    ]);
    assert.equal(state.items[1]!.item.id, 'widget_1');
    assert.match(JSON.stringify(state.items[1]!.item), /Email sent!/);
  });
});
