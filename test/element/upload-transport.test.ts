/**
 * How upload bytes travel: through the host's `api.fetch` when it gave one (its auth headers reach
 * the upload endpoint; progress is indeterminate; removing aborts it), with XMLHttpRequest and
 * real progress otherwise, and never through the host's fetch to a two-phase URL on another
 * origin (a pre-signed storage URL carries its own authorisation).
 */
import { expect } from '@open-wc/testing';

import { waitUntil } from '../helpers/wait.js';
import { createUploader } from '../../src/composer/uploads.js';
import type { ChatKitClient } from '../../src/protocol/client.js';
import { ChatHarness, routeXhr } from '../helpers/chat-harness.js';

const file = (name = 'notes.txt') => new File(['hello'], name, { type: 'text/plain' });

interface Seen {
  url: string;
  method: string;
  auth: string | null;
  signal: AbortSignal | null;
}

/** A chat whose host `api.fetch` adds an auth header and records every request; `gate` holds uploads. */
async function hostChat(gate: Promise<void> | null = null) {
  const seen: Seen[] = [];
  const chat = await ChatHarness.create({
    transport: (inner) => async (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set('authorization', 'Bearer host-token');
      const url = String(input instanceof Request ? input.url : input);
      seen.push({
        url,
        method: init?.method ?? 'GET',
        auth: headers.get('authorization'),
        signal: init?.signal ?? null,
      });
      if (gate && url.endsWith('/direct-upload')) await gate;
      return inner(input, { ...init, headers });
    },
  });
  const origin = new URL(chat.url).origin;
  chat.setOptions({
    api: { uploadStrategy: { type: 'direct', uploadUrl: `${origin}/direct-upload` } },
    composer: { attachments: { enabled: true } },
  });
  await chat.el.updateComplete;
  return { chat, seen };
}

describe('upload transport', () => {
  it('a direct upload goes through the host fetch with its headers; progress is indeterminate until done', async () => {
    let open!: () => void;
    const { chat, seen } = await hostChat(new Promise((resolve) => (open = resolve)));
    await chat.el.setComposerValue({ files: [file('report.txt')] });
    await waitUntil(() => seen.some((s) => s.url.endsWith('/direct-upload')), 'the upload');
    const upload = seen.find((s) => s.url.endsWith('/direct-upload'))!;
    expect(upload.method).to.equal('POST');
    expect(upload.auth).to.equal('Bearer host-token');
    await chat.composer.updateComplete();
    const progress = chat.composer.shadow.querySelector('progress')!;
    expect(progress.hasAttribute('value'), 'indeterminate while fetch cannot tell').to.equal(false);
    expect(progress.position).to.equal(-1);
    open();
    await waitUntil(() => chat.composer.uploads()[0]?.classList.contains('done'), 'done');
    chat.composer.sendButton.click();
    await chat.waitForMessage('echo | attachments: report.txt');
  });

  it('removing an upload in flight aborts the host fetch', async () => {
    const { chat, seen } = await hostChat(new Promise(() => undefined));
    await chat.el.setComposerValue({ files: [file()] });
    await waitUntil(() => seen.some((s) => s.url.endsWith('/direct-upload')), 'the upload');
    const upload = seen.find((s) => s.url.endsWith('/direct-upload'))!;
    expect(upload.signal!.aborted).to.equal(false);
    chat.composer.shadow.querySelector<HTMLButtonElement>('.upload-remove')!.click();
    expect(upload.signal!.aborted).to.equal(true);
    await chat.composer.updateComplete();
    expect(chat.composer.uploads()).to.have.length(0);
  });

  it('two-phase: the endpoint-origin upload URL goes through the host fetch', async () => {
    const { chat, seen } = await hostChat();
    chat.setOptions({
      api: { uploadStrategy: { type: 'two_phase' } },
      composer: { attachments: { enabled: true } },
    });
    await chat.el.setComposerValue({ files: [file()] });
    await waitUntil(() => chat.composer.uploads()[0]?.classList.contains('done'), 'done');
    const put = seen.find((s) => s.url.includes('/chatkit-uploads/'))!;
    expect(put, 'the bytes went through the host fetch').to.not.equal(undefined);
    expect(put.method).to.equal('PUT');
    expect(put.auth).to.equal('Bearer host-token');
  });

  it('without a host fetch, and for a two-phase URL on another origin, XMLHttpRequest sends the bytes with progress', async () => {
    const chat = await ChatHarness.create();
    const origin = new URL(chat.url).origin;
    const hostCalls: string[] = [];
    const hostFetch: typeof fetch = (input, init) => {
      hostCalls.push(String(input));
      return chat.transport(input, init);
    };
    // No host fetch: a direct upload through XHR (routed to the in-page backend by the harness).
    const plain = { options: { url: chat.url } } as unknown as ChatKitClient;
    const fractions: (number | null)[] = [];
    const direct = createUploader(
      { enabled: true },
      { type: 'direct', uploadUrl: `${origin}/direct-upload` },
      plain,
    );
    const attachment = await direct.upload(
      file('plain.txt'),
      (f) => fractions.push(f),
      new AbortController().signal,
    );
    expect(attachment.name).to.equal('plain.txt');
    expect(fractions.at(-1), 'XHR reports progress').to.equal(1);

    // A host fetch, but the two-phase URL is on another origin: XHR, without the host's headers.
    const storage = 'https://storage-elsewhere.invalid';
    const stored: Headers[] = [];
    routeXhr(storage, (_input, init) => {
      stored.push(new Headers(init?.headers));
      return Promise.resolve(new Response('', { status: 200 }));
    });
    const client = {
      options: { url: chat.url, fetch: hostFetch },
      request: () =>
        Promise.resolve({
          id: 'atc_far',
          type: 'file',
          name: 'far.txt',
          mime_type: 'text/plain',
          upload_descriptor: {
            url: `${storage}/put/atc_far`,
            method: 'PUT',
            headers: { 'x-sig': '1' },
          },
        }),
    } as unknown as ChatKitClient;
    const twoPhase = createUploader({ enabled: true }, { type: 'two_phase' }, client);
    const far = await twoPhase.upload(
      file('far.txt'),
      () => undefined,
      new AbortController().signal,
    );
    expect(far.id).to.equal('atc_far');
    expect(stored, 'the storage URL got the bytes by XHR').to.have.length(1);
    expect(stored[0]!.get('x-sig')).to.equal('1');
    expect(stored[0]!.has('authorization')).to.equal(false);
    expect(hostCalls, 'the host fetch was not used').to.deep.equal([]);
  });
});
