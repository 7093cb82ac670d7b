import type { ChatKitClient } from '../protocol/client.js';
import type { Thread, ThreadStreamEvent } from '../protocol/wire-types.js';
import { isRecord } from './normalize.js';
import type { Store } from './store.js';
import type { ThreadListAction, ThreadListState } from './thread-list.js';

/**
 * The history list's side of a `ChatSession`: pages of `threads.list`, renames, deletes,
 * and the stream events that create or retitle a thread. It writes the list store only.
 */
export class ThreadHistory {
  constructor(
    private readonly client: ChatKitClient,
    private readonly store: Store<ThreadListState, ThreadListAction>,
    private readonly options: { readonly threadPageSize?: number | undefined },
  ) {}

  /** Loads the first page (newest first). */
  async load(): Promise<void> {
    await this.fetchPage(true);
  }

  /** Loads the next page, if there is one. */
  async loadMore(): Promise<void> {
    const { hasMore, loaded } = this.store.getSnapshot();
    if (loaded && hasMore) await this.fetchPage(false);
  }

  /** Renames a thread (`threads.update`); resolves to the thread as the server now has it. */
  async rename(threadId: string, title: string): Promise<Thread> {
    const thread = await this.client.request('threads.update', { thread_id: threadId, title });
    this.store.dispatch({ type: 'upsert', thread, prepend: false });
    return thread;
  }

  /** Deletes a thread (`threads.delete`) and drops it from the list. */
  async remove(threadId: string): Promise<void> {
    await this.client.request('threads.delete', { thread_id: threadId });
    this.store.dispatch({ type: 'remove', threadId });
  }

  /** Keeps the list in step with thread creation and metadata changes, even of detached streams. */
  track(wire: ThreadStreamEvent): void {
    const event = wire as { type: string; [key: string]: unknown };
    if (event.type === 'thread.created') {
      this.store.dispatch({ type: 'upsert', thread: event['thread'], prepend: true });
    } else if (event.type === 'thread.updated') {
      const id = isRecord(event['thread']) ? event['thread']['id'] : undefined;
      if (this.store.getSnapshot().threads.some((t) => t.id === id)) {
        this.store.dispatch({ type: 'upsert', thread: event['thread'] });
      }
    }
  }

  private async fetchPage(first: boolean): Promise<void> {
    const { cursor } = this.store.getSnapshot();
    const page = await this.client.request('threads.list', {
      order: 'desc',
      limit: this.options.threadPageSize ?? 20,
      ...(!first && cursor ? { after: cursor } : {}),
    });
    this.store.dispatch({
      type: 'page',
      threads: Array.isArray(page.data) ? page.data : [],
      hasMore: page.has_more === true,
      cursor: page.after ?? null,
      first,
    });
  }
}
