import type { ThreadItem, UserMessageItem } from '../protocol/wire-types.js';
import { applyItemUpdate } from './apply-update.js';
import { isRecord, isVisibleType, normalizeItem, threadMetadata } from './normalize.js';
import type {
  ItemEntry,
  ItemPhase,
  NoticeEntry,
  StreamOutcome,
  ThreadAction,
  ThreadError,
  ThreadState,
} from './thread-state.js';
import { initialThreadState } from './thread-state.js';

/** How many notices are kept; older ones fall off. */
const MAX_NOTICES = 5;

function entry(item: ThreadItem, phase: ItemPhase): ItemEntry {
  return { item, phase, visible: isVisibleType(item.type) };
}

function buildIndex(items: readonly ItemEntry[]): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((e, i) => index.set(e.item.id, i));
  return index;
}

/** Items from the wire, normalised, without invalid ones and without duplicate ids (last wins). */
function entriesFrom(raw: readonly unknown[]): ItemEntry[] {
  const out: ItemEntry[] = [];
  const seen = new Map<string, number>();
  for (const candidate of raw) {
    const item = normalizeItem(candidate);
    if (!item) continue;
    const at = seen.get(item.id);
    if (at === undefined) {
      seen.set(item.id, out.length);
      out.push(entry(item, 'done'));
    } else {
      out[at] = entry(item, 'done');
    }
  }
  return out;
}

function withItems(state: ThreadState, items: ItemEntry[], index?: ReadonlyMap<string, number>) {
  return { ...state, items, index: index ?? buildIndex(items) };
}

/** Replaces the entry at `position`, keeping the shared index (ids and positions are unchanged). */
function replaceAt(state: ThreadState, position: number, next: ItemEntry): ThreadState {
  const items = state.items.slice();
  items[position] = next;
  return withItems(state, items, state.index);
}

/** Puts an item in place if its id is known, appends it otherwise. */
function upsert(state: ThreadState, item: ThreadItem, phase: ItemPhase): ThreadState {
  const position = state.index.get(item.id);
  if (position === undefined) {
    const items = [...state.items, entry(item, phase)];
    const index = new Map(state.index);
    index.set(item.id, items.length - 1);
    return withItems(state, items, index);
  }
  return replaceAt(state, position, entry(item, phase));
}

function removeAt(state: ThreadState, position: number): ThreadState {
  const items = state.items.slice();
  items.splice(position, 1);
  return withItems(state, items);
}

/** The server echoed the user's message: it takes the place of the first optimistic one. */
function acceptEcho(state: ThreadState, item: ThreadItem): ThreadState | null {
  if (item.type !== 'user_message' || state.index.has(item.id)) return null;
  const position = state.items.findIndex((e) => e.phase === 'optimistic');
  if (position < 0) return null;
  const items = state.items.slice();
  const local = items[position]!.item.id;
  items[position] = entry(item, 'done');
  // A notice that came after the optimistic message stays after the message that replaced it.
  const notices = state.notices.some((n) => n.after === local)
    ? state.notices.map((n) => (n.after === local ? { ...n, after: item.id } : n))
    : state.notices;
  return { ...withItems(state, items), notices };
}

function clearProgress(state: ThreadState): ThreadState {
  return state.stream?.progress ? { ...state, stream: { ...state.stream, progress: null } } : state;
}

/** Applies one stream event. Unknown or malformed events leave the state as it was. */
function applyEvent(state: ThreadState, event: unknown): ThreadState {
  if (!isRecord(event) || typeof event['type'] !== 'string') return state;
  switch (event['type']) {
    case 'thread.created': {
      const thread = threadMetadata(event['thread']);
      return thread ? { ...state, threadId: thread.id, thread } : state;
    }
    case 'thread.updated': {
      const thread = threadMetadata(event['thread']);
      // Metadata only: the `items` page of this event is always empty and is ignored.
      if (!thread || (state.threadId !== null && thread.id !== state.threadId)) return state;
      return { ...state, thread: { ...state.thread, ...thread } };
    }
    case 'thread.item.added':
    case 'thread.item.done':
    case 'thread.item.replaced': {
      const item = normalizeItem(event['item']);
      if (!item) return state;
      // An `added` outside any stream (a misbehaving server or host) has nothing to finish it.
      const phase: ItemPhase =
        event['type'] === 'thread.item.added' ? (state.stream ? 'streaming' : 'frozen') : 'done';
      const next = clearProgress(state);
      return acceptEcho(next, item) ?? upsert(next, item, phase);
    }
    case 'thread.item.removed': {
      const position =
        typeof event['item_id'] === 'string' ? state.index.get(event['item_id']) : undefined;
      return position === undefined ? state : removeAt(clearProgress(state), position);
    }
    case 'thread.item.updated': {
      const id = event['item_id'];
      const position = typeof id === 'string' ? state.index.get(id) : undefined;
      if (position === undefined) return state; // Updates to unknown ids are ignored.
      const current = state.items[position]!;
      const result = applyItemUpdate(current.item, event['update'] as never);
      if (!result) return state;
      const next: ItemEntry =
        result.progress === undefined
          ? { ...current, item: result.item }
          : { ...current, item: result.item, progress: result.progress };
      return replaceAt(state, position, next);
    }
    case 'stream_options': {
      if (!state.stream) return state;
      const options = event['stream_options'];
      const allowCancel = isRecord(options) && options['allow_cancel'] === true;
      return { ...state, stream: { ...state.stream, allowCancel } };
    }
    case 'progress_update': {
      if (!state.stream || typeof event['text'] !== 'string') return state;
      const icon = typeof event['icon'] === 'string' ? event['icon'] : undefined;
      const progress = icon ? { text: event['text'], icon } : { text: event['text'] };
      return { ...state, stream: { ...state.stream, progress } };
    }
    case 'notice': {
      if (typeof event['message'] !== 'string') return state;
      const level = event['level'];
      const notice: NoticeEntry = {
        id: `notice_${state.seq + 1}`,
        level: level === 'warning' || level === 'danger' ? level : 'info',
        message: event['message'],
        ...(typeof event['title'] === 'string' ? { title: event['title'] } : {}),
        after: state.items.at(-1)?.item.id ?? null,
      };
      return {
        ...state,
        seq: state.seq + 1,
        notices: [...state.notices, notice].slice(-MAX_NOTICES),
      };
    }
    case 'error':
      return { ...state, error: errorFromEvent(event) };
    default:
      // client_effect is for the host page, not the thread; unknown events are no-ops.
      return state;
  }
}

