/** Copy, feedback and retry under answers (threadItemActions). */
import { expect } from '@open-wc/testing';

import { waitUntil } from '../helpers/wait.js';
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

  it('order, copy off, and share: the system sheet where there is one, else the clipboard', async () => {
    const chat = await ChatHarness.create({
      options: {
        threadItemActions: {
          feedback: true,
          retry: true,
          share: true,
          copy: false,
          order: ['retry', 'share', 'nonsense' as never],
        },
      },
    });
    await chat.el.sendUserMessage({ text: 'share me' });
    await chat.el.updateComplete;
    const answerLabels = () =>
      [...chat.root.querySelectorAll('.item.assistant .item-actions button')].map((b) =>
        b.getAttribute('aria-label'),
      );
    expect(answerLabels()).to.deep.equal(['Retry', 'Share', 'Good response', 'Bad response']);

    const shared: string[] = [];
    const copied: string[] = [];
    const nav = navigator as unknown as Record<string, unknown>;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (t: string) => void copied.push(t) },
    });
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async ({ text }: { text: string }) => void shared.push(text),
    });
    try {
      const share = () =>
        chat.root.querySelector<HTMLButtonElement>('.item.assistant [aria-label=Share]')!;
      share().click();
      await waitUntil(() => shared.length === 1, 'the share sheet got the text');
      expect(shared).to.deep.equal(['echo share me']);
      delete nav['share'];
      if (typeof navigator.share === 'function')
        Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
      share().click();
      await waitUntil(() => copied.length === 1, 'without a share sheet: the clipboard');
      const logs = chat
        .eventsNamed('cw-log')
        .map((l) => l.detail as { name: string; data: { via?: string } })
        .filter((l) => l.name === 'message.share')
        .map((l) => l.data.via);
      expect(logs).to.deep.equal(['share', 'clipboard']);
    } finally {
      delete nav['clipboard'];
      delete nav['share'];
    }
  });

  it('copy under the user’s own messages (copyUserMessage), tags as @title', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (t: string) => void copied.push(t) },
    });
    try {
      const plain = await ChatHarness.create();
      await plain.el.sendUserMessage({ text: 'no copy here' });
      await plain.el.updateComplete;
      expect(plain.root.querySelector('.item.user .item-actions')).to.equal(null);

      const chat = await ChatHarness.create({
        options: { threadItemActions: { copyUserMessage: true } },
      });
      await chat.el.sendUserMessage({
        content: [
          { type: 'input_text', text: 'ask ' },
          { type: 'input_tag', id: 'p1', text: 'Ada', data: {}, interactive: false },
        ],
      });
      await chat.el.updateComplete;
      const button = chat.root.querySelector<HTMLButtonElement>(
        '.item.user .item-actions [aria-label=Copy]',
      )!;
      button.click();
      await waitUntil(() => copied.length === 1);
      expect(copied).to.deep.equal(['ask @Ada']);
    } finally {
      delete (navigator as unknown as { clipboard?: unknown }).clipboard;
    }
  });
});
