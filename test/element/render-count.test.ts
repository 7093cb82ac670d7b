/**
 * What a streamed answer re-renders: the thread follows every delta, the composer and the theme
 * do not (their inputs do not change while an answer streams).
 */
import { expect, waitUntil } from '@open-wc/testing';

import { ChatHarness } from '../helpers/chat-harness.js';

/** Counts calls of an instance method by shadowing it on the instance. */
function countCalls<T extends object>(target: T, method: keyof T & string): () => number {
  let calls = 0;
  const original = target[method] as (...args: unknown[]) => unknown;
  Object.defineProperty(target, method, {
    configurable: true,
    value(this: T, ...args: unknown[]) {
      calls++;
      return original.apply(this, args);
    },
  });
  return () => calls;
}

describe('<chat-widgets> while an answer streams', () => {
  it('does not re-render the composer or re-apply the theme on each delta', async () => {
    const chat = await ChatHarness.create({
      attributes: {
        tools: '[{"id":"search","label":"Search","pinned":true}]',
        models: '[{"id":"fast","label":"Fast","default":true}]',
      },
      options: {
        theme: { colorScheme: 'light', radius: 'round', color: { accent: { primary: '#0f6e56' } } },
      },
    });
    const el = chat.el;
    await el.updateComplete;
    const box = chat.composer.element;
    // `update` is protected: reached through a plain record.
    const composerUpdates = countCalls(box as unknown as Record<string, unknown>, 'update');
    const styleWrites = countCalls(el.style, 'setProperty');
    const hostUpdates = countCalls(el as unknown as Record<string, unknown>, 'update');
    const sending = el.sendUserMessage({ text: 'slow: long' });
    // The answer grows one token per delta: wait for twenty of them.
    await waitUntil(() => chat.messages().at(-1)?.includes('tok20 ') ?? false, 'twenty deltas', {
      timeout: 8000,
    });
    const deltas = hostUpdates();
    const during = composerUpdates();
    console.log(
      `host updates ${deltas}, composer updates ${during}, theme writes ${styleWrites()}`,
    );
    expect(deltas).to.be.at.least(10, 'the element follows the stream');
    // Entering the streaming state (Stop button) is one or two updates; deltas add none.
    expect(during).to.be.at.most(2, 'composer updates while streaming');
    expect(styleWrites()).to.equal(0, 'theme properties written while streaming');
    chat.composer.sendButton.click(); // Stop
    await sending;
    await chat.waitForIdle();
  });
});
