/**
 * A silent, slow or absurd server cannot hold the client for ever or make it buffer without end:
 * idle timeouts before the response and inside the body, caps on one event and on a JSON body,
 * and `Retry-After` read from 429/503 answers.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { ChatKitClient } from '../../src/protocol/client.js';
import { ChatKitError, MAX_RETRY_AFTER_MS, parseRetryAfter } from '../../src/protocol/errors.js';
import { collect, fakeFetch, sseBody } from '../helpers/sse.js';

const encoder = new TextEncoder();

async function failure(promise: Promise<unknown>): Promise<ChatKitError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ChatKitError, `a ChatKitError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a failure');
}

/** A fetch that never answers, but rejects when its signal aborts (as the platform's does). */
const silentFetch = fakeFetch(
  (_body, init) =>
    new Promise<Response>((_resolve, reject) => {
      init.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true });
    }),
);

/** A streaming response whose body sends `first`, then nothing, never closing. */
function stallingStream(first: string): Response {
  let sent = false;
  return new Response(
    new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (!sent) {
          sent = true;
          if (first) controller.enqueue(encoder.encode(first));
          return;
        }
        await new Promise(() => undefined);
      },
    }),
    { headers: { 'content-type': 'text/event-stream' } },
  );
}

/** A body of `size` bytes of one character with no line break, produced lazily. */
function hugeLine(size: number, contentType: string): { response: Response; pulled: () => number } {
  let pulled = 0;
  const chunk = encoder.encode('x'.repeat(64 * 1024));
  const response = new Response(
    new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= size) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    }),
    { headers: { 'content-type': contentType } },
  );
  return { response, pulled: () => pulled };
}

describe('idle timeout', () => {
  it('ends a request the server never answers with a retryable timeout', async () => {
    const client = new ChatKitClient({ url: '/c', fetch: silentFetch, idleTimeoutMs: 50 });
    const err = await failure(collect(client.stream('threads.create', { input: {} as never })));
    assert.equal(err.kind, 'timeout');
    assert.equal(err.retryable, true);
    assert.match(err.message, /did not answer/);
    const json = await failure(client.request('threads.list', {}));
    assert.equal(json.kind, 'timeout');
  });

  it('ends a stream that stalls before its first event, and one that stalls mid-way', async () => {
    for (const first of [
      '',
      ': keep-alive\n\n',
      sseBody([{ type: 'progress_update', text: 'x' }]),
    ]) {
      const client = new ChatKitClient({
        url: '/c',
        fetch: fakeFetch(() => stallingStream(first)),
        idleTimeoutMs: 50,
      });
      const seen: unknown[] = [];
      const err = await failure(
        (async () => {
          for await (const e of client.stream('threads.create', { input: {} as never }))
            seen.push(e);
        })(),
      );
      assert.equal(err.kind, 'timeout', JSON.stringify(first));
      assert.equal(err.retryable, true);
      assert.equal(err.eventsReceived, seen.length);
    }
  });

  it('is reset by every chunk: a slow but steady stream completes', async () => {
    // Gaps a twelfth of the allowed silence, over a stream longer than it: a loaded machine
    // (the whole suite in parallel) once delayed a 30 ms timer past a 100 ms limit.
    const frames = Array.from({ length: 20 }, (_, i) =>
      sseBody([{ type: 'progress_update', text: `${i}` }]),
    );
    let i = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((r) => setTimeout(r, 40));
        if (i < frames.length) controller.enqueue(encoder.encode(frames[i++]!));
        else controller.close();
      },
    });
    const client = new ChatKitClient({
      url: '/c',
      fetch: fakeFetch(
        () => new Response(body, { headers: { 'content-type': 'text/event-stream' } }),
      ),
      idleTimeoutMs: 500,
    });
    const events = await collect(client.stream('threads.create', { input: {} as never }));
    assert.equal(events.length, 20, 'total 800 ms, but never 500 ms silent');
  });

  it('Stop (the caller’s abort) is an abort, not a timeout, at any moment', async () => {
    const client = new ChatKitClient({ url: '/c', fetch: silentFetch, idleTimeoutMs: 10_000 });
    const controller = new AbortController();
    const pending = failure(
      collect(
        client.stream('threads.create', { input: {} as never }, { signal: controller.signal }),
      ),
    );
    setTimeout(() => controller.abort(), 10);
    assert.equal((await pending).kind, 'aborted');
  });

  it('0 disables it', async () => {
    const client = new ChatKitClient({
      url: '/c',
      fetch: fakeFetch(() => stallingStream('')),
      idleTimeoutMs: 0,
    });
    const controller = new AbortController();
    const pending = failure(
      collect(
        client.stream('threads.create', { input: {} as never }, { signal: controller.signal }),
      ),
    );
    setTimeout(() => controller.abort(), 150);
    assert.equal((await pending).kind, 'aborted', 'still waiting after 150 ms');
  });
});

