/**
 * The builders the reducer tests share: wire items of one thread (`user`, `assistant`, `widget`,
 * `thread`), stream actions (`start`, `ev`, `end`), `run` (reduces actions, checking the state's
 * invariants after each) and `textOf` (an item's text parts).
 */
import { threadReducer } from '../../src/state/reducer.js';
import { initialThreadState } from '../../src/state/thread-state.js';
import type { ThreadAction, ThreadState } from '../../src/state/thread-state.js';
import { assertInvariants } from '../helpers/invariants.js';

export const T = 'thr_1';
export const at = '2025-11-03T09:30:00';
export const thread = (extra: Record<string, unknown> = {}) => ({
  id: T,
  created_at: at,
  status: { type: 'active' },
  metadata: {},
  items: { data: [], has_more: false },
  ...extra,
});
export const user = (id: string, text = 'hi') => ({
  id,
  thread_id: T,
  created_at: at,
  type: 'user_message',
  content: [{ type: 'input_text', text }],
  attachments: [],
  inference_options: {},
});
export const assistant = (id: string, text = '') => ({
  id,
  thread_id: T,
  created_at: at,
  type: 'assistant_message',
  content: text ? [{ type: 'output_text', text, annotations: [] }] : [],
});
export const widget = (id: string, children: unknown) => ({
  id,
  thread_id: T,
  created_at: at,
  type: 'widget',
  widget: { type: 'Card', children },
});

export function run(
  actions: ThreadAction[],
  state: ThreadState = initialThreadState(T),
): ThreadState {
  return actions.reduce((s, a) => {
    const next = threadReducer(s, a);
    assertInvariants(next);
    return next;
  }, state);
}
export const ev = (event: Record<string, unknown>): ThreadAction => ({
  type: 'stream.event',
  event,
});
export const start: ThreadAction = {
  type: 'stream.start',
  requestType: 'threads.add_user_message',
};
export const end = (outcome: 'complete' | 'aborted' | 'error' = 'complete'): ThreadAction => ({
  type: 'stream.end',
  outcome,
});
export const textOf = (s: ThreadState, i: number) =>
  (s.items[i]!.item as unknown as { content: { text: string }[] }).content
    .map((p) => p.text)
    .join('|');
