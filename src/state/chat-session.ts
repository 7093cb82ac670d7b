import type { ChatKitClient } from '../protocol/client.js';
import { buildUserMessageInput } from '../protocol/requests.js';
import type {
  Action,
  ClientToolCallItem,
  StreamingRequests,
  StreamingRequestType,
  ThreadItem,
  UserMessageItem,
} from '../protocol/wire-types.js';
import { ItemPages } from './item-pages.js';
import { threadReducer } from './reducer.js';
import { lastUserMessage } from './selectors.js';
import { SessionBusyError } from './session-errors.js';
import type {
  ChatSessionOptions,
  ClientToolHandler,
  SendMessageInit,
  SessionEvent,
} from './session-types.js';
import { Store } from './store.js';
import { runSyncAction } from './sync-action.js';
import { ThreadHistory } from './thread-history.js';
import type { ThreadListAction, ThreadListState } from './thread-list.js';
import { initialThreadListState, threadListReducer } from './thread-list.js';
import { ThreadLoader } from './thread-loader.js';
import type { ThreadAction, ThreadState } from './thread-state.js';
import { initialThreadState } from './thread-state.js';
import { TurnRunner, optimisticMessage, runClientTool } from './turn.js';
import type { TurnContext } from './turn.js';

export type {
  ChatSessionOptions,
  ClientToolHandler,
  SendMessageInit,
  SessionEvent,
} from './session-types.js';
export { SessionBusyError, toThreadError } from './session-errors.js';

/**
 * Runs a chat against a ChatKit server: it owns the thread store and the history list, starts and
 * stops streams, loads threads and pages, and runs client tool calls. DOM-free, so the element,
 * the conformance tests and other hosts share it.
 *
 * One streaming request per thread at a time (sync actions are the exception). Switching threads
 * detaches a running stream: it is read to its end, so the server finishes its turn, but its items
 * never reach the new thread's view.
 *
 * It delegates the history list's requests to `ThreadHistory`, the loading of threads (and the
 * generation that changes with each move to another thread) to `ThreadLoader`, the reading of item
 * pages to `ItemPages`, the streaming of turns to `TurnRunner` and sync actions to `runSyncAction`
 * (internal helpers of this folder).
 */
export class ChatSession {
  readonly thread: Store<ThreadState, ThreadAction>;
  readonly threads: Store<ThreadListState, ThreadListAction>;
  readonly client: ChatKitClient;
  onClientTool: ClientToolHandler | undefined;

  private readonly options: ChatSessionOptions;
  private readonly history: ThreadHistory;
  private readonly loader: ThreadLoader;
  /** What turns and sync actions read from and write to. */
  private readonly context: TurnContext;
  private readonly turns: TurnRunner;

  constructor(options: ChatSessionOptions) {
    this.options = options;
    this.client = options.client;
    this.onClientTool = options.onClientTool;
    this.thread = new Store(threadReducer, initialThreadState());
    this.threads = new Store(threadListReducer, initialThreadListState());
    this.history = new ThreadHistory(this.client, this.threads, options);
    this.loader = new ThreadLoader({
      thread: this.thread,
      pages: new ItemPages(this.client, options),
      emit: (event) => this.emit(event),
      leaving: () => this.turns.detach(),
    });
    this.context = {
      client: this.client,
      thread: this.thread,
      history: this.history,
      emit: (event) => this.emit(event),
      generation: () => this.generation,
    };
    this.turns = new TurnRunner(this.context);
  }

  /** The current thread state. */
  get state(): ThreadState {
    return this.thread.getSnapshot();
  }

  /** The thread generation: it changes whenever the view moves to another thread. */
  private get generation(): number {
    return this.loader.generation;
  }

  /** Whether a streaming request of the current thread is in flight. */
  get streaming(): boolean {
    return this.turns.streaming;
  }

  /** Opens a new, empty thread (created on the server by the first message). */
  newThread(): void {
    this.loader.switchTo(null);
    this.emit({ type: 'thread.change', threadId: null });
  }

  /**
   * Loads a thread: `threads.get_by_id` for its metadata and, for a short thread, all its items;
   * for a long one, the newest page through `items.list` in descending order.
   */
  loadThread(threadId: string): Promise<void> {
    return this.loader.load(threadId);
  }

