// Which thread a ChatSession shows, and the reading of it: the generation that changes whenever the
// view moves to another thread, the load of a thread (aborted when the view moves on), and the
// pages of its older items (one request at a time).
import { ChatKitError } from '../protocol/errors.js';
import type { ItemPages } from './item-pages.js';
import { asChatKitError, toThreadError } from './session-errors.js';
import type { SessionEvent } from './session-types.js';
import type { Store } from './store.js';
import type { ThreadAction, ThreadState } from './thread-state.js';

/** What a {@link ThreadLoader} reads from and writes to. */
export interface ThreadLoaderContext {
  thread: Store<ThreadState, ThreadAction>;
  pages: ItemPages;
  emit: (event: SessionEvent) => void;
  /** The view is moving to another thread: the session detaches its running turn. */
  leaving: () => void;
}

/**
 * Loads threads into a `ChatSession`'s thread store. Each move to another thread starts a new
 * generation: a load, a page or a turn of an earlier one no longer reaches the store.
 */
export class ThreadLoader {
  /** The thread generation: it changes whenever the view moves to another thread. */
  generation = 0;
  private loadController: AbortController | null = null;
  private olderRequest: Promise<boolean> | null = null;

  constructor(private readonly context: ThreadLoaderContext) {}

  private get state(): ThreadState {
    return this.context.thread.getSnapshot();
  }

  /**
   * Moves the view to a thread (`null`: a new one), emptying the store unless `reset` is false.
   * Returns the new generation.
   */
  switchTo(threadId: string | null, reset = true): number {
    this.generation += 1;
    this.loadController?.abort();
    this.context.leaving();
    this.olderRequest = null;
    if (reset) this.context.thread.dispatch({ type: 'reset', threadId });
    return this.generation;
  }

  /** Loads a thread (see `ChatSession.loadThread`). */
  async load(threadId: string): Promise<void> {
    const { thread: store, pages, emit } = this.context;
    // Re-reading the open thread keeps its items on screen until the fresh ones arrive.
    const refresh = threadId === this.state.threadId && this.state.thread !== null;
    const generation = this.switchTo(threadId, !refresh);
    const controller = new AbortController();
    this.loadController = controller;
    const { signal } = controller;
    emit({ type: 'thread.load.start', threadId });
    try {
      const { thread, items, older } = await pages.thread(threadId, signal);
      if (generation !== this.generation) return;
      store.dispatch({ type: 'loaded', thread, items, older });
      emit({ type: 'thread.change', threadId });
    } catch (error) {
      if (generation !== this.generation || ChatKitError.isAbort(error)) return;
      store.dispatch({ type: 'error.set', error: toThreadError(error, 'load') });
      emit({ type: 'error', error: asChatKitError(error) });
      throw error;
    } finally {
      if (this.loadController === controller) this.loadController = null;
      emit({ type: 'thread.load.end', threadId });
    }
  }

  /** Loads the next page of older items (see `ChatSession.loadOlder`); calls share a request. */
  loadOlder(): Promise<boolean> {
    this.olderRequest ??= this.fetchOlder().finally(() => {
      this.olderRequest = null;
    });
    return this.olderRequest;
  }

  private async fetchOlder(): Promise<boolean> {
    const { threadId, older } = this.state;
    if (!threadId || !older.hasMore) return false;
    const generation = this.generation;
    const page = await this.context.pages.older(threadId, older.cursor, undefined);
    if (generation !== this.generation) return false;
    this.context.thread.dispatch({ type: 'older.loaded', items: page.items, older: page.older });
    return page.items.length > 0;
  }

  /** Aborts the load in flight, if any. */
  abort(): void {
    this.loadController?.abort();
  }
}
