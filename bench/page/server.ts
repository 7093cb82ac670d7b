/**
 * A ChatKit server inside the benchmark page, reached through `api.fetch`: JSON answers for
 * `threads.get_by_id` and `items.list` (paged by id cursor, newest first, as the reference stores
 * page), and for every streaming request a Server-Sent Events body whose frames the scenario pushes
 * one by one (real SSE bytes, read by the element's own protocol client).
 */

type Json = Record<string, unknown>;

const encoder = new TextEncoder();
/** One SSE frame as the Python SDK writes it. */
export const frame = (event: unknown): Uint8Array =>
  encoder.encode(`data: ${JSON.stringify(event)}\n\n`);

/** The open body of one streaming request. */
export interface StreamCtl {
  /** The request's `type` and `params`. */
  readonly request: { type: string; params: Json };
  /** The thread the request is about (created for `threads.create`). */
  readonly threadId: string;
  push(event: unknown): void;
  /** Pushes bytes as they are (a prepared frame). */
  pushBytes(bytes: Uint8Array): void;
  close(): void;
}

/** The streaming request types of the protocol. */
const STREAMING = new Set([
  'threads.create',
  'threads.add_user_message',
  'threads.add_client_tool_output',
  'threads.retry_after_item',
  'threads.custom_action',
]);

const sse = { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' };

export class BenchServer {
  /** Items by thread, oldest first. */
  readonly threads = new Map<string, Json[]>();
  /** Requests answered, by type. */
  readonly counts = new Map<string, number>();
  /** Runs each streaming request; the default closes it at once. */
  onStream: (ctl: StreamCtl) => void = (ctl) => ctl.close();
  private ids = 0;

  /** The `fetch` to hand to `api.fetch`. */
  readonly fetch = (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const body = JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as {
      type: string;
      params?: Json;
    };
    const params = body.params ?? {};
    this.counts.set(body.type, (this.counts.get(body.type) ?? 0) + 1);
    if (STREAMING.has(body.type)) return Promise.resolve(this.stream(body.type, params, init));
    return Promise.resolve(Response.json(this.json(body.type, params)));
  };

  thread(id: string): Json {
    return {
      id,
      title: `Thread ${id}`,
      created_at: '2025-01-01T00:00:00',
      status: { type: 'active' },
      metadata: {},
      items: { data: [], has_more: false },
    };
  }

  private json(type: string, params: Json): unknown {
    const threadId = str(params['thread_id']);
    if (type === 'threads.get_by_id') {
      const items = this.threads.get(threadId) ?? [];
      // The SDK's answer: the oldest page ascending (the client then asks for the newest).
      return { ...this.thread(threadId), items: page(items, null, 20, 'asc') };
    }
    if (type === 'items.list') {
      const after = typeof params['after'] === 'string' ? params['after'] : null;
      const limit = Number(params['limit']) || 20;
      return page(this.threads.get(threadId) ?? [], after, limit, str(params['order']) || 'desc');
    }
    if (type === 'threads.list') return { data: [], has_more: false };
    return {};
  }

  private stream(type: string, params: Json, init: RequestInit | undefined): Response {
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    let closed = false;
    const body = new ReadableStream<Uint8Array>({
      start: (c) => void (controller = c),
      cancel: () => void (closed = true),
    });
    const threadId =
      type === 'threads.create' ? `thr_bench${++this.ids}` : str(params['thread_id']);
    const ctl: StreamCtl = {
      request: { type, params },
      threadId,
      pushBytes: (bytes) => {
        if (!closed) controller.enqueue(bytes);
      },
      push: (event) => ctl.pushBytes(frame(event)),
      close: () => {
        if (closed) return;
        closed = true;
        controller.close();
      },
    };
    init?.signal?.addEventListener('abort', () => ctl.close(), { once: true });
    // The scenario starts a task later, after the client has the response.
    setTimeout(() => this.onStream(ctl));
    return new Response(body, { headers: sse });
  }

  /** The events that open a turn: the thread (when new), the user's message, the options. */
  openTurn(ctl: StreamCtl): void {
    if (ctl.request.type === 'threads.create') {
      ctl.push({ type: 'thread.created', thread: this.thread(ctl.threadId) });
    }
    const input = (ctl.request.params['input'] ?? {}) as Json;
    const item = {
      id: `msg_user${++this.ids}`,
      thread_id: ctl.threadId,
      created_at: '2025-01-02T00:00:00',
      type: 'user_message',
      content: input['content'] ?? [],
      attachments: [],
      inference_options: {},
    };
    this.store(ctl.threadId, item);
    ctl.push({ type: 'thread.item.done', item });
    ctl.push({ type: 'stream_options', stream_options: { allow_cancel: true } });
  }

  /** A fresh assistant message item (no content yet). */
  assistant(ctl: StreamCtl): Json {
    return {
      id: `msg_asst${++this.ids}`,
      thread_id: ctl.threadId,
      created_at: '2025-01-02T00:00:01',
      type: 'assistant_message',
      content: [],
    };
  }

  store(threadId: string, item: Json): void {
    const items = this.threads.get(threadId) ?? [];
    items.push(item);
    this.threads.set(threadId, items);
  }
}

/** A string parameter, or '' for anything else. */
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** A page of rows by id cursor, as the reference stores build it. */
function page(rows: readonly Json[], after: string | null, limit: number, order: string): Json {
  const ordered = order === 'asc' ? rows : [...rows].reverse();
  const start = after ? ordered.findIndex((r) => r['id'] === after) + 1 : 0;
  const data = ordered.slice(start, start + limit);
  const hasMore = start + limit < ordered.length;
  return hasMore ? { data, has_more: true, after: data.at(-1)!['id'] } : { data, has_more: false };
}
