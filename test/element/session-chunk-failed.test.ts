/**
 * When the session's chunk cannot be loaded (offline, a blocked path), the thread says the chat
 * cannot be reached (no Retry: a failed module stays failed for the page), `cw-error` fires, and
 * what the user typed stays in the composer. (A file of its own: the chunk loads once per page.)
 */
import { expect } from '@open-wc/testing';

import { waitUntil } from '../helpers/wait.js';
import { registerLazyPart } from '../../src/internal/lazy-parts.js';
import { ChatHarness } from '../helpers/chat-harness.js';

describe('the session chunk, failing', () => {
  it('the thread says so, cw-error fires, the typed text stays', async () => {
    registerLazyPart('session', () => Promise.reject(new Error('offline')));
    const logged: unknown[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => void logged.push(args);
    try {
      const chat = await ChatHarness.create();
      await waitUntil(() => chat.root.querySelector('.error[role=alert]'), 'the error banner');
      const banner = chat.root.querySelector('.error')!;
      expect(banner.textContent).to.contain('The connection to the chat server was lost.');
      expect(banner.querySelector('.retry'), 'no Retry').to.equal(null);
      expect(chat.eventsNamed('cw-error').length).to.be.at.least(1);
      expect(logged.length, 'the failed chunk is reported once on the console').to.equal(1);
      await chat.composer.type('kept text');
      await chat.composer.press('Enter');
      await chat.el.updateComplete;
      expect(chat.composer.draft).to.equal('kept text');
      expect(chat.requests().length).to.equal(0);
    } finally {
      console.error = error;
    }
  });
});
