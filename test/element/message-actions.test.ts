/** Copy, feedback and retry under answers (threadItemActions), against the real Python server. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

import '../../src/define.js';
import type { ChatWidgets } from '../../src/element/chat-widgets.js';
import { messages, recordEvents, root, serverUrl, waitForMessage } from '../helpers/element.js';

describe('message actions', () => {
  let url: string;
  let origin: string;
  before(async () => {
    url = await serverUrl();
    origin = new URL(url).origin;
  });

  it('are off by default except copy; feedback and retry follow threadItemActions', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets api-url=${url}></chat-widgets>`);
    await el.sendUserMessage({ text: 'plain' });
    await el.updateComplete;
    const labels = () =>
      [...root(el).querySelectorAll('.item-actions button')].map((b) =>
        b.getAttribute('aria-label'),
      );
    expect(labels()).to.deep.equal(['Copy']);
    el.setOptions({ api: { url }, threadItemActions: { feedback: true, retry: true } });
    await el.updateComplete;
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
      const el = await fixture<ChatWidgets>(html`<chat-widgets api-url=${url}></chat-widgets>`);
      const logs = recordEvents(el, ['cw-log']);
      await el.sendUserMessage({ text: 'copy me' });
      await el.updateComplete;
      root(el).querySelector<HTMLButtonElement>('.item-actions [aria-label=Copy]')!.click();
      await waitUntil(() => copied.length === 1);
      expect(copied).to.deep.equal(['echo copy me']);
      expect(logs.some((l) => (l.detail as { name: string }).name === 'message.copy')).to.equal(
        true,
      );
    } finally {
      delete (navigator as unknown as { clipboard?: unknown }).clipboard;
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });

  it('thumbs send items.feedback once per choice, and show which was given', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets></chat-widgets>`);
    el.setOptions({ api: { url }, threadItemActions: { feedback: true } });
    await el.sendUserMessage({ text: 'rate this' });
    await el.updateComplete;
    const up = root(el).querySelector<HTMLButtonElement>('[aria-label="Good response"]')!;
    up.click();
    up.click();
    await waitUntil(() => up.getAttribute('aria-pressed') === 'true');
    const itemId = el['controller'].thread!.items.at(-1)!.item.id;
    await waitUntil(async () => {
      const recorded = (await (await fetch(`${origin}/debug/feedback`)).json()) as {
        item_ids: string[];
        kind: string;
      }[];
      return recorded.filter((f) => f.item_ids.includes(itemId)).length === 1;
    }, 'the server got the feedback once');
    root(el).querySelector<HTMLButtonElement>('[aria-label="Bad response"]')!.click();
    await waitUntil(
      () =>
        root(el).querySelector('[aria-label="Bad response"]')!.getAttribute('aria-pressed') ===
        'true',
    );
  });

  it('retry re-runs the answer to the message before it', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets></chat-widgets>`);
    el.setOptions({ api: { url }, threadItemActions: { retry: true } });
    await el.sendUserMessage({ text: 'first' });
    await el.sendUserMessage({ text: 'second' });
    await el.updateComplete;
    const firstAnswerId = el['controller'].thread!.items[1]!.item.id;
    root(el).querySelectorAll<HTMLButtonElement>('.item-actions [aria-label=Retry]')[0]!.click();
    await waitUntil(
      () =>
        el['controller'].thread!.items.length === 2 &&
        el['controller'].thread!.items[1]!.item.id !== firstAnswerId,
      'first answer redone, later items dropped',
      { timeout: 5000 },
    );
    await waitForMessage(el, 'echo first');
    expect(messages(el)).to.deep.equal(['first', 'echo first']);
  });
});
