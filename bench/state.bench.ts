/**
 * `npm run bench` (state part): what one streamed text delta costs in the thread store, as the
 * message grows and as the thread grows. Prints a table; no thresholds (timings belong here, not in
 * the test suite).
 */
import { threadReducer } from '../src/state/reducer.js';
import { initialThreadState } from '../src/state/thread-state.js';
import type { ThreadAction, ThreadState } from '../src/state/thread-state.js';

const T = 'thr';
const delta = (id: string, text: string): ThreadAction => ({
  type: 'stream.event',
  event: {
    type: 'thread.item.updated',
    item_id: id,
    update: { type: 'assistant_message.content_part.text_delta', content_index: 0, delta: text },
  },
});

function threadWith(items: number, messageChars: number): ThreadState {
  let s = threadReducer(initialThreadState(T), {
    type: 'stream.start',
    requestType: 'threads.add_user_message',
  });
  for (let i = 0; i < items; i++) {
    s = threadReducer(s, {
      type: 'stream.event',
      event: {
        type: 'thread.item.done',
        item: {
          id: `h${i}`,
          thread_id: T,
          created_at: '',
          type: 'assistant_message',
          content: [{ type: 'output_text', text: 'history', annotations: [] }],
        },
      },
    });
  }
  s = threadReducer(s, {
    type: 'stream.event',
    event: {
      type: 'thread.item.added',
      item: { id: 'live', thread_id: T, created_at: '', type: 'assistant_message', content: [] },
    },
  });
  return threadReducer(s, delta('live', 'x'.repeat(messageChars)));
}

function perDelta(state: ThreadState, deltas = 20_000): number {
  let s = state;
  const token = 'token ';
  for (let i = 0; i < 2_000; i++) s = threadReducer(s, delta('live', token)); // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < deltas; i++) s = threadReducer(s, delta('live', token));
  const ns = Number(process.hrtime.bigint() - start) / deltas;
  if (s.items.length === 0) throw new Error('unreachable');
  return ns / 1000;
}

export function benchState(): { rows: string[][] } {
  const rows: string[][] = [];
  for (const chars of [100, 10_000, 1_000_000])
    rows.push([
      `message ${chars.toLocaleString('en')} chars, 10 items`,
      perDelta(threadWith(10, chars)).toFixed(2),
    ]);
  for (const items of [10, 200, 2_000])
    rows.push([
      `thread of ${items.toLocaleString('en')} items, 1,000-char message`,
      perDelta(threadWith(items, 1000)).toFixed(2),
    ]);
  return { rows };
}
