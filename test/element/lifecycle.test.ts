/**
 * The element on a page that moves things around: a move (disconnect and reconnect in one task,
 * as frameworks and host pages do when they re-parent it) keeps the answer streaming; a removal
 * stops what is in flight.
 */
import { expect } from '@open-wc/testing';

import { waitUntil } from '../helpers/wait.js';
import { ChatHarness } from '../helpers/chat-harness.js';

/** A transport that remembers the signal of each streaming request. */
function signals(): { signals: AbortSignal[]; wrap: (next: typeof fetch) => typeof fetch } {
  const seen: AbortSignal[] = [];
  return {
    signals: seen,
    wrap: (next) => (input, init) => {
      if (init?.signal) seen.push(init.signal);
      return next(input, init);
    },
  };
}

const tokens = (chat: ChatHarness) => /tok(\d+)\s*$/.exec(chat.messages().at(-1) ?? '')?.[1];

describe('<chat-widgets> moved or removed mid-answer', () => {
  let a: HTMLElement;
  let b: HTMLElement;
  beforeEach(() => {
    a = document.createElement('div');
    b = document.createElement('div');
    document.body.append(a, b);
  });
  afterEach(() => {
    a.remove();
    b.remove();
  });

  it('a move keeps the answer streaming', async () => {
    const spy = signals();
    const chat = await ChatHarness.create({ container: a, transport: spy.wrap });
    await chat.send('slow: long');
    await waitUntil(() => Number(tokens(chat)) >= 2, 'the answer streams', { timeout: 5000 });
    b.append(chat.el); // disconnected and connected again in one task
    const at = Number(tokens(chat));
    await waitUntil(() => Number(tokens(chat)) >= at + 4, 'it goes on after the move', {
      timeout: 5000,
    });
    expect(spy.signals.some((s) => s.aborted)).to.equal(false, 'nothing was aborted');
    chat.composer.sendButton.click(); // Stop
    await chat.waitForIdle();
  });

  it('a removal stops what is in flight', async () => {
    const spy = signals();
    const chat = await ChatHarness.create({ container: a, transport: spy.wrap });
    await chat.send('slow: long');
    await waitUntil(() => Number(tokens(chat)) >= 1, 'the answer streams', { timeout: 5000 });
    chat.el.remove();
    await waitUntil(() => spy.signals.at(-1)?.aborted === true, 'the request is aborted', {
      timeout: 2000,
    });
  });
});