  /**
   * Loads the next page of older items, if there is one. Resolves to whether items were added.
   * Calls made while a page is loading share that request.
   */
  loadOlder(): Promise<boolean> {
    return this.loader.loadOlder();
  }

  /** Re-reads the current thread (after the host changed it outside a turn). */
  async fetchUpdates(): Promise<void> {
    const { threadId } = this.state;
    if (threadId && !this.streaming) await this.loadThread(threadId);
  }

  /** Loads the first page of the history list (newest first). */
  async loadThreads(): Promise<void> {
    await this.history.load();
  }

  /** Loads the next page of the history list. */
  async loadMoreThreads(): Promise<void> {
    await this.history.loadMore();
  }

  /** Renames a thread (`threads.update`). */
  async renameThread(threadId: string, title: string): Promise<void> {
    const thread = await this.history.rename(threadId, title);
    this.thread.dispatch({ type: 'thread.metadata', thread });
  }

  /** Deletes a thread (`threads.delete`); the view moves to a new thread if it was open. */
  async deleteThread(threadId: string): Promise<void> {
    await this.history.remove(threadId);
    if (this.state.threadId === threadId) this.newThread();
  }

  /** Sends a user message, creating the thread first when none is open. */
  async sendMessage(init: SendMessageInit): Promise<void> {
    if (init.newThread && this.state.threadId !== null) this.newThread();
    this.assertIdle();
    const input = buildUserMessageInput(init);
    if (input.content.length === 0 && input.attachments.length === 0) {
      throw new TypeError('A message needs text, content or attachments');
    }
    const { threadId } = this.state;
    const optimistic = optimisticMessage(input, threadId, init.attachmentObjects);
    this.emit({ type: 'user_message', input, threadId });
    if (threadId === null) await this.runStream('threads.create', { input }, optimistic);
    else
      await this.runStream('threads.add_user_message', { thread_id: threadId, input }, optimistic);
  }

  /**
   * Sends a custom action (`threads.custom_action`) and streams the server's answer. `itemId`
   * names the widget item that fired it, if any.
   */
  async sendAction(action: Action, itemId?: string | null): Promise<void> {
    const threadId = this.requireThread();
    this.assertIdle();
    const params: StreamingRequests['threads.custom_action'] = { thread_id: threadId, action };
    if (itemId) params.item_id = itemId;
    await this.runStream('threads.custom_action', params);
  }

  /** Sends an action through `threads.sync_custom_action` and applies the updated item in place. */
  async sendSyncAction(action: Action, itemId?: string | null): Promise<ThreadItem | null> {
    return runSyncAction(this.context, this.requireThread(), action, itemId);
  }

  /**
   * Retries what the shown error says failed: loading the open thread (read again, after the
   * server's `Retry-After`), or else the newest answer ({@link retry}).
   */
  async retryFailed(): Promise<void> {
    const { error, threadId } = this.state;
    if (error?.during === 'load' && threadId) {
      if (this.mustWait() && !(await this.waitForRetryAfter())) return;
      await this.loadThread(threadId);
      return;
    }
    await this.retry();
  }

  /** Re-runs the response to a user message (by default the newest), dropping the later items. */
  async retry(itemId?: string): Promise<void> {
    const threadId = this.requireThread();
    this.assertIdle();
    const target = itemId ?? lastUserMessage(this.state)?.id;
    if (!target) throw new TypeError('There is no user message to retry');
    if (this.mustWait() && !(await this.waitForRetryAfter())) return;
    this.thread.dispatch({ type: 'retry', itemId: target });
    await this.runStream('threads.retry_after_item', { thread_id: threadId, item_id: target });
  }

  /** Records the result of the pending client tool call and streams the continuation. */
  async submitToolOutput(itemId: string, result: unknown): Promise<void> {
    const threadId = this.requireThread();
    this.assertIdle();
    this.thread.dispatch({ type: 'tool.completed', itemId, output: result ?? null });
    await this.runStream('threads.add_client_tool_output', {
      thread_id: threadId,
      result: result ?? null,
    });
  }

