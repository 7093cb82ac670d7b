/**
 * <chat-widgets> on the in-page demo backend: the chat, the composer, errors and Retry, Stop,
 * history and threads. The ChatKit options object and API are in chat-widgets-api.test.ts.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import { waitUntil } from '../helpers/wait.js';
import { ChatHarness } from '../helpers/chat-harness.js';
import { pressChord } from '../helpers/keys.js';

describe('<chat-widgets>', () => {
  describe('chat', () => {
    it('sends with Enter, streams the answer, names the thread, fires each event once with its detail', async () => {
      const chat = await ChatHarness.create();
      await waitUntil(() => chat.eventsNamed('cw-ready').length > 0, 'ready');
      await chat.send('hello: there');
      await chat.waitForResponseEnd();
      expect(chat.messages()).to.deep.equal(['hello: there', 'Hello, world!']);
      expect(chat.composer.draft).to.equal('');
      expect(chat.title).to.equal('Greeting');
      expect(chat.root.querySelector('.sources summary')!.textContent).to.equal('1 source');
      const count = (name: string) => chat.eventsNamed(name).length;
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
      const change = chat.eventsNamed('cw-thread-change')[0]!.detail as { threadId: string };
      expect(change.threadId).to.match(/^thr_/);
      expect(chat.eventsNamed('chatkit.thread.change')[0]!.detail).to.deep.equal(change);
      expect(chat.requestTypes()).to.deep.equal(['threads.create']);
    });

    it('Shift+Enter adds a line instead of sending', async () => {
      const chat = await ChatHarness.create();
      await chat.composer.type('line one');
      await pressChord('Shift', 'Enter');
      await sendKeys({ type: 'line two' });
      expect(chat.composer.draft).to.equal('line one\nline two');
      expect(chat.messages()).to.deep.equal([]);
      expect(chat.requests()).to.deep.equal([], 'nothing was sent');
    });

    it('renders streamed Markdown safely: raw HTML as text, no javascript: links', async () => {
      const chat = await ChatHarness.create();
      await chat.send('**bold** <img src=x onerror=alert(1)> [x](javascript:alert(1)) `code`');
      await chat.waitForResponseEnd();
      const md = chat.root.querySelector('.item.assistant cw-markdown')!.shadowRoot!;
      expect(md.querySelector('strong')!.textContent).to.equal('bold');
      expect(md.querySelector('img')).to.equal(null);
      expect(md.textContent).to.contain('<img src=x onerror=alert(1)>');
      expect(md.querySelector('a')).to.equal(null);
      expect(md.querySelector('code')!.textContent).to.equal('code');
    });

    it('hides hidden context and markers, shows workflow, image and task items', async () => {
      const chat = await ChatHarness.create();
      await chat.send('workflow: research');
      await chat.waitForResponseEnd();
      // Workflows and tasks render from their chunk (<cw-workflow>), which updateComplete awaits.
      await chat.el.updateComplete;
      expect(chat.root.querySelector('.item.task-item .tasks.standalone')).to.not.equal(null);
      expect(chat.root.querySelector('.workflow summary')!.textContent!.trim()).to.equal(
        'Thought for 3 sec',
      );
      expect(chat.root.querySelector('.generated-image img')).to.not.equal(null);
      expect(chat.root.textContent).not.to.contain('secret');
    });

    it('shows progress while it runs, and notices', async () => {
      const chat = await ChatHarness.create();
      await chat.send('notice: Mind the **gap**');
      await chat.waitForResponseEnd();
      expect(chat.root.querySelector('.notice.warning')).to.not.equal(null);
      expect(chat.root.querySelector('.notice-title')!.textContent).to.equal('Heads up');
      const md = chat.root.querySelector('.notice cw-markdown')!.shadowRoot!;
      expect(md.querySelector('strong')!.textContent).to.equal('gap');
      // In stream order: after the message it answers, before the answer that followed it, and
      // still there once later messages came.
      await chat.send('hello: more');
      await chat.waitForResponseEnd();
      const rows = [...chat.root.querySelector('.thread')!.children].map((c) =>
        c.classList.contains('notice') ? 'notice' : c.classList.contains('user') ? 'user' : 'other',
      );
      expect(rows).to.deep.equal(['user', 'notice', 'other', 'user', 'other']);
    });

    it('shows "thinking" from sending until the answer begins', async () => {
      let release = () => {};
      const held = new Promise<void>((r) => (release = r));
      const chat = await ChatHarness.create({
        transport: (next) => async (input, init) => {
          const type =
            typeof init?.body === 'string' ? (JSON.parse(init.body) as { type: string }).type : '';
          if (type === 'threads.create') await held;
          return next(input, init);
        },
      });
      await chat.send('hello: think');
      await waitUntil(() => chat.root.querySelector('.thinking'), 'thinking shows');
      expect(chat.root.querySelector('.thinking')!.getAttribute('aria-label')).to.equal('Thinking');
      release();
      await chat.waitForResponseEnd();
      expect(chat.root.querySelector('.thinking')).to.equal(null);
    });
  });

  describe('errors', () => {
    it('shows a retryable server error in place, and Retry recovers', async () => {
      const chat = await ChatHarness.create();
      await chat.send('flaky: once');
      await chat.waitForResponseEnd();
      expect(chat.error()).to.not.equal(null);
      const errors = chat.events.filter((e) => e.name === 'cw-error' || e.name === 'chatkit.error');
      expect(errors.map((e) => e.name)).to.deep.equal(['cw-error', 'chatkit.error']);
      expect((errors[0]!.detail as { error: Error }).error).to.be.instanceOf(Error);
      chat.root.querySelector<HTMLButtonElement>('.error .retry')!.click();
      await chat.waitForResponseEnd();
      await chat.waitForMessage('Recovered on retry.');
      expect(chat.error()).to.equal(null);
      expect(chat.messages()).to.deep.equal(['flaky: once', 'Recovered on retry.']);
      expect(chat.requestTypes()).to.deep.equal(['threads.create', 'threads.retry_after_item']);
    });

    it('shows a custom server message verbatim, without Retry when not allowed', async () => {
      const chat = await ChatHarness.create();
      await chat.send('custom_error: Your plan ran out.');
      await chat.waitForResponseEnd();
      expect(chat.root.querySelector('.error-text')!.textContent).to.equal('Your plan ran out.');
      expect(chat.root.querySelector('.error .retry')).to.equal(null);
    });

    it('keeps the user text in the composer when the server cannot be reached', async () => {
      const chat = await ChatHarness.create({
        transport: () => () => Promise.reject(new TypeError('Failed to fetch')),
      });
      await chat.send('please keep me');
      await chat.waitForResponseEnd();
      expect(chat.error()).to.not.equal(null);
      expect(chat.composer.draft).to.equal('please keep me');
      expect(chat.messages()).to.deep.equal([]);
    });

    it('keeps the thread when a stream is cut, with Retry', async () => {
      const chat = await ChatHarness.create();
      await chat.send('first');
      await chat.waitForResponseEnd();
      await chat.send('cut: now');
      await chat.waitForResponseEnd();
      expect(chat.root.querySelector('.error-text')!.textContent).to.contain('connection');
      expect(chat.messages().slice(0, 3)).to.deep.equal(['first', 'echo first', 'cut: now']);
      expect(chat.root.querySelector('.error .retry')).to.not.equal(null);
    });
  });

  describe('stop', () => {
    it('Stop aborts the stream and keeps the partial answer', async () => {
      const chat = await ChatHarness.create();
      await chat.send('slow: essay');
      await waitUntil(
        () => chat.messages().some((m) => m.startsWith('tok0 tok1 tok2')),
        'partial text',
        { timeout: 5000 },
      );
      expect(chat.composer.sendButton.getAttribute('aria-label')).to.equal('Stop');
      chat.composer.sendButton.click();
      await chat.waitForResponseEnd();
      expect(chat.composer.sendButton.getAttribute('aria-label')).to.equal('Send');
      const partial = chat.messages().at(-1)!;
      expect(partial).to.match(/^tok0 tok1 tok2/);
      expect(chat.root.querySelector('.assistant .status-note')!.textContent).to.equal('Stopped');
      // The server saw the abort: the next turn finds the partial answer and the cancel note
      // stored, and nothing of the stopped stream arrives in the meantime.
      await chat.send('after');
      await chat.waitForResponseEnd();
      expect(chat.messages()).to.deep.equal(['slow: essay', partial, 'after', 'echo after']);
      const stored = chat.backend!.store.loadItems(chat.threadId!, null, 50, 'asc').data;
      expect(stored.map((i) => i.type)).to.include('sdk_hidden_context');
    });
  });

  describe('history and threads', () => {
    it('lists threads newest first, switches, renames and deletes', async () => {
      const chat = await ChatHarness.create({
        attributes: { 'history-rename': true, 'history-delete': true },
      });
      const el = chat.el;
      await chat.send('title: Alpha thread');
      await chat.waitForResponseEnd();
      await el.setThreadId(null);
      await chat.send('title: Beta thread');
      await chat.waitForResponseEnd();
      await el.showHistory();
      const history = () => chat.history()!;
      await waitUntil(() => history().querySelector('.list'), 'history list');
      const titles = () => [...history().querySelectorAll('.title')].map((t) => t.textContent);
      expect(titles().indexOf('Beta thread')).to.be.lessThan(titles().indexOf('Alpha thread'));

      const before = chat.events.length;
      const alpha = [...history().querySelectorAll<HTMLButtonElement>('.open')].find((b) =>
        b.textContent!.includes('Alpha thread'),
      )!;
      alpha.click();
      await waitUntil(() => chat.eventsNamed('cw-thread-load-end').length > 0, 'thread loaded');
      expect(chat.messages()).to.deep.equal(['title: Alpha thread', 'Title set to Alpha thread']);
      expect(
        chat.events
          .slice(before)
          .map((e) => e.name)
          .filter((n) => n.startsWith('cw-thread')),
      ).to.deep.equal(['cw-thread-load-start', 'cw-thread-change', 'cw-thread-load-end']);
      expect(chat.history()).to.equal(null, 'the panel closes');

      await el.showHistory();
      await waitUntil(() => history().querySelector('.list'));
      history().querySelector<HTMLButtonElement>('li.current .icon-button[title=Rename]')!.click();
      await waitUntil(() => history().querySelector('input'));
      const field = history().querySelector('input')!;
      field.value = 'Alpha renamed';
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
      await waitUntil(() => titles().includes('Alpha renamed'), 'renamed in the list');
      expect(chat.title).to.equal('Alpha renamed');

      history().querySelector<HTMLButtonElement>('li.current .icon-button[title=Delete]')!.click();
      await waitUntil(() => history().querySelector('.danger'));
      history().querySelector<HTMLButtonElement>('.danger')!.click();
      await waitUntil(() => chat.root.querySelector('.greeting'), 'back to a new thread');
      expect(titles()).to.not.include('Alpha renamed');
      expect(history().textContent).to.not.contain('Alpha renamed');
      expect(chat.requestTypes()).to.include.members(['threads.update', 'threads.delete']);
    });

    it('switching threads while a response streams never mixes its items into the new thread', async () => {
      // Counts the SSE chunks that reach the element: later chunks of the detached stream prove
      // that its events went on arriving after the switch.
      let chunks = 0;
      const chat = await ChatHarness.create({
        transport: (next) => async (input, init) => {
          const response = await next(input, init);
          if (!response.body) return response;
          const counted = response.body.pipeThrough(
            new TransformStream<Uint8Array, Uint8Array>({
              transform(chunk, controller) {
                chunks += 1;
                controller.enqueue(chunk);
              },
            }),
          );
          return new Response(counted, { status: response.status, headers: response.headers });
        },
      });
      const el = chat.el;
      await el.sendUserMessage({ text: 'quiet thread' });
      const quietId = chat.threadId!;
      await el.setThreadId(null);
      void el.sendUserMessage({ text: 'slow: long' }).catch(() => undefined);
      await waitUntil(() => chat.messages().some((m) => m.startsWith('tok0 tok1')), 'streaming', {
        timeout: 5000,
      });
      await el.setThreadId(quietId);
      const atSwitch = chunks;
      await waitUntil(() => chunks >= atSwitch + 3, 'more of the other stream arrived', {
        timeout: 5000,
      });
      await el.updateComplete;
      expect(chat.messages()).to.deep.equal(['quiet thread', 'echo quiet thread']);
    });

    it('opens initial-thread on start and setThreadId loads the right thread', async () => {
      const first = await ChatHarness.create();
      await first.send('remember me');
      await first.waitForResponseEnd();
      const threadId = first.threadId!;
      await first.el.setThreadId(null);
      await first.send('another');
      await first.waitForResponseEnd();
      const otherId = first.threadId!;

      const chat = await ChatHarness.create({
        backend: first.backend!,
        attributes: { 'initial-thread': threadId },
      });
      await chat.waitForMessage('echo remember me');
      expect(chat.messages()).to.deep.equal(['remember me', 'echo remember me']);
      await chat.el.setThreadId(otherId);
      expect(chat.messages()).to.deep.equal(['another', 'echo another']);
      await chat.el.setThreadId(null);
      expect(chat.root.querySelector('.greeting')).to.not.equal(null);
    });
  });
});
