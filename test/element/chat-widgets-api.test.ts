/**
 * <chat-widgets> on the in-page demo backend: the ChatKit options object (greeting, prompts,
 * header, setOptions), and the API and its events (sendCustomAction, sendUserMessage, client
 * effects, client tools, deeplinks).
 */
import { expect } from '@open-wc/testing';

import { ChatHarness } from '../helpers/chat-harness.js';
import { waitUntil } from '../helpers/wait.js';

describe('<chat-widgets>', () => {
  describe('options and API', () => {
    it('takes the ChatKit options object: greeting, prompts, placeholder, header title, locked threads', async () => {
      let clicked = 0;
      const chat = await ChatHarness.create({
        options: {
          api: { domainKey: 'ignored' },
          startScreen: {
            greeting: 'Hi there',
            prompts: [{ label: 'Say hello', prompt: 'hello: prompt' }],
          },
          composer: { placeholder: 'Type here' },
          header: {
            title: { text: 'Support' },
            rightAction: { icon: 'settings-cog', onClick: () => (clicked += 1) },
          },
        },
      });
      expect(chat.root.querySelector('.greeting')!.textContent).to.equal('Hi there');
      expect(chat.composer.placeholder).to.equal('Type here');
      expect(chat.title).to.equal('Support');
      chat.root.querySelector<HTMLButtonElement>('header [data-side=right]')!.click();
      expect(clicked).to.equal(1);
      chat.root.querySelector<HTMLButtonElement>('.prompt')!.click();
      await chat.waitForResponseEnd();
      expect(chat.messages()).to.deep.equal(['hello: prompt', 'Hello, world!']);
      await chat.el.sendUserMessage({ text: 'lock: maintenance' });
      await chat.el.updateComplete;
      expect(chat.composer.disabled).to.equal(true);
      expect(chat.composer.placeholder).to.equal('maintenance');
    });

    it('setOptions replaces rather than merges, and unknown keys only warn', async () => {
      const chat = await ChatHarness.create();
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (message: string) => warnings.push(message);
      try {
        chat.setOptions({ composer: { placeholder: 'First' }, futureThing: 1 } as never);
        await chat.el.updateComplete;
        expect(chat.composer.placeholder).to.equal('First');
        chat.setOptions({});
        await chat.el.updateComplete;
        expect(chat.composer.placeholder).to.equal('Message the AI');
      } finally {
        console.warn = warn;
      }
      expect(warnings.some((w) => w.includes('futureThing'))).to.equal(true);
    });

    it('sendCustomAction streams the server action; sendUserMessage with newThread starts a thread', async () => {
      const chat = await ChatHarness.create();
      await chat.el.sendUserMessage({ text: 'first thread' });
      const firstId = chat.threadId;
      await chat.el.sendCustomAction({ type: 'say', payload: { text: 'hi' } });
      expect(chat.messages().at(-1)).to.equal('You said hi');
      await chat.el.sendUserMessage({ text: 'second thread', newThread: true });
      expect(chat.threadId).to.not.equal(firstId);
      expect(chat.messages()).to.deep.equal(['second thread', 'echo second thread']);
      expect(chat.requestTypes()).to.deep.equal([
        'threads.create',
        'threads.custom_action',
        'threads.create',
      ]);
    });

    it('fires client effects with their data, under both names', async () => {
      const chat = await ChatHarness.create();
      await chat.el.sendUserMessage({ text: 'effect: confetti' });
      expect(chat.events.filter((e) => e.name.endsWith('effect'))).to.deep.equal([
        { name: 'cw-effect', detail: { name: 'toast', data: { text: 'confetti' } } },
        { name: 'chatkit.effect', detail: { name: 'toast', data: { text: 'confetti' } } },
      ]);
    });

    it('runs client tools through onClientTool and locks the composer meanwhile', async () => {
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      let running = false;
      const chat = await ChatHarness.create({
        options: {
          onClientTool: async ({ name }) => {
            running = true;
            await gate;
            return { ran: name };
          },
        },
      });
      const sending = chat.el.sendUserMessage({ text: 'tool: canvas' });
      // The call shows while its stream still runs; the tool runs once the stream has ended.
      await waitUntil(() => running, 'tool running', { timeout: 5000 });
      expect(chat.root.querySelector('.tool-call')).to.not.equal(null);
      await chat.el.updateComplete;
      expect(chat.composer.disabled).to.equal(true);
      release();
      await sending;
      await chat.waitForMessage('Tool canvas returned {"ran": "canvas"}');
      expect(chat.composer.disabled).to.equal(false);
      expect(chat.requests().at(-1)!.params['result']).to.deep.equal({ ran: 'canvas' });
    });

    it('turns chatkit-link:// links into deeplink events', async () => {
      const chat = await ChatHarness.create();
      await chat.el.sendUserMessage({ text: '[open](chatkit-link://orders?id=42)' });
      const link = chat.root
        .querySelectorAll('.item.assistant cw-markdown')[0]!
        .shadowRoot!.querySelector('a')!;
      link.click();
      expect(chat.eventsNamed('cw-deeplink')).to.deep.equal([
        { name: 'cw-deeplink', detail: { name: 'orders', data: { id: '42' } } },
      ]);
    });
  });
});
