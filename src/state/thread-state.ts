import type {
  IconName,
  StreamingRequestType,
  ThreadItem,
  ThreadMetadata,
  UserMessageItem,
} from '../protocol/wire-types.js';
import type { ChatKitErrorKind } from '../protocol/errors.js';

/**
 * Where an item is in its life:
 * - `optimistic`: the user's message, shown before the server echoed it;
 * - `failed`: an optimistic message whose request failed before the server stored it;
 * - `streaming`: added, not yet done;
 * - `done`: final (stored by the server, or loaded from history);
 * - `frozen`: was streaming when its stream ended (error, cut, stop, or no `done` sent).
 */
export type ItemPhase = 'optimistic' | 'failed' | 'streaming' | 'done' | 'frozen';

/** How a stream ended. */
export type StreamOutcome = 'complete' | 'aborted' | 'error';

/** One item of the thread, with what the client knows about it. */
export interface ItemEntry {
  readonly item: ThreadItem;
  readonly phase: ItemPhase;
  /** False for hidden context, markers and unknown item types, which never render. */
  readonly visible: boolean;
  /** For `frozen` items: how the stream that left them unfinished ended. */
  readonly frozenBy?: StreamOutcome;
  /** For generated images: the last reported progress, 0..1. */
  readonly progress?: number;
}

/** A failure shown in the thread. Plain data, so the state stays serialisable. */
export interface ThreadError {
  readonly kind: ChatKitErrorKind;
  readonly message: string;
  /** Whether `message` came from the server (show it verbatim) or is generic (localise it). */
  readonly serverMessage: boolean;
  /** Whether to offer Retry. */
  readonly retryable: boolean;
  readonly code?: string | undefined;
  readonly status?: number | undefined;
  /** When the server allows a retry (`Retry-After`), in epoch ms; a Retry before waits for it. */
  readonly retryAt?: number | undefined;
  /**
   * What failed: loading the thread (a Retry loads it again), a sync action (never retryable: a
   * Retry would run the previous answer again; the user clicks the widget again) or, when absent,
   * a turn.
   */
  readonly during?: 'load' | 'sync_action' | undefined;
}

/** A `notice` banner. */
export interface NoticeEntry {
  readonly id: string;
  readonly level: 'info' | 'warning' | 'danger';
  /** Markdown. */
  readonly message: string;
  readonly title?: string;
  /** The item it arrived after (shown there, in stream order), or null when it came first. */
  readonly after: string | null;
}

/** The streaming request in flight, if any. */
export interface StreamState {
  readonly requestType: StreamingRequestType;
  /**
   * Whether the server lets the client stop the stream once it runs. False until `stream_options`
   * says otherwise (servers before SDK 1.4 never do). See `canStop`.
   */
  readonly allowCancel: boolean;
  /** Whether any event of this stream arrived. Until then, stopping only stops waiting. */
  readonly started: boolean;
  /** The latest `progress_update`, until the next item event. */
  readonly progress: { readonly text: string; readonly icon?: IconName } | null;
}

/** Paging state for older items of a long thread. */
export interface OlderItems {
  readonly hasMore: boolean;
  /** The `after` cursor for `items.list` in descending order. Opaque. */
  readonly cursor: string | null;
}

/** The whole state of one thread view. Immutable: every change makes a new object. */
export interface ThreadState {
  /** The thread id, or `null` for a new thread not yet created on the server. */
  readonly threadId: string | null;
  readonly thread: ThreadMetadata | null;
  /** Items in display order (oldest first), including invisible ones for id bookkeeping. */
  readonly items: readonly ItemEntry[];
  /** Position of each item id in `items`. Shared between states when only contents change. */
  readonly index: ReadonlyMap<string, number>;
  readonly stream: StreamState | null;
  readonly error: ThreadError | null;
  readonly notices: readonly NoticeEntry[];
  readonly older: OlderItems;
  /** The client tool call being run in the page, if any; the composer stays locked meanwhile. */
  readonly runningTool: string | null;
  /** Counter for ids the client makes (optimistic messages, notices). */
  readonly seq: number;
}

/** The empty state of a new thread. */
export function initialThreadState(threadId: string | null = null): ThreadState {
  return {
    threadId,
    thread: null,
    items: [],
    index: new Map(),
    stream: null,
    error: null,
    notices: [],
    older: { hasMore: false, cursor: null },
    runningTool: null,
    seq: 0,
  };
}

/** Something that changes a thread's state: a stream event, or an intent of the client. */
export type ThreadAction =
  | { type: 'reset'; threadId: string | null }
  | {
      type: 'loaded';
      thread: unknown;
      /** Oldest first. */
      items: readonly unknown[];
      older: OlderItems;
    }
  | { type: 'older.loaded'; items: readonly unknown[]; older: OlderItems }
  | {
      type: 'stream.start';
      requestType: StreamingRequestType;
      optimistic?: Omit<UserMessageItem, 'id'> | undefined;
    }
  | { type: 'stream.event'; event: unknown }
  | { type: 'stream.end'; outcome: StreamOutcome; error?: ThreadError | undefined }
  | { type: 'retry'; itemId: string }
  | { type: 'item.replace'; item: unknown }
  | { type: 'item.remove'; itemId: string }
  | { type: 'tool.completed'; itemId: string; output: unknown }
  | { type: 'tool.running'; itemId: string | null }
  | { type: 'thread.metadata'; thread: unknown }
  | { type: 'notice.dismiss'; id: string }
  | { type: 'error.set'; error: ThreadError | null };
