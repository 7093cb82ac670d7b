import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { ChatKitClient } from '../../src/protocol/client.js';
import { ChatKitError } from '../../src/protocol/errors.js';
import { buildUserMessageInput } from '../../src/protocol/requests.js';
import { collect, fakeFetch, jsonResponse, sseBody, sseResponse } from '../helpers/sse.js';

const created = {
  type: 'thread.created',
  thread: {
    id: 'thr_1',
    created_at: '2025-11-03T09:30:00',
    status: { type: 'active' },
    metadata: {},
    items: { data: [], has_more: false },
  },
};
const options = { type: 'stream_options', stream_options: { allow_cancel: true } };

async function failure(promise: Promise<unknown>): Promise<ChatKitError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ChatKitError, `a ChatKitError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a failure');
}

describe('ChatKitClient requests', () => {
  it('posts {type, params} with JSON content type, Accept-Language and extra headers', async () => {
    const fetch = fakeFetch(() => jsonResponse({ data: [], has_more: false }));
    const client = new ChatKitClient({
      url: '/chatkit',
      fetch,
      locale: 'fr-FR',
      headers: async (type) => ({ Authorization: `Bearer t-${type}` }),
      metadata: { tenant: 'acme' },
    });
    await client.request('threads.list', { limit: 5, order: 'desc' });
    const [call] = fetch.calls;
    assert.equal(call!.url, '/chatkit');
    assert.equal(call!.init.method, 'POST');
    const headers = call!.init.headers as Record<string, string>;
    assert.equal(headers['Content-Type'], 'application/json');
    assert.equal(headers['Accept-Language'], 'fr-FR');
    assert.equal(headers['Authorization'], 'Bearer t-threads.list');
    assert.deepEqual(call!.body, {
      type: 'threads.list',
      params: { limit: 5, order: 'desc' },
      metadata: { tenant: 'acme' },
    });
  });

  it('reads a locale given as a function per request (it may change between requests)', async () => {
    const fetch = fakeFetch(() => jsonResponse({ data: [], has_more: false }));
    let locale: string | undefined = 'fr-FR';
    const client = new ChatKitClient({ url: '/chatkit', fetch, locale: () => locale });
    await client.request('threads.list', { limit: 5, order: 'desc' });
    locale = 'es';
    await client.request('threads.list', { limit: 5, order: 'desc' });
    locale = undefined;
    await client.request('threads.list', { limit: 5, order: 'desc' });
    const sent = fetch.calls.map(
      (c) => (c.init.headers as Record<string, string>)['Accept-Language'],
    );
    assert.deepEqual(sent, ['fr-FR', 'es', undefined]);
  });

  it('always sends params, attachments, inference_options, tag data and the tool result key', async () => {
    const fetch = fakeFetch(() => sseResponse(''));
    const client = new ChatKitClient({ url: '/c', fetch });
    await collect(
      client.stream('threads.create', {
        input: {
          content: [
            { type: 'input_tag', id: 'a1', text: 'Article' } as never,
            { type: 'input_text', text: 'hi' },
          ],
        } as never,
      }),
    );
    await collect(client.stream('threads.add_client_tool_output', { thread_id: 't' } as never));
    await collect(
      client.stream('threads.custom_action', {
        thread_id: 't',
        item_id: null,
        action: {
          type: 'go',
          payload: { a: 1 },
          handler: 'server',
          loadingBehavior: 'self',
        } as never,
      }),
    );
    assert.deepEqual(fetch.calls[0]!.body['params'], {
      input: {
        content: [
          { type: 'input_tag', id: 'a1', text: 'Article', data: {}, interactive: false },
          { type: 'input_text', text: 'hi' },
        ],
        attachments: [],
        inference_options: {},
      },
    });
    assert.deepEqual(fetch.calls[1]!.body['params'], { thread_id: 't', result: null });
    assert.deepEqual(fetch.calls[2]!.body['params'], {
      thread_id: 't',
      action: { type: 'go', payload: { a: 1 } },
    });
  });

  it('sends payload: null for an action without one (openai-chatkit 1.0.x requires the key)', async () => {
    const fetch = fakeFetch((body) =>
      body['type'] === 'threads.custom_action' ? sseResponse('') : jsonResponse({}),
    );
    const client = new ChatKitClient({ url: '/c', fetch });
    await collect(
      client.stream('threads.custom_action', {
        thread_id: 't',
        item_id: 'w1',
        action: { type: 'draft.discard', handler: 'server' } as never,
      }),
    );
    await client.request('threads.sync_custom_action', {
      thread_id: 't',
      action: { type: 'count', payload: 0 },
    });
    assert.deepEqual(fetch.calls[0]!.body['params'], {
      thread_id: 't',
      item_id: 'w1',
      action: { type: 'draft.discard', payload: null },
    });
    // A falsy payload is still the payload.
    assert.deepEqual(fetch.calls[1]!.body['params'], {
      thread_id: 't',
      action: { type: 'count', payload: 0 },
    });
  });

  it('builds user input from text, tool choice and model', () => {
    assert.deepEqual(
      buildUserMessageInput({
        text: 'hi',
        toolChoice: { id: 'search' },
        model: 'm1',
        quotedText: 'q',
      }),
      {
        content: [{ type: 'input_text', text: 'hi' }],
        attachments: [],
        inference_options: { tool_choice: { id: 'search' }, model: 'm1' },
        quoted_text: 'q',
      },
    );
  });

  it('classifies an HTTP failure, reading a FastAPI detail', async () => {
    const client = new ChatKitClient({
      url: '/c',
      fetch: fakeFetch(() => jsonResponse({ detail: 'File too large' }, 413)),
    });
    const error = await failure(
      client.request('attachments.create', { name: 'a', size: 1, mime_type: 'x/y' }),
    );
    assert.equal(error.kind, 'http');
    assert.equal(error.status, 413);
    assert.equal(error.retryable, false);
    assert.equal(error.message, 'File too large');
    assert.equal(error.serverMessage, true);

    const plain = new ChatKitClient({
      url: '/c',
      fetch: fakeFetch(() => new Response('Internal Server Error', { status: 500 })),
    });
    const e500 = await failure(
      collect(plain.stream('threads.retry_after_item', { thread_id: 't', item_id: 'i' })),
    );
    assert.equal(e500.kind, 'http');
    assert.equal(e500.retryable, true);
    assert.equal(e500.serverMessage, false);
  });

  it('classifies a network failure', async () => {
    const client = new ChatKitClient({
      url: '/c',
      fetch: (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch,
    });
    const error = await failure(client.request('threads.list', {}));
    assert.equal(error.kind, 'network');
    assert.equal(error.retryable, true);
  });

  it('classifies a wrong content type and malformed JSON', async () => {
    const html = new ChatKitClient({
      url: '/c',
      fetch: fakeFetch(
        () => new Response('<html>proxy</html>', { headers: { 'content-type': 'text/html' } }),
      ),
    });
    assert.equal((await failure(html.request('threads.list', {}))).kind, 'content_type');
    assert.equal(
      (
        await failure(
          collect(html.stream('threads.retry_after_item', { thread_id: 't', item_id: 'i' })),
        )
      ).kind,
      'content_type',
    );
    const json = new ChatKitClient({ url: '/c', fetch: fakeFetch(() => jsonResponse({})) });
    const streamAsJson = await failure(
      collect(json.stream('threads.retry_after_item', { thread_id: 't', item_id: 'i' })),
    );
    assert.equal(streamAsJson.kind, 'content_type');
    const broken = new ChatKitClient({
      url: '/c',
      fetch: fakeFetch(
        () => new Response('{"data": [', { headers: { 'content-type': 'application/json' } }),
      ),
    });
    assert.equal((await failure(broken.request('threads.list', {}))).kind, 'malformed_response');
  });

  it('skips a malformed event, reports it, and reads on; unknown event types pass through', async () => {
    const warnings: ChatKitError[] = [];
    const text = `${sseBody([created])}data: {not json\n\ndata: [1,2]\n\ndata: {"no_type":1}\n\n${sseBody([{ type: 'future.event', x: 1 }, options])}`;
    const client = new ChatKitClient({
      url: '/c',
      fetch: fakeFetch(() => sseResponse(text, [7])),
      onWarning: (w) => warnings.push(w),
    });
    const events = await collect(
      client.stream('threads.create', { input: buildUserMessageInput({ text: 'hi' }) }),
    );
    assert.deepEqual(
      events.map((e) => e.type),
      ['thread.created', 'future.event', 'stream_options'],
    );
    assert.deepEqual(
      warnings.map((w) => w.kind),
      ['malformed_event', 'malformed_event', 'malformed_event'],
    );
  });

  it('classifies a stream cut mid-body with the count of events received', async () => {
    const cut = (text: string) =>
      new ChatKitClient({
        url: '/c',
        fetch: fakeFetch(() => sseResponse(text, [10], { failWith: new TypeError('terminated') })),
      });
    const withEvents = await failure(
      collect(
        cut(sseBody([created, options])).stream('threads.create', {
          input: buildUserMessageInput({ text: 'x' }),
        }),
      ),
    );
    assert.equal(withEvents.kind, 'stream_cut');
    assert.equal(withEvents.eventsReceived, 2);
    assert.equal(withEvents.retryable, true);
    const empty = await failure(
      collect(
        cut('').stream('threads.add_user_message', {
          thread_id: 't',
          input: buildUserMessageInput({ text: 'x' }),
        }),
      ),
    );
    assert.equal(empty.kind, 'stream_cut');
    assert.equal(empty.eventsReceived, 0);
  });

  it('turns an abort into kind "aborted", before the response and while streaming', async () => {
    const early = new AbortController();
    early.abort();
    const client = new ChatKitClient({
      url: '/c',
      fetch: fakeFetch(() => sseResponse(sseBody([created]))),
    });
    const before = await failure(
      collect(
        client.stream(
          'threads.create',
          { input: buildUserMessageInput({ text: 'x' }) },
          { signal: early.signal },
        ),
      ),
    );
    assert.equal(before.kind, 'aborted');

    const late = new AbortController();
    const hanging = new ChatKitClient({
      url: '/c',
      fetch: fakeFetch(() => sseResponse(sseBody([created]), [1000], { hang: true })),
    });
    const seen: string[] = [];
    const during = await failure(
      (async () => {
        for await (const event of hanging.stream(
          'threads.create',
          { input: buildUserMessageInput({ text: 'x' }) },
          { signal: late.signal },
        )) {
          seen.push(event.type);
          late.abort();
        }
      })(),
    );
    assert.equal(during.kind, 'aborted');
    assert.deepEqual(seen, ['thread.created']);
  });

  it('builds errors from error events; unknown codes behave like stream.error', () => {
    const generic = ChatKitError.fromEvent({
      type: 'error',
      code: 'rate.limit',
      allow_retry: true,
    });
    assert.equal(generic.serverMessage, false);
    assert.equal(generic.retryable, true);
    assert.equal(generic.code, 'rate.limit');
    const custom = ChatKitError.fromEvent({
      type: 'error',
      code: 'custom',
      message: 'Quota',
      allow_retry: false,
    });
    assert.equal(custom.message, 'Quota');
    assert.equal(custom.serverMessage, true);
    assert.equal(custom.retryable, false);
  });
});
