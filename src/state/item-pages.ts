import type { ChatKitClient } from '../protocol/client.js';
import type { Page, Thread, ThreadItem } from '../protocol/wire-types.js';
import { isRecord } from './normalize.js';
import type { OlderItems } from './thread-state.js';

/** How many empty pages in a row are followed before giving up (a page may be all hidden items). */
const MAX_EMPTY_PAGES = 10;

/** Items read from the server, oldest first, with the cursor to the ones before them. */
export interface ItemPage {
  items: readonly unknown[];
  older: OlderItems;
}

/**
 * Reads a thread's items for a `ChatSession`: the thread with its first items, and pages of
 * older ones (`items.list`, newest first). It writes no store.
 */
export class ItemPages {
  constructor(
    private readonly client: ChatKitClient,
    private readonly options: { readonly itemPageSize?: number | undefined },
  ) {}

  /**
   * Reads a thread: `threads.get_by_id` for its metadata and, for a short thread, all its items;
   * for a long one, the newest page through `items.list` in descending order.
   */
  async thread(
    threadId: string,
    signal: AbortSignal | undefined,
  ): Promise<ItemPage & { thread: Thread }> {
    const thread = await this.client.request(
      'threads.get_by_id',
      { thread_id: threadId },
      { signal },
    );
    const firstPage = isRecord(thread) && isRecord(thread.items) ? thread.items : null;
    if (firstPage && firstPage['has_more'] !== true && Array.isArray(firstPage['data'])) {
      return { thread, items: firstPage['data'], older: { hasMore: false, cursor: null } };
    }
    return { thread, ...(await this.older(threadId, null, signal)) };
  }

  /** Reads the page of items before `after` (the newest page when it is null). */
  async older(
    threadId: string,
    after: string | null,
    signal: AbortSignal | undefined,
  ): Promise<ItemPage> {
    const page = await this.fetch(threadId, after, signal);
    return {
      items: page.data.slice().reverse(),
      older: { hasMore: page.has_more, cursor: page.after ?? null },
    };
  }

  private async fetch(
    threadId: string,
    after: string | null,
    signal: AbortSignal | undefined,
  ): Promise<Page<ThreadItem>> {
    // A page can be empty while has_more is true (all of it hidden items): follow the cursor.
    let cursor = after;
    let page: Page<ThreadItem> = { data: [], has_more: false };
    for (let i = 0; i < MAX_EMPTY_PAGES; i++) {
      page = await this.client.request(
        'items.list',
        {
          thread_id: threadId,
          order: 'desc',
          limit: this.options.itemPageSize ?? 20,
          ...(cursor ? { after: cursor } : {}),
        },
        { signal },
      );
      if (!Array.isArray(page.data)) page = { ...page, data: [] };
      if (page.data.length > 0 || page.has_more !== true || !page.after) break;
      cursor = page.after;
    }
    return page;
  }
}
