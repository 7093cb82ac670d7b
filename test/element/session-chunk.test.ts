/**
 * The protocol and state layers are a chunk of their own (session-chunk.ts), fetched once a chat
 * has an endpoint. Until it arrives the start screen and the composer show and a message waits
 * (its failure: session-chunk-failed.test.ts, a page of its own, as a module load is per page).
 */
import { expect } from '@open-wc/testing';

import { waitUntil } from '../helpers/wait.js';
import { registerLazyPart } from '../../src/internal/lazy-parts.js';
import { ChatHarness } from '../helpers/chat-harness.js';

describe('the session chunk', () => {
  it('a message sent before the chunk arrives waits for it and goes out', async () => {
    // The load is held until released (this file's page has not loaded the chunk yet).
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    registerLazyPart('session', async () => {
      await gate;
      return import('../../src/element/session-chunk.js');
    });
    const container = document.createElement('div');
    document.body.append(container);
    const chat = await ChatHarness.create({ container, noWait: true });
    // The start screen and a composer to type in, before the session exists.
    await waitUntil(() => chat.root?.querySelector('cw-composer'), 'the composer renders');
    await waitUntil(() => chat.root.querySelector('.greeting'), 'the start screen');
    expect(chat.composer.disabled).to.equal(false);
    await chat.composer.type('sent early');
    await chat.composer.press('Enter');
    expect(chat.requests().length, 'nothing can go out yet').to.equal(0);
    release();
    await chat.waitForResponseEnd();
    expect(chat.requestTypes()).to.include('threads.create');
    expect(chat.messages().some((m) => m.includes('sent early'))).to.equal(true);
  });
});
