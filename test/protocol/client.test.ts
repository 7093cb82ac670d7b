/**
 * The protocol client in a real browser against the real openai-chatkit server: the
 * browser's own fetch, streams and network errors, which differ from Node's.
 */
import { expect } from '@open-wc/testing';

import { ChatKitClient } from '../../src/protocol/client.js';
import { ChatKitError } from '../../src/protocol/errors.js';
import { buildUserMessageInput } from '../../src/protocol/requests.js';
import type { ThreadStreamEvent } from '../../src/protocol/wire-types.js';

async function serverUrl(): Promise<string> {
  const info = (await (await fetch('/__cw__/server.json')).json()) as { url: string };
  return info.url;
}

async function failure(run: () => Promise<unknown>): Promise<ChatKitError> {
  try {
    await run();
  } catch (error) {
    expect(error).to.be.instanceOf(ChatKitError);
    return error as ChatKitError;
  }
  throw new Error('expected a failure');
}

/**
 * WebKitGTK's network stack (libsoup) ends a response body cut mid-transfer as if it were
 * complete: fetch reports a normal end, so no client can tell the cut there (the scripted server
 * cuts right after whole events). Checked in the other engines.
 */
const cutLooksComplete =
  /AppleWebKit/.test(navigator.userAgent) &&
  !/Chrome\//.test(navigator.userAgent) &&
  /Linux/.test(navigator.userAgent);
const cutTitle = (title: string) =>
  cutLooksComplete
    ? `${title}: SKIPPED in WebKitGTK, whose fetch ends a cut body as if complete`
    : title;

describe('ChatKitClient in the browser against openai-chatkit', () => {
  let client: ChatKitClient;

  before(async () => {
    client = new ChatKitClient({ url: await serverUrl(), locale: navigator.language });
  });

  it('streams a new thread with text deltas', async () => {
    const events: ThreadStreamEvent[] = [];
    for await (const e of client.stream('threads.create', {
      input: buildUserMessageInput({ text: 'hello: hi' }),
    })) {
      events.push(e);
    }
    expect(events[0]!.type).to.equal('thread.created');
    expect(events.filter((e) => e.type === 'thread.item.updated').length).to.be.greaterThan(3);
    expect(events.at(-1)!.type).to.equal('thread.item.done');
  });

  it(
    cutTitle('reports a connection cut mid-body as stream_cut, after the events that arrived'),
    async function () {
      if (cutLooksComplete) this.skip();
      const events: string[] = [];
      const error = await failure(async () => {
        for await (const e of client.stream('threads.create', {
          input: buildUserMessageInput({ text: 'cut: now' }),
        })) {
          events.push(e.type);
        }
      });
      expect(error.kind).to.equal('stream_cut');
      expect(error.retryable).to.equal(true);
      expect(error.eventsReceived).to.equal(events.length);
      expect(events).to.include('thread.item.added');
    },
  );

  it(
    cutTitle('reports a stream cut before any event as stream_cut (or network), retryable'),
    async function () {
      if (cutLooksComplete) this.skip();
      const error = await failure(async () => {
        for await (const _ of client.stream('threads.add_user_message', {
          thread_id: 'thr_missing',
          input: buildUserMessageInput({ text: 'x' }),
        })) {
          // nothing arrives
        }
      });
      // Chromium resolves fetch on the headers, so the cut is seen while reading (stream_cut);
      // Firefox rejects the fetch itself for the same cut (network).
      expect(error.kind).to.be.oneOf(['stream_cut', 'network']);
      if (error.kind === 'stream_cut') expect(error.eventsReceived).to.equal(0);
      expect(error.retryable).to.equal(true);
    },
  );

  it('sees a cross-origin HTTP 500 as a network failure (the 500 carries no CORS headers)', async () => {
    // Starlette answers unhandled exceptions outside the CORS middleware, so a browser on another
    // origin cannot read the status: the failure is still typed, retryable, and never thrown raw.
    const error = await failure(() =>
      client.request('threads.get_by_id', { thread_id: 'thr_missing' }),
    );
    expect(error.kind).to.equal('network');
    expect(error.retryable).to.equal(true);
  });

  it('stops a slow stream when aborted', async () => {
    const controller = new AbortController();
    let deltas = 0;
    const error = await failure(async () => {
      for await (const e of client.stream(
        'threads.create',
        { input: buildUserMessageInput({ text: 'slow: go' }) },
        { signal: controller.signal },
      )) {
        if (e.type === 'thread.item.updated' && ++deltas === 2) controller.abort();
      }
    });
    expect(error.kind).to.equal('aborted');
    expect(deltas).to.equal(2);
  });
});