describe('size caps', () => {
  it('refuses a 50 MB stream with no line break after the cap, without reading the rest', async () => {
    const huge = hugeLine(50 * 1024 * 1024, 'text/event-stream');
    const client = new ChatKitClient({ url: '/c', fetch: fakeFetch(() => huge.response) });
    const err = await failure(collect(client.stream('threads.create', { input: {} as never })));
    assert.equal(err.kind, 'too_large');
    assert.equal(err.retryable, false);
    assert.match(err.message, /larger than 16 MB/);
    assert.ok(huge.pulled() < 20 * 1024 * 1024, `read ${huge.pulled()} bytes`);
  });

  it('the event cap is configurable, and events under it pass', async () => {
    const big = sseBody([{ type: 'progress_update', text: 'y'.repeat(2000) }]);
    const ok = new ChatKitClient({
      url: '/c',
      fetch: fakeFetch(
        () => new Response(big, { headers: { 'content-type': 'text/event-stream' } }),
      ),
      maxEventSize: 4000,
    });
    assert.equal((await collect(ok.stream('threads.create', { input: {} as never }))).length, 1);
    const small = new ChatKitClient({
      url: '/c',
      fetch: fakeFetch(
        () => new Response(big, { headers: { 'content-type': 'text/event-stream' } }),
      ),
      maxEventSize: 1000,
    });
    const err = await failure(collect(small.stream('threads.create', { input: {} as never })));
    assert.equal(err.kind, 'too_large');
  });

  it('refuses a JSON response over the cap', async () => {
    const huge = hugeLine(40 * 1024 * 1024, 'application/json');
    const client = new ChatKitClient({ url: '/c', fetch: fakeFetch(() => huge.response) });
    const err = await failure(client.request('threads.list', {}));
    assert.equal(err.kind, 'too_large');
    assert.ok(huge.pulled() < 20 * 1024 * 1024, `read ${huge.pulled()} bytes`);
  });
});

describe('Retry-After', () => {
  it('is read from 429 and 503 answers, in seconds or as a date, and capped', async () => {
    for (const [status, header, expected] of [
      [429, '7', 7000],
      [503, '0', 0],
      [503, new Date(Date.now() + 30_000).toUTCString(), 30_000],
      [429, '999999', MAX_RETRY_AFTER_MS],
      [429, 'soon', undefined],
      [500, '5', undefined],
    ] as const) {
      const client = new ChatKitClient({
        url: '/c',
        fetch: fakeFetch(
          () =>
            new Response('{"detail":"slow down"}', { status, headers: { 'retry-after': header } }),
        ),
      });
      const err = await failure(collect(client.stream('threads.create', { input: {} as never })));
      assert.equal(err.kind, 'http');
      assert.equal(err.retryable, true);
      if (expected === undefined) assert.equal(err.retryAfterMs, undefined, `${status} ${header}`);
      else
        assert.ok(
          Math.abs(err.retryAfterMs! - expected) < 1500,
          `${status} ${header}: ${err.retryAfterMs}`,
        );
    }
  });

  it('parseRetryAfter reads seconds, dates, and nothing else', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    assert.equal(parseRetryAfter('12', now), 12_000);
    assert.equal(parseRetryAfter('Thu, 01 Jan 2026 00:01:00 GMT', now), 60_000);
    assert.equal(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now), 0, 'a past date: now');
    assert.equal(parseRetryAfter('-3', now), undefined);
    assert.equal(parseRetryAfter(null, now), undefined);
  });
});
