/**
 * `<cw-markdown>` is a chunk of its own: when it cannot be loaded, answers still read, as plain
 * text, and the chat keeps working. The loader is replaced (before any load starts) by a failing one.
 */
import { expect } from '@open-wc/testing';

import { registerLazyElement } from '../../src/internal/lazy-elements.js';
import { ChatHarness } from '../helpers/chat-harness.js';

registerLazyElement('cw-markdown', () => Promise.reject(new Error('offline (test)')));

describe('a failed Markdown chunk', () => {
  it('shows answers as plain text; the chat keeps sending', async () => {
    const chat = await ChatHarness.create();
    await chat.send('hello: there');
    await chat.waitForResponseEnd();
    const answer = chat.root.querySelector('.item.assistant cw-markdown')!;
    expect(answer.shadowRoot, 'the plain stand-in, not the Markdown view').to.equal(null);
    expect(answer.textContent).to.contain('Hello, world!');
    expect(getComputedStyle(answer).whiteSpace).to.equal('pre-wrap');
    await chat.send('still here');
    await chat.waitForResponseEnd();
    expect(chat.messages().at(-1)).to.contain('echo still here');
  });
});
