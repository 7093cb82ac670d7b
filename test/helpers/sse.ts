/** Helpers to build byte streams and fetch responses for protocol tests (no network). */

const encoder = new TextEncoder();

/** Encodes events the way the ChatKit SDK writes them: `data: <compact JSON>\n\n`. */
export function sseBody(events: readonly unknown[], lineEnd = '\n'): string {
  return events.map((e) => `data: ${JSON.stringify(e)}${lineEnd}${lineEnd}`).join('');
}

/** Splits bytes into chunks at the given sizes (cycled), so frames break anywhere. */
export function chunkBytes(bytes: Uint8Array, sizes: readonly number[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let offset = 0;
  let i = 0;
  while (offset < bytes.length) {
    const size = Math.max(1, sizes[i % sizes.length]!);
    chunks.push(bytes.slice(offset, offset + size));
    offset += size;
    i += 1;
  }
  return chunks;
}

/** Options of {@link byteStream}. */
export interface ByteStreamOptions {
  /** Error the stream with this after the chunks (a cut connection). */
  failWith?: Error;
  /** Never close: the stream stays open after the chunks (a silent server). */
  hang?: boolean;
}

/** A ReadableStream that delivers the chunks one by one, each on its own macrotask. */
export function byteStream(
  chunks: readonly Uint8Array[],
  options: ByteStreamOptions = {},
): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      await new Promise((r) => setTimeout(r, 0));
      if (i < chunks.length) {
        controller.enqueue(chunks[i++]!);
        return;
      }
      if (options.failWith) controller.error(options.failWith);
      else if (!options.hang) controller.close();
      else await new Promise(() => undefined);
    },
  });
}

/** A `fetch` that answers every request with the given response factory and records requests. */
export function fakeFetch(
  respond: (body: Record<string, unknown>, init: RequestInit) => Response | Promise<Response>,
): typeof fetch & { calls: { url: string; init: RequestInit; body: Record<string, unknown> }[] } {
  const calls: { url: string; init: RequestInit; body: Record<string, unknown> }[] = [];
  const fn = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const body = JSON.parse(String(init.body)) as Record<string, unknown>;
    calls.push({ url: String(input), init, body });
    if (init.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    return respond(body, init);
  }) as typeof fetch & { calls: typeof calls };
  fn.calls = calls;
  return fn;
}

/** An SSE response from a string body split into chunks. */
export function sseResponse(
  text: string,
  sizes: readonly number[] = [64],
  options: ByteStreamOptions = {},
): Response {
  return new Response(byteStream(chunkBytes(encoder.encode(text), sizes), options), {
    status: 200,
    headers: { 'content-type': 'text/event-stream; charset=utf-8' },
  });
}

/** A JSON response. */
export function jsonResponse(value: unknown, status = 200): Response {
  return new Response(JSON.stringify(value), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

/** Collects an async iterable into an array. */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of iterable) out.push(value);
  return out;
}
