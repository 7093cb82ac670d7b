// The turns of a ChatSession: streaming them into the stores, their optimistic message, and the
// client tool call a turn may end with.
import type { ChatKitClient } from '../protocol/client.js';
import { ChatKitError } from '../protocol/errors.js';
import type {
  Attachment,
  ClientToolCallItem,
  StreamingRequests,
  StreamingRequestType,
  UserMessageInput,
  UserMessageItem,
} from '../protocol/wire-types.js';
import { isRecord } from './normalize.js';
import { pendingToolCall } from './selectors.js';
import { asChatKitError, toThreadError } from './session-errors.js';
import type { ClientToolHandler, SessionEvent } from './session-types.js';
import type { Store } from './store.js';
import type { ThreadHistory } from './thread-history.js';
import type { StreamOutcome, ThreadAction, ThreadState } from './thread-state.js';

/** What a {@link TurnRunner} reads from and writes to. */
export interface TurnContext {
  client: ChatKitClient;
  thread: Store<ThreadState, ThreadAction>;
  history: ThreadHistory;
  emit: (event: SessionEvent) => void;
  /** The session's thread generation: it changes whenever the view moves to another thread. */
  generation: () => number;
}

/** How a turn ended. */
interface TurnResult {
  outcome: StreamOutcome;
  /** The failure to report: the server's `error` event or the transport's error. */
  failure: ChatKitError | null;
  /** The client tool call the turn ended with, if any (still to be run). */
  toolCall: ClientToolCallItem | null;
}

interface ActiveStream {
  controller: AbortController;
  generation: number;
}

/**
 * Runs the streaming turns of a `ChatSession`. A turn whose thread is left (the generation
 * changed) is detached: it is read to its end, its events still reach the history list, but no
 * longer the thread store.
 */
export class TurnRunner {
  private active: ActiveStream | null = null;
  private readonly running = new Set<AbortController>();

  constructor(private readonly context: TurnContext) {}

  /** Whether a turn of the current thread is in flight. */
  get streaming(): boolean {
    return this.active !== null && this.active.generation === this.context.generation();
  }

  /** Stops the current thread's turn by aborting its request. */
  cancel(): void {
    if (this.streaming) this.active?.controller.abort();
  }

  /** Detaches the current turn (the view moved to another thread). */
  detach(): void {
    this.active = null;
  }

  /** Aborts every turn in flight, detached ones too. */
  abortAll(): void {
    for (const controller of this.running) controller.abort();
  }

  /**
   * Streams one request into the stores. Resolves to the client tool call the turn ended with
   * when it is to be run now (the turn completed and is still current), else `null`.
   */
  async run<T extends StreamingRequestType>(
    type: T,
    params: StreamingRequests[T],
    optimistic?: Omit<UserMessageItem, 'id'>,
  ): Promise<ClientToolCallItem | null> {
    const { thread, emit } = this.context;
    const generation = this.context.generation();
    const controller = new AbortController();
    const active: ActiveStream = { controller, generation };
    this.active = active;
    this.running.add(controller);
    const current = (): boolean => generation === this.context.generation();
    thread.dispatch({ type: 'stream.start', requestType: type, optimistic });
    emit({ type: 'response.start' });
    let result: TurnResult;
    try {
      result = await this.read(type, params, controller.signal, current);
    } finally {
      this.running.delete(controller);
      if (this.active === active) this.active = null;
    }
    const { outcome, failure, toolCall } = result;
    if (current()) {
      const transportError =
        failure && failure.kind !== 'server_error' ? toThreadError(failure) : undefined;
      thread.dispatch({ type: 'stream.end', outcome, error: transportError });
    }
    if (failure && current()) emit({ type: 'error', error: failure });
    emit({ type: 'response.end' });
    return outcome === 'complete' && toolCall && current() ? toolCall : null;
  }

  /** Reads a stream to its end. Never throws: a failure is part of the result. */
  private async read<T extends StreamingRequestType>(
    type: T,
    params: StreamingRequests[T],
    signal: AbortSignal,
    current: () => boolean,
  ): Promise<TurnResult> {
    const { client, thread, history, emit } = this.context;
    let outcome: StreamOutcome = 'complete';
    let failure: ChatKitError | null = null;
    let toolCall: ClientToolCallItem | null = null;
    try {
      for await (const event of client.stream(type, params, { signal })) {
        history.track(event);
        if (!current()) continue;
        thread.dispatch({ type: 'stream.event', event });
        const fields = event as { type: string; [key: string]: unknown };
        switch (fields.type) {
          case 'thread.created':
            emit({ type: 'thread.change', threadId: thread.getSnapshot().threadId });
            break;
          case 'client_effect': {
            const name = typeof fields['name'] === 'string' ? fields['name'] : '';
            const data = isRecord(fields['data']) ? fields['data'] : {};
            emit({ type: 'effect', name, data });
            break;
          }
          case 'error':
            outcome = 'error';
            failure = ChatKitError.fromEvent(event as never, type);
            break;
          case 'thread.item.done': {
            const item = fields['item'];
            if (
              isRecord(item) &&
              item['type'] === 'client_tool_call' &&
              item['status'] !== 'completed'
            ) {
              toolCall = item as unknown as ClientToolCallItem;
            }
            break;
          }
          default:
            break;
        }
      }
    } catch (error) {
      const err = asChatKitError(error, type);
      if (err.kind === 'aborted') outcome = 'aborted';
      else {
        outcome = 'error';
        failure = err;
      }
    }
    return { outcome, failure, toolCall };
  }
}

/** The optimistic bubble of a user message, shown until the server's item replaces it. */
export function optimisticMessage(
  input: UserMessageInput,
  threadId: string | null,
  attachments: readonly Attachment[] = [],
): Omit<UserMessageItem, 'id'> {
  return {
    type: 'user_message',
    thread_id: threadId ?? '',
    created_at: new Date().toISOString(),
    content: input.content,
    attachments: [...attachments],
    inference_options: input.inference_options,
    ...(input.quoted_text ? { quoted_text: input.quoted_text } : {}),
  };
}

/**
 * Runs the client tool call a turn ended with through the host's handler, if it is still the
 * pending one, marking it as running meanwhile. Resolves to its result (`null` when the call is
 * no longer pending afterwards). A missing or throwing handler gives an error result: the server
 * waits for a result, so the turn must go on.
 */
export async function runClientTool(
  thread: Store<ThreadState, ThreadAction>,
  handler: ClientToolHandler | undefined,
  call: ClientToolCallItem,
  emit: (event: SessionEvent) => void,
): Promise<{ result: unknown } | null> {
  const pending = pendingToolCall(thread.getSnapshot());
  if (!pending || pending.id !== call.id) return null;
  let result: unknown;
  thread.dispatch({ type: 'tool.running', itemId: call.id });
  try {
    if (!handler) throw new Error(`No handler for client tool "${call.name}"`);
    result = await handler({ name: call.name, params: call.arguments ?? {} });
    emit({ type: 'log', name: 'client_tool.completed', data: { name: call.name } });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    result = { error: message };
    emit({ type: 'log', name: 'client_tool.failed', data: { name: call.name, message } });
  } finally {
    thread.dispatch({ type: 'tool.running', itemId: null });
  }
  if (pendingToolCall(thread.getSnapshot())?.id !== call.id) return null;
  return { result };
}
