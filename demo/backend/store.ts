/**
 * The demo backend's in-memory store: threads and items in insertion order, paged the way the
 * ChatKit SDK's reference stores page them (id cursors, `has_more`, hidden items filtered after
 * paging by the server, not here).
 */
import type { Page, ThreadItem, ThreadMetadata } from '../../src/protocol/wire-types.js';

/** A stored thread: its metadata and items (hidden ones included). */
interface StoredThread {
  meta: ThreadMetadata;
  items: ThreadItem[];
}

/** The SDK's `datetime.now().isoformat()`: naive local time with microseconds. */
export function now(): string {
  const d = new Date();
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}000`;
}

/** Thrown when a thread or item does not exist (the SDK's `NotFoundError`). */
export class NotFoundError extends Error {}

/** Pages rows by id cursor in either order. */
export function page<T extends { id: string }>(
  rows: readonly T[],
  after: string | null | undefined,
  limit: number,
  order: string,
): Page<T> {
  const ordered = order === 'asc' ? [...rows] : [...rows].reverse();
  let start = 0;
  if (after) {
    const at = ordered.findIndex((r) => r.id === after);
    start = at < 0 ? ordered.length : at + 1;
  }
  const data = ordered.slice(start, start + limit);
  const hasMore = start + limit < ordered.length;
  const out: Page<T> = { data, has_more: hasMore };
  if (hasMore && data.length) out.after = data[data.length - 1]!.id;
  return out;
}

/** Threads and items in memory. */
export class MemoryStore {
  private readonly threads = new Map<string, StoredThread>();
  private counter = 0;

  /** A new id with the SDK's prefixes (`thr_`, `msg_`, `tc_`, `wf_`, `tsk_`). */
  id(prefix: string): string {
    this.counter += 1;
    return `${prefix}_${this.counter.toString(16).padStart(8, '0')}`;
  }

  loadThread(threadId: string): ThreadMetadata {
    const thread = this.threads.get(threadId);
    if (!thread) throw new NotFoundError(`Thread ${threadId} not found`);
    return structuredClone(thread.meta);
  }

  saveThread(meta: ThreadMetadata): void {
    const existing = this.threads.get(meta.id);
    const { ...copy } = structuredClone(meta) as ThreadMetadata & { items?: unknown };
    delete copy.items;
    if (existing) existing.meta = copy;
    else this.threads.set(meta.id, { meta: copy, items: [] });
  }

  loadThreads(
    limit: number,
    after: string | null | undefined,
    order: string,
  ): Page<ThreadMetadata> {
    const rows = [...this.threads.values()]
      .map((t) => t.meta)
      .sort((a, b) => a.created_at.localeCompare(b.created_at));
    return page(rows, after, limit, order);
  }

  loadItems(
    threadId: string,
    after: string | null | undefined,
    limit: number,
    order: string,
  ): Page<ThreadItem> {
    return page(this.thread(threadId).items, after, limit, order);
  }

  /** Inserts an item, or replaces it in place when its id exists (the SDK's add/save). */
  saveItem(threadId: string, item: ThreadItem): void {
    const items = this.thread(threadId).items;
    const at = items.findIndex((i) => i.id === item.id);
    const copy = structuredClone(item);
    if (at < 0) items.push(copy);
    else items[at] = copy;
  }

  loadItem(threadId: string, itemId: string): ThreadItem {
    const item = this.thread(threadId).items.find((i) => i.id === itemId);
    if (!item) throw new NotFoundError(`Item ${itemId} not found`);
    return structuredClone(item);
  }

  deleteItem(threadId: string, itemId: string): void {
    const thread = this.thread(threadId);
    thread.items = thread.items.filter((i) => i.id !== itemId);
  }

  deleteThread(threadId: string): void {
    this.threads.delete(threadId);
  }

  private thread(threadId: string): StoredThread {
    const thread = this.threads.get(threadId);
    if (!thread) throw new NotFoundError(`Thread ${threadId} not found`);
    return thread;
  }
}
