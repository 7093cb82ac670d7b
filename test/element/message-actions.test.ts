/** Copy, feedback and retry under answers (threadItemActions). */
import { expect, waitUntil } from '@open-wc/testing';

import { ChatHarness } from '../helpers/chat-harness.js';

describe('message actions', () => {
  it('are off by default except copy; feedback and retry follow threadItemActions', async () => {
    const chat = await ChatHarness.create();
    await chat.el.sendUserMessage({ text: 'plain' });
    await chat.el.updateComplete;
    const labels = () =>
      [...chat.root.querySelectorAll('.item-actions button')].map((b) =>
        b.getAttribute('aria-label'),
      );
    expect(labels()).to.deep.equal(['Copy']);
    chat.setOptions({ threadItemActions: { feedback: true, retry: true } });
    await chat.el.updateComplete;
    expect(labels()).to.deep.equal(['Copy', 'Good response', 'Bad response', 'Retry']);
  });

  it('copy puts the answer on the clipboard and logs it', async () => {
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (t: string) => void copied.push(t) },
    });
    try {
      const chat = await ChatHarness.create();
      await chat.el.sendUserMessage({ text: 'copy me' });
      await chat.el.updateComplete;
      chat.root.querySelector<HTMLButtonElement>('.item-actions [aria-label=Copy]')!.click();
      await waitUntil(() => copied.length === 1);
      expect(copied).to.deep.equal(['echo copy me']);
      expect(
        chat
          .eventsNamed('cw-log')
          .some((l) => (l.detail as { name: string }).name === 'message.copy'),
      ).to.equal(true);
    } finally {
      delete (navigator as unknown as { clipboard?: unknown }).clipboard;
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });

  it('thumbs send items.feedback once per choice, and show which was given', async () => {
    const chat = await ChatHarness.create({ options: { threadItemActions: { feedback: true } } });
    await chat.el.sendUserMessage({ text: 'rate this' });
    await chat.el.updateComplete;
    const up = chat.root.querySelector<HTMLButtonElement>('[aria-label="Good response"]')!;
    up.click();
    up.click();
    await waitUntil(() => up.getAttribute('aria-pressed') === 'true');
    chat.root.querySelector<HTMLButtonElement>('[aria-label="Bad response"]')!.click();
    await waitUntil(
      () =>
        chat.root.querySelector('[aria-label="Bad response"]')!.getAttribute('aria-pressed') ===
        'true',
    );
    await waitUntil(() => chat.backend!.feedback.length === 2, 'the server got both choices');
    const answerId = chat.backend!.feedback[0]!.item_ids[0];
    expect(chat.backend!.feedback.map((f) => [f.item_ids, f.kind])).to.deep.equal([
      [[answerId], 'positive'],
      [[answerId], 'negative'],
    ]);
    expect(chat.requestTypes().filter((t) => t === 'items.feedback')).to.have.length(2);
  });

  it('retry re-runs the answer to the message before it', async () => {
    const chat = await ChatHarness.create({ options: { threadItemActions: { retry: true } } });
    await chat.el.sendUserMessage({ text: 'first' });
    await chat.el.sendUserMessage({ text: 'second' });
    await chat.waitForIdle();
    chat.root.querySelectorAll<HTMLButtonElement>('.item-actions [aria-label=Retry]')[0]!.click();
    await chat.waitForResponseEnd();
    expect(chat.messages()).to.deep.equal(['first', 'echo first']);
    const retry = chat.requests().at(-1)!;
    expect(retry.type).to.equal('threads.retry_after_item');
    const stored = chat.backend!.store.loadItems(chat.threadId!, null, 50, 'asc').data;
    expect(stored.map((i) => i.type)).to.deep.equal(['user_message', 'assistant_message']);
    expect(stored[0]!.id).to.equal(retry.params['item_id']);
  });
});
