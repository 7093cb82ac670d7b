/**
 * A silent or busy server, as the user sees it: Stop from the moment the request is in flight, a
 * clear timeout with Retry, `Retry-After` counted down on the Retry button; the user's text kept.
 */
import { expect } from '@open-wc/testing';

import { waitUntil } from '../helpers/wait.js';
import { ChatHarness } from '../helpers/chat-harness.js';

/** Never answers the first streaming request (but honours its abort); the others go through. */
const silentOnce = (next: typeof fetch): typeof fetch => {
  let first = true;
  return (input, init) => {
    const type =
      typeof init?.body === 'string' ? (JSON.parse(init.body) as { type: string }).type : '';
    if (!first || !type.startsWith('threads.')) return next(input, init);
    first = false;
    return new Promise((_resolve, reject) =>
      init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason), { once: true }),
    );
  };
};

const banner = (chat: ChatHarness) => chat.root.querySelector('.error')?.textContent ?? '';
const retryButton = (chat: ChatHarness) =>
  chat.root.querySelector<HTMLButtonElement>('.error button.retry');

describe('<chat-widgets> when the server stalls', () => {
  it('offers Stop before any byte arrives, and Stop ends the wait', async () => {
    const chat = await ChatHarness.create({ transport: silentOnce });
    await chat.send('hello: you');
    await waitUntil(() => chat.streaming, 'the request is in flight');
    await chat.composer.updateComplete();
    const stop = chat.composer.sendButton;
    expect(stop.getAttribute('aria-label')).to.match(/stop/i);
    stop.click();
    await chat.waitForIdle();
    expect(banner(chat)).to.equal('', 'a stop is not an error');
  });

  it('ends a silent request after the idle timeout, with Retry, keeping the text', async () => {
    const chat = await ChatHarness.create({
      transport: silentOnce,
      options: { api: { idleTimeoutMs: 300 } },
    });
    await chat.send('hello: again');
    await waitUntil(() => banner(chat).includes('stopped answering'), 'the timeout shows', {
      timeout: 5000,
    });
    expect(retryButton(chat)).to.not.equal(null);
    const text = chat.root.textContent + chat.composer.draft;
    expect(text).to.contain('hello: again');
    retryButton(chat)!.click();
    await chat.waitForResponseEnd();
    expect(chat.messages()).to.deep.equal(['hello: again', 'Hello, world!']);
  });

  it('counts Retry-After down on the Retry button', async () => {
    let calls = 0;
    const chat = await ChatHarness.create({
      transport: (next) => (input, init) =>
        ++calls === 1
          ? Promise.resolve(
              new Response('{"detail":"slow down"}', {
                status: 429,
                headers: { 'retry-after': '2', 'content-type': 'application/json' },
              }),
            )
          : next(input, init),
    });
    await chat.send('hello: later');
    await waitUntil(() => banner(chat).includes('slow down'), 'the 429 shows');
    const button = retryButton(chat)!;
    expect(button.disabled).to.equal(true);
    expect(button.textContent).to.match(/Retry in [12] sec/);
    await waitUntil(() => !retryButton(chat)!.disabled, 'Retry allowed after 2 s', {
      timeout: 5000,
    });
    expect(retryButton(chat)!.textContent!.trim()).to.equal('Retry');
  });

  it('loads the thread again on Retry after its load failed', async () => {
    let failLoad = false;
    let loads = 0;
    const chat = await ChatHarness.create({
      transport: (next) => (input, init) => {
        const type =
          typeof init?.body === 'string' ? (JSON.parse(init.body) as { type: string }).type : '';
        if (type === 'threads.get_by_id') loads += 1;
        if (failLoad && type === 'threads.get_by_id') {
          failLoad = false;
          return Promise.resolve(
            new Response('{"detail":"the store is down"}', {
              status: 503,
              headers: { 'content-type': 'application/json' },
            }),
          );
        }
        return next(input, init);
      },
    });
    await chat.send('hello: keep this');
    await chat.waitForResponseEnd();
    const threadId = chat.threadId!;
    await chat.el.setThreadId(null);
    failLoad = true;
    await chat.el.setThreadId(threadId).catch(() => undefined);
    await waitUntil(() => banner(chat).includes('the store is down'), 'the failed load shows');
    expect(chat.messages()).to.deep.equal([]);
    retryButton(chat)!.click();
    await waitUntil(() => chat.messages().length === 2, 'the thread is loaded again');
    expect(chat.messages()).to.deep.equal(['hello: keep this', 'Hello, world!']);
    expect(banner(chat)).to.equal('');
    expect(loads, 'the failed load and the retried one').to.equal(2);
  });
});
