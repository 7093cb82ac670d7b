/**
 * <chat-widgets> in Chromium against the real openai-chatkit server (scripted): the chat, the
 * composer, errors and Retry, Stop, history, the ChatKit API and its events.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import '../../src/define.js';
import type { ChatWidgets } from '../../src/element/chat-widgets.js';
import { EVENT_NAMES } from '../../src/events/index.js';
import {
  input,
  messages,
  recordEvents,
  root,
  sendButton,
  serverUrl,
  type,
  waitForIdle,
  waitForMessage,
  draft,
  placeholder,
  composerDisabled,
} from '../helpers/element.js';

const ALL_EVENTS = [...Object.values(EVENT_NAMES), ...Object.keys(EVENT_NAMES)];

describe('<chat-widgets> against openai-chatkit', () => {
  let url: string;
  before(async () => {
    url = await serverUrl();
  });

  describe('chat', () => {
    it('sends with Enter, streams the answer, names the thread, fires each event once with its detail', async () => {
      const el = await fixture<ChatWidgets>(html`<chat-widgets api-url=${url}></chat-widgets>`);
      const seen = recordEvents(el, ALL_EVENTS);
      await waitUntil(() => seen.some((e) => e.name === 'cw-ready'), 'ready');
      await type(el, 'hello: there');
      await waitForMessage(el, 'Hello, world!');
      await waitUntil(() => seen.some((e) => e.name === 'cw-response-end'));
      expect(messages(el)).to.deep.equal(['hello: there', 'Hello, world!']);
      expect(draft(el)).to.equal('');
      expect(root(el).querySelector('header h2')!.textContent).to.equal('Greeting');
      expect(root(el).querySelector('.sources summary')!.textContent).to.equal('1 source');
      const count = (name: string) => seen.filter((e) => e.name === name).length;
      for (const name of [
        'cw-ready',
        'chatkit.ready',
        'cw-response-start',
        'chatkit.response.start',
        'cw-response-end',
        'cw-thread-change',
        'chatkit.thread.change',
      ]) {
        expect(count(name), name).to.equal(1);
      }
      const change = seen.find((e) => e.name === 'cw-thread-change')!.detail as {
        threadId: string;
      };
      expect(change.threadId).to.match(/^thr_/);
      expect(seen.find((e) => e.name === 'chatkit.thread.change')!.detail).to.deep.equal(change);
    });

    it('Shift+Enter adds a line instead of sending', async () => {
      const el = await fixture<ChatWidgets>(html`<chat-widgets api-url=${url}></chat-widgets>`);
      input(el).focus();
      await sendKeys({ type: 'line one' });
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ type: 'line two' });
      expect(draft(el)).to.equal('line one\nline two');
      expect(messages(el)).to.deep.equal([]);
    });

    it('renders streamed Markdown safely: raw HTML as text, no javascript: links', async () => {
      const el = await fixture<ChatWidgets>(html`<chat-widgets api-url=${url}></chat-widgets>`);
      await type(el, '**bold** <img src=x onerror=alert(1)> [x](javascript:alert(1)) `code`');
      await waitUntil(() => messages(el).length === 2, 'echo shown', { timeout: 5000 });
      const md = root(el).querySelector('.item.assistant cw-markdown')!.shadowRoot!;
      expect(md.querySelector('strong')!.textContent).to.equal('bold');
      expect(md.querySelector('img')).to.equal(null);
      expect(md.textContent).to.contain('<img src=x onerror=alert(1)>');
      expect(md.querySelector('a')).to.equal(null);
      expect(md.querySelector('code')!.textContent).to.equal('code');
    });

    it('hides hidden context and markers, shows workflow, image and task items', async () => {
      const el = await fixture<ChatWidgets>(html`<chat-widgets api-url=${url}></chat-widgets>`);
      await type(el, 'workflow: research');
      await waitUntil(() => root(el).querySelector('.item.tasks.standalone'), 'task item', {
        timeout: 5000,
      });
      expect(root(el).querySelector('.workflow summary')!.textContent!.trim()).to.equal(
        'Thought for 3s',
      );
      expect(root(el).querySelector('.generated-image img')).to.not.equal(null);
      expect(root(el).textContent).not.to.contain('secret');
    });

    it('shows progress while it runs, and notices', async () => {
      const el = await fixture<ChatWidgets>(html`<chat-widgets api-url=${url}></chat-widgets>`);
      await type(el, 'notice: Mind the **gap**');
      await waitUntil(() => root(el).querySelector('.notice.warning'), 'notice', { timeout: 5000 });
      expect(root(el).querySelector('.notice-title')!.textContent).to.equal('Heads up');
      const md = root(el).querySelector('.notice cw-markdown')!.shadowRoot!;
      expect(md.querySelector('strong')!.textContent).to.equal('gap');
    });
  });

  describe('errors', () => {
    it('shows a retryable server error in place, and Retry recovers', async () => {
      const el = await fixture<ChatWidgets>(html`<chat-widgets api-url=${url}></chat-widgets>`);
      const seen = recordEvents(el, ['cw-error', 'chatkit.error']);
      await type(el, 'flaky: once');
      await waitUntil(() => root(el).querySelector('.error'), 'error shown', { timeout: 5000 });
      expect(seen.map((e) => e.name)).to.deep.equal(['cw-error', 'chatkit.error']);
      expect((seen[0]!.detail as { error: Error }).error).to.be.instanceOf(Error);
      root(el).querySelector<HTMLButtonElement>('.error .retry')!.click();
      await waitForMessage(el, 'Recovered on retry.');
      expect(root(el).querySelector('.error')).to.equal(null);
      expect(messages(el)).to.deep.equal(['flaky: once', 'Recovered on retry.']);
    });

    it('shows a custom server message verbatim, without Retry when not allowed', async () => {
      const el = await fixture<ChatWidgets>(html`<chat-widgets api-url=${url}></chat-widgets>`);
      await type(el, 'custom_error: Your plan ran out.');
      await waitUntil(() => root(el).querySelector('.error'), 'error shown', { timeout: 5000 });
      expect(root(el).querySelector('.error-text')!.textContent).to.equal('Your plan ran out.');
      expect(root(el).querySelector('.error .retry')).to.equal(null);
    });

    it('keeps the user text in the composer when the server cannot be reached', async () => {
      const el = await fixture<ChatWidgets>(
        html`<chat-widgets api-url="http://127.0.0.1:9/chatkit"></chat-widgets>`,
      );
      await type(el, 'please keep me');
      await waitUntil(() => root(el).querySelector('.error'), 'error shown', { timeout: 5000 });
      expect(draft(el)).to.equal('please keep me');
      expect(messages(el)).to.deep.equal([]);
    });

    it('keeps the thread when a stream is cut, with Retry', async () => {
      const el = await fixture<ChatWidgets>(html`<chat-widgets api-url=${url}></chat-widgets>`);
      await type(el, 'first');
      await waitForMessage(el, 'echo first');
      await type(el, 'cut: now');
      await waitUntil(() => root(el).querySelector('.error'), 'error shown', { timeout: 5000 });
      expect(root(el).querySelector('.error-text')!.textContent).to.contain('connection');
      expect(messages(el).slice(0, 3)).to.deep.equal(['first', 'echo first', 'cut: now']);
      expect(root(el).querySelector('.error .retry')).to.not.equal(null);
    });
  });

  describe('stop', () => {
    it('Stop aborts the stream and keeps the partial answer', async () => {
      const el = await fixture<ChatWidgets>(html`<chat-widgets api-url=${url}></chat-widgets>`);
      await type(el, 'slow: essay');
      await waitUntil(
        () => messages(el).some((m) => m.startsWith('tok0 tok1 tok2')),
        'partial text',
        { timeout: 5000 },
      );
      expect(sendButton(el).getAttribute('aria-label')).to.equal('Stop');
      sendButton(el).click();
      await waitUntil(() => sendButton(el).getAttribute('aria-label') === 'Send', 'Send again');
      const partial = messages(el).at(-1)!;
      await new Promise((r) => setTimeout(r, 300));
      expect(messages(el).at(-1)).to.equal(partial, 'nothing arrives after Stop');
      expect(partial).to.match(/^tok0 tok1 tok2/);
      expect(root(el).querySelector('.assistant .status-note')!.textContent).to.equal('Stopped');
    });
  });

  describe('history and threads', () => {
    it('lists threads newest first, switches, renames and deletes', async () => {
      const el = await fixture<ChatWidgets>(
        html`<chat-widgets api-url=${url} history-rename history-delete></chat-widgets>`,
      );
      await type(el, 'title: Alpha thread');
      await waitForMessage(el, 'Title set to Alpha thread');
      await el.setThreadId(null);
      await type(el, 'title: Beta thread');
      await waitForMessage(el, 'Title set to Beta thread');
      await el.showHistory();
      const history = () => root(el).querySelector('cw-history')!.shadowRoot!;
      await waitUntil(() => history().querySelector('.list'), 'history list');
      const titles = () => [...history().querySelectorAll('.title')].map((t) => t.textContent);
      expect(titles().indexOf('Beta thread')).to.be.lessThan(titles().indexOf('Alpha thread'));

      const loads = recordEvents(el, [
        'cw-thread-load-start',
        'cw-thread-load-end',
        'cw-thread-change',
      ]);
      const alpha = [...history().querySelectorAll<HTMLButtonElement>('.open')].find((b) =>
        b.textContent!.includes('Alpha thread'),
      )!;
      alpha.click();
      await waitForMessage(el, 'Title set to Alpha thread');
      expect(messages(el)).to.deep.equal(['title: Alpha thread', 'Title set to Alpha thread']);
      expect(loads.map((e) => e.name)).to.deep.equal([
        'cw-thread-load-start',
        'cw-thread-change',
        'cw-thread-load-end',
      ]);
      expect(root(el).querySelector('cw-history')).to.equal(null, 'the panel closes');

      await el.showHistory();
      await waitUntil(() => history().querySelector('.list'));
      history().querySelector<HTMLButtonElement>('li.current .icon-button[title=Rename]')!.click();
      await waitUntil(() => history().querySelector('input'));
      const field = history().querySelector('input')!;
      field.value = 'Alpha renamed';
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
      await waitUntil(() => titles().includes('Alpha renamed'), 'renamed in the list');
      expect(root(el).querySelector('header h2')!.textContent).to.equal('Alpha renamed');

      history().querySelector<HTMLButtonElement>('li.current .icon-button[title=Delete]')!.click();
      await waitUntil(() => history().querySelector('.danger'));
      history().querySelector<HTMLButtonElement>('.danger')!.click();
      await waitUntil(() => root(el).querySelector('.greeting'), 'back to a new thread');
      expect(titles()).to.not.include('Alpha renamed');
      expect(history().textContent).to.not.contain('Alpha renamed');
    });

    it('switching threads while a response streams never mixes its items into the new thread', async () => {
      const el = await fixture<ChatWidgets>(html`<chat-widgets api-url=${url}></chat-widgets>`);
      await el.sendUserMessage({ text: 'quiet thread' });
      const quietId = el['controller'].thread!.threadId!;
      await el.setThreadId(null);
      void el.sendUserMessage({ text: 'slow: long' }).catch(() => undefined);
      await waitUntil(() => messages(el).some((m) => m.startsWith('tok0 tok1')), 'streaming', {
        timeout: 5000,
      });
      await el.setThreadId(quietId);
      await new Promise((r) => setTimeout(r, 400));
      expect(messages(el)).to.deep.equal(['quiet thread', 'echo quiet thread']);
      expect(el['controller'].thread!.stream).to.equal(null);
    });

    it('opens initial-thread on start and setThreadId loads the right thread', async () => {
      const first = await fixture<ChatWidgets>(html`<chat-widgets api-url=${url}></chat-widgets>`);
      await type(first, 'remember me');
      await waitForMessage(first, 'echo remember me');
      const threadId = first['controller'].thread!.threadId!;
      await first.setThreadId(null);
      await type(first, 'another');
      await waitForMessage(first, 'echo another');
      const otherId = first['controller'].thread!.threadId!;

      const el = await fixture<ChatWidgets>(
        html`<chat-widgets api-url=${url} initial-thread=${threadId}></chat-widgets>`,
      );
      await waitForMessage(el, 'echo remember me');
      expect(messages(el)).to.deep.equal(['remember me', 'echo remember me']);
      await el.setThreadId(otherId);
      expect(messages(el)).to.deep.equal(['another', 'echo another']);
      await el.setThreadId(null);
      expect(root(el).querySelector('.greeting')).to.not.equal(null);
    });
  });

  describe('options and API', () => {
    it('takes the ChatKit options object: greeting, prompts, placeholder, header title, locked threads', async () => {
      const el = await fixture<ChatWidgets>(html`<chat-widgets></chat-widgets>`);
      let clicked = 0;
      el.setOptions({
        api: { url, domainKey: 'ignored' },
        startScreen: {
          greeting: 'Hi there',
          prompts: [{ label: 'Say hello', prompt: 'hello: prompt' }],
        },
        composer: { placeholder: 'Type here' },
        header: {
          title: { text: 'Support' },
          rightAction: { icon: 'settings-cog', onClick: () => (clicked += 1) },
        },
      });
      await el.updateComplete;
      expect(root(el).querySelector('.greeting')!.textContent).to.equal('Hi there');
      expect(placeholder(el)).to.equal('Type here');
      expect(root(el).querySelector('header h2')!.textContent).to.equal('Support');
      root(el).querySelector<HTMLButtonElement>('header [data-side=right]')!.click();
      expect(clicked).to.equal(1);
      root(el).querySelector<HTMLButtonElement>('.prompt')!.click();
      await waitForMessage(el, 'Hello, world!');
      await waitForIdle(el);
      await el.sendUserMessage({ text: 'lock: maintenance' });
      await el.updateComplete;
      expect(composerDisabled(el)).to.equal(true);
      expect(placeholder(el)).to.equal('maintenance');
    });

    it('setOptions replaces rather than merges, and unknown keys only warn', async () => {
      const el = await fixture<ChatWidgets>(html`<chat-widgets></chat-widgets>`);
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (message: string) => warnings.push(message);
      try {
        el.setOptions({
          api: { url },
          composer: { placeholder: 'First' },
          futureThing: 1,
        } as never);
        await el.updateComplete;
        expect(placeholder(el)).to.equal('First');
        el.setOptions({ api: { url } });
        await el.updateComplete;
        expect(placeholder(el)).to.equal('Message the AI');
      } finally {
        console.warn = warn;
      }
      expect(warnings.some((w) => w.includes('futureThing'))).to.equal(true);
    });

    it('sendCustomAction streams the server action; sendUserMessage with newThread starts a thread', async () => {
      const el = await fixture<ChatWidgets>(html`<chat-widgets api-url=${url}></chat-widgets>`);
      await el.sendUserMessage({ text: 'first thread' });
      const firstId = el['controller'].thread!.threadId;
      await el.sendCustomAction({ type: 'say', payload: { text: 'hi' } });
      expect(messages(el).at(-1)).to.equal('You said hi');
      await el.sendUserMessage({ text: 'second thread', newThread: true });
      expect(el['controller'].thread!.threadId).to.not.equal(firstId);
      expect(messages(el)).to.deep.equal(['second thread', 'echo second thread']);
    });

    it('fires client effects with their data, under both names', async () => {
      const el = await fixture<ChatWidgets>(html`<chat-widgets api-url=${url}></chat-widgets>`);
      const seen = recordEvents(el, ['cw-effect', 'chatkit.effect']);
      await el.sendUserMessage({ text: 'effect: confetti' });
      expect(seen).to.deep.equal([
        { name: 'cw-effect', detail: { name: 'toast', data: { text: 'confetti' } } },
        { name: 'chatkit.effect', detail: { name: 'toast', data: { text: 'confetti' } } },
      ]);
    });

    it('runs client tools through onClientTool and locks the composer meanwhile', async () => {
      const el = await fixture<ChatWidgets>(html`<chat-widgets></chat-widgets>`);
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      el.setOptions({
        api: { url },
        onClientTool: async ({ name }) => {
          await gate;
          return { ran: name };
        },
      });
      await el.updateComplete;
      const sending = el.sendUserMessage({ text: 'tool: canvas' });
      await waitUntil(() => root(el).querySelector('.tool-call'), 'tool call shown', {
        timeout: 5000,
      });
      // The call shows while its stream still runs; the tool runs once the stream has ended.
      await waitUntil(() => el['controller'].thread?.runningTool, 'tool running', {
        timeout: 5000,
      });
      await el.updateComplete;
      expect(composerDisabled(el)).to.equal(true);
      release();
      await sending;
      await waitForMessage(el, 'Tool canvas returned {"ran": "canvas"}');
      expect(composerDisabled(el)).to.equal(false);
    });

    it('turns chatkit-link:// links into deeplink events', async () => {
      const el = await fixture<ChatWidgets>(html`<chat-widgets api-url=${url}></chat-widgets>`);
      const seen = recordEvents(el, ['cw-deeplink']);
      await el.sendUserMessage({ text: '[open](chatkit-link://orders?id=42)' });
      const link = root(el)
        .querySelectorAll('.item.assistant cw-markdown')[0]!
        .shadowRoot!.querySelector('a')!;
      link.click();
      expect(seen).to.deep.equal([
        { name: 'cw-deeplink', detail: { name: 'orders', data: { id: '42' } } },
      ]);
    });
  });
});