  /**
   * Answers a pending structured input item (`threads.add_structured_input`, SDK ≥ 1.6.4): the
   * server records the answers (or the skip) and continues the turn.
   */
  async submitStructuredInput(
    itemId: string,
    input: StreamingRequests['threads.add_structured_input']['input'],
  ): Promise<void> {
    const threadId = this.requireThread();
    this.assertIdle();
    await this.runStream('threads.add_structured_input', {
      thread_id: threadId,
      item_id: itemId,
      input,
    });
  }

  /** Sends thumbs up or down for items (`items.feedback`). */
  async sendFeedback(itemIds: string[], kind: 'positive' | 'negative'): Promise<void> {
    const threadId = this.requireThread();
    await this.client.request('items.feedback', { thread_id: threadId, item_ids: itemIds, kind });
  }

  /**
   * Sends again a message that never reached the server (its bubble is marked `failed`): the
   * failed bubble is replaced by the new attempt.
   */
  async resend(itemId: string): Promise<void> {
    const position = this.state.index.get(itemId);
    const entry = position === undefined ? undefined : this.state.items[position];
    if (!entry || entry.phase !== 'failed' || entry.item.type !== 'user_message') {
      throw new TypeError('Only a message that was not sent can be sent again');
    }
    const item = entry.item as UserMessageItem;
    this.assertIdle();
    if (this.mustWait()) {
      if (!(await this.waitForRetryAfter())) return;
      this.assertIdle();
    }
    this.thread.dispatch({ type: 'item.remove', itemId });
    await this.sendMessage({
      content: item.content,
      attachments: item.attachments.map((a) => a.id),
      attachmentObjects: item.attachments,
      quotedText: item.quoted_text ?? null,
      toolChoice: item.inference_options.tool_choice ?? null,
      model: item.inference_options.model ?? null,
    });
  }

  /** Whether the shown error asks to wait before retrying (`Retry-After` not yet passed). */
  private mustWait(): boolean {
    return (this.state.error?.retryAt ?? 0) > Date.now();
  }

  /**
   * Waits until the server's `Retry-After` has passed, if the shown error carries one. Returns
   * false when the user left the thread meanwhile (nothing should be retried then).
   */
  private async waitForRetryAfter(): Promise<boolean> {
    const wait = (this.state.error?.retryAt ?? 0) - Date.now();
    if (wait <= 0) return true;
    const generation = this.generation;
    this.emit({ type: 'log', name: 'retry.waiting', data: { ms: wait } });
    await new Promise((resolve) => setTimeout(resolve, wait));
    return generation === this.generation;
  }

  /** Removes a message that was never sent (the user took its text back into the composer). */
  discardFailed(itemId: string): void {
    const position = this.state.index.get(itemId);
    if (position !== undefined && this.state.items[position]!.phase === 'failed') {
      this.thread.dispatch({ type: 'item.remove', itemId });
    }
  }

  /** Stops the current stream by aborting its request; the partial answer stays. */
  cancel(): void {
    this.turns.cancel();
  }

  /** Aborts everything in flight. The session can still be used afterwards. */
  dispose(): void {
    this.turns.abortAll();
    this.loader.abort();
  }

  private emit(event: SessionEvent): void {
    try {
      this.options.onEvent?.(event);
    } catch (error) {
      // A throwing host listener must not break the stream that reported to it.
      queueMicrotask(() => {
        throw error;
      });
    }
  }

  private requireThread(): string {
    const { threadId } = this.state;
    if (!threadId) throw new TypeError('No thread is open');
    return threadId;
  }

  private assertIdle(): void {
    if (this.streaming) throw new SessionBusyError('A response is still streaming');
    if (this.state.runningTool !== null) {
      throw new SessionBusyError('A client tool is still running');
    }
  }

  private async runStream<T extends StreamingRequestType>(
    type: T,
    params: StreamingRequests[T],
    optimistic?: Omit<UserMessageItem, 'id'>,
  ): Promise<void> {
    const toolCall = await this.turns.run(type, params, optimistic);
    if (toolCall) await this.runClientTool(toolCall);
  }

  private async runClientTool(call: ClientToolCallItem): Promise<void> {
    const emit = (event: SessionEvent): void => this.emit(event);
    const ran = await runClientTool(this.thread, this.onClientTool, call, emit);
    if (ran) await this.submitToolOutput(call.id, ran.result ?? null);
  }
}
