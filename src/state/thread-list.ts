import type { ThreadMetadata } from '../protocol/wire-types.js';
import { threadMetadata } from './normalize.js';

/** The history list: threads newest first, with the cursor for the next page. */
export interface ThreadListState {
  readonly threads: readonly ThreadMetadata[];
  readonly hasMore: boolean;
  /** `after` for the next `threads.list` page (same order). Opaque. */
  readonly cursor: string | null;
  /** Whether at least one page was loaded. */
  readonly loaded: boolean;
}

/** Changes to the history list. */
export type ThreadListAction =
  | { type: 'reset' }
  | {
      type: 'page';
      threads: readonly unknown[];
      hasMore: boolean;
      cursor: string | null;
      first: boolean;
    }
  | { type: 'upsert'; thread: unknown; prepend?: boolean }
  | { type: 'remove'; threadId: string };

/** The empty history list. */
export function initialThreadListState(): ThreadListState {
  return { threads: [], hasMore: false, cursor: null, loaded: false };
}

/**
 * The history list reducer. Pages are appended without duplicates (a thread created while paging
 * would otherwise show twice); `upsert` merges metadata (title, status) or adds a new thread.
 */
export function threadListReducer(
  state: ThreadListState,
  action: ThreadListAction,
): ThreadListState {
  switch (action.type) {
    case 'reset':
      return initialThreadListState();
    case 'page': {
      const base = action.first ? [] : state.threads;
      const seen = new Set(base.map((t) => t.id));
      const added: ThreadMetadata[] = [];
      for (const raw of action.threads) {
        const thread = threadMetadata(raw);
        if (thread && !seen.has(thread.id)) {
          seen.add(thread.id);
          added.push(thread);
        }
      }
      return {
        threads: [...base, ...added],
        hasMore: action.hasMore && action.cursor !== null,
        cursor: action.cursor,
        loaded: true,
      };
    }
    case 'upsert': {
      const thread = threadMetadata(action.thread);
      if (!thread) return state;
      const at = state.threads.findIndex((t) => t.id === thread.id);
      if (at < 0) {
        const threads =
          action.prepend === false ? [...state.threads, thread] : [thread, ...state.threads];
        return { ...state, threads };
      }
      const threads = state.threads.slice();
      threads[at] = { ...threads[at]!, ...thread };
      return { ...state, threads };
    }
    case 'remove': {
      const threads = state.threads.filter((t) => t.id !== action.threadId);
      return threads.length === state.threads.length ? state : { ...state, threads };
    }
    default:
      return state;
  }
}
