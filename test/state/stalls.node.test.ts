/**
 * The session when the server stalls or asks to wait: Stop is offered from the moment a request
 * is in flight and works before any byte arrives; a silent server ends in a retryable timeout
 * with the user's message kept; `Retry-After` makes a Retry wait.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { ChatKitClient } from '../../src/protocol/client.js';
import { ChatSession } from '../../src/state/chat-session.js';
import { canStop } from '../../src/state/selectors.js';
import { fakeFetch, sseBody } from '../helpers/sse.js';

const T = 'thr_1';
const at = '2026-01-01T00:00:00Z';
const created = {
  type: 'thread.created',
  thread: { id: T, title: null, created_at: at, items: { data: [], has_more: false } },
};
const userDone = {
  type: 'thread.item.done',
  item: {
    id: 'u1',
    thread_id: T,
    created_at: at,
    type: 'user_message',
    content: [{ type: 'input_text', text: 'hi' }],
    attachments: [],
    inference_options: {},
  },
};

/** A fetch that never answers but honours its signal. */
const hanging = () =>
  fakeFetch(
    (_b, init) =>
      new Promise<Response>((_r, reject) =>
        init.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true }),
      ),
  );

const until = async (check: () => boolean, what: string): Promise<void> => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  assert.ok(check(), what);
};

describe('stalled requests', () => {
  it('offers Stop while waiting for the first byte, and Stop ends the wait at once', async () => {
    const session = new ChatSession({
      client: new ChatKitClient({ url: '/c', fetch: hanging(), idleTimeoutMs: 0 }),
    });
    const sent = session.sendMessage({ content: [{ type: 'input_text', text: 'hello' }] });
    await until(() => session.state.stream !== null, 'the request is in flight');
    assert.equal(canStop(session.state), true, 'Stop before any event');
    session.cancel();
    await sent;
    assert.equal(session.state.stream, null);
    assert.equal(session.state.error, null, 'a stop is not an error');
  });

  it('hides Stop once a server that never allowed cancelling responds, shows it when allowed', async () => {
    const enc = new TextEncoder();
    const stream = (allow: boolean | null, gate: Promise<void>) => {
      let sent = false;
      return new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (!sent) {
            sent = true;
            const events: unknown[] = [created, userDone];
            if (allow !== null)
              events.push({ type: 'stream_options', stream_options: { allow_cancel: allow } });
            events.push({ type: 'progress_update', text: 'Thinking…' });
            controller.enqueue(enc.encode(sseBody(events)));
            return;
          }
          await gate;
          controller.close();
        },
      });
    };
    for (const allow of [null, false, true]) {
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const session = new ChatSession({
        client: new ChatKitClient({
          url: '/c',
          fetch: fakeFetch(
            () =>
              new Response(stream(allow, gate), {
                headers: { 'content-type': 'text/event-stream' },
              }),
          ),
        }),
      });
      const sent = session.sendMessage({ content: [{ type: 'input_text', text: 'hi' }] });
      await until(() => session.state.stream?.started === true, 'events arrived');
      await until(
        () => allow === null || session.state.stream?.allowCancel === allow,
        'options applied',
      );
      assert.equal(canStop(session.state), allow === true, `allow_cancel ${allow}`);
      release();
      await sent;
    }
  });

  it('a silent server ends in a retryable timeout; the message stays and can be sent again', async () => {
    const fetch = hanging();
    const session = new ChatSession({
      client: new ChatKitClient({ url: '/c', fetch, idleTimeoutMs: 40 }),
    });
    await session.sendMessage({ content: [{ type: 'input_text', text: 'are you there?' }] });
    assert.equal(session.state.stream, null);
    assert.equal(session.state.error?.kind, 'timeout');
    assert.equal(session.state.error?.retryable, true);
    const bubble = session.state.items.find((e) => e.item.type === 'user_message');
    assert.equal(bubble?.phase, 'failed', 'kept, marked as not sent');
    assert.equal(fetch.calls.length, 1);
  });

  it('Retry-After: a resend waits until the server allows it', async () => {
    let calls = 0;
    const session = new ChatSession({
      client: new ChatKitClient({
        url: '/c',
        fetch: fakeFetch(() => {
          calls++;
          return calls === 1
            ? new Response('{"detail":"rate limited"}', {
                status: 429,
                headers: { 'retry-after': '1' },
              })
            : new Response(sseBody([created, userDone]), {
                headers: { 'content-type': 'text/event-stream' },
              });
        }),
      }),
    });
    await session.sendMessage({ content: [{ type: 'input_text', text: 'hi' }] });
    const error = session.state.error!;
    assert.equal(error.status, 429);
    assert.ok(error.retryAt! - Date.now() > 500, 'retryAt about a second ahead');
    const failed = session.state.items.find((e) => e.phase === 'failed')!;
    const started = Date.now();
    await session.resend(failed.item.id);
    assert.ok(Date.now() - started >= 900, `waited ${Date.now() - started} ms`);
    assert.equal(calls, 2);
    assert.equal(session.state.error, null);
  });
});