/** The thread error for an `error` event. Unknown codes are treated like `stream.error`. */
export function errorFromEvent(event: Record<string, unknown>): ThreadError {
  const message =
    typeof event['message'] === 'string' && event['message'] ? event['message'] : null;
  return {
    kind: 'server_error',
    message: message ?? 'An error occurred when generating a response.',
    serverMessage: message !== null,
    retryable: event['allow_retry'] === true,
    code: typeof event['code'] === 'string' ? event['code'] : 'stream.error',
  };
}

/** Ends a stream: streaming items freeze, unechoed optimistic messages are marked failed. */
function endStream(state: ThreadState, outcome: StreamOutcome, error?: ThreadError): ThreadState {
  let changed = false;
  const items = state.items.map((e) => {
    if (e.phase === 'streaming') {
      changed = true;
      return { ...e, phase: 'frozen' as const, frozenBy: outcome };
    }
    if (e.phase === 'optimistic') {
      changed = true;
      return { ...e, phase: 'failed' as const };
    }
    return e;
  });
  const next: ThreadState = {
    ...(changed ? withItems(state, items, state.index) : state),
    stream: null,
  };
  return error ? { ...next, error } : next;
}

/**
 * The thread reducer: a pure function from a state and an action to the next state. It never
 * throws on bad input; anything it cannot use leaves the state unchanged.
 */
export function threadReducer(state: ThreadState, action: ThreadAction): ThreadState {
  switch (action.type) {
    case 'reset':
      return initialThreadState(action.threadId);
    case 'loaded': {
      const thread = threadMetadata(action.thread);
      if (!thread) return state;
      const items = entriesFrom(action.items);
      return {
        ...initialThreadState(thread.id),
        thread,
        items,
        index: buildIndex(items),
        older: action.older,
        seq: state.seq,
      };
    }
    case 'older.loaded': {
      const older = entriesFrom(action.items).filter((e) => !state.index.has(e.item.id));
      return { ...withItems(state, [...older, ...state.items]), older: action.older };
    }
    case 'stream.start': {
      let next: ThreadState = {
        ...state,
        error: null,
        stream: {
          requestType: action.requestType,
          allowCancel: false,
          started: false,
          progress: null,
        },
      };
      if (action.optimistic) {
        const seq = state.seq + 1;
        const item = { ...action.optimistic, id: `local_${seq}` } as UserMessageItem;
        next = { ...upsert(next, item, 'optimistic'), seq };
      }
      return next;
    }
    case 'stream.event': {
      const next = applyEvent(state, action.event);
      return next.stream && !next.stream.started && isResponseEvent(action.event)
        ? { ...next, stream: { ...next.stream, started: true } }
        : next;
    }
    case 'stream.end':
      return endStream(state, action.outcome, action.error);
    case 'retry': {
      // The server deletes later items without telling us; drop them here.
      const position = state.index.get(action.itemId);
      if (position === undefined) return state;
      return { ...withItems(state, state.items.slice(0, position + 1)), error: null };
    }
    case 'item.replace': {
      const item = normalizeItem(action.item);
      return item ? upsert(state, item, 'done') : state;
    }
    case 'tool.completed': {
      const position = state.index.get(action.itemId);
      const current = position === undefined ? undefined : state.items[position];
      if (position === undefined || current?.item.type !== 'client_tool_call') return state;
      const item = { ...current.item, status: 'completed', output: action.output } as ThreadItem;
      return replaceAt(state, position, { ...current, item });
    }
    case 'item.remove': {
      const position = state.index.get(action.itemId);
      return position === undefined ? state : removeAt(state, position);
    }
    case 'tool.running':
      return state.runningTool === action.itemId ? state : { ...state, runningTool: action.itemId };
    case 'thread.metadata': {
      const thread = threadMetadata(action.thread);
      if (!thread || thread.id !== state.threadId) return state;
      return { ...state, thread: { ...state.thread, ...thread } };
    }
    case 'notice.dismiss':
      return { ...state, notices: state.notices.filter((n) => n.id !== action.id) };
    case 'error.set':
      return { ...state, error: action.error };
    default:
      return state;
  }
}

/**
 * Whether an event is part of the response itself, not its preamble (the thread's creation, the
 * echo of the user's message, `stream_options`). A server that allows cancelling says so in the
 * preamble, so Stop stays offered, without a flicker, until a response event from a server that
 * did not.
 */
function isResponseEvent(event: unknown): boolean {
  if (!isRecord(event)) return false;
  const e = event as { type?: unknown; item?: unknown };
  if (e.type === 'thread.created' || e.type === 'thread.updated' || e.type === 'stream_options')
    return false;
  if (e.type === 'thread.item.added' || e.type === 'thread.item.done')
    return !(isRecord(e.item) && e.item['type'] === 'user_message');
  return true;
}
