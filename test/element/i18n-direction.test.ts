/**
 * The element right to left, and the strings a host gives it: right-to-left locales lay the
 * element out mirrored (real positions), a host's `dir` wins, every message takes its direction from
 * its own text; the `strings` option and attribute override any string in any locale.
 */
import { expect } from '@open-wc/testing';

import { waitUntil } from '../helpers/wait.js';
import { ChatHarness } from '../helpers/chat-harness.js';
import { SERVER, answer } from '../helpers/locale-answer.js';

describe('<chat-widgets> right to left', () => {
  const rect = (el: Element | null | undefined) => el!.getBoundingClientRect();
  /** An element inside the thread (its own shadow root, when it has one). */
  const inThread = (chat: ChatHarness, selector: string) => {
    const thread = chat.root.querySelector('cw-thread')!;
    return (thread.shadowRoot ?? thread).querySelector(selector);
  };

  it('ar mirrors the layout: send at the left of the field, the user bubble at the left, the history close button at the left', async () => {
    const layout = async (locale: string) => {
      const chat = await ChatHarness.create({
        options: { locale },
        style: 'width: 600px; height: 500px',
        transport: (next) => async (input, init) => {
          const type = (JSON.parse(String(init?.body ?? '{}')) as { type?: string }).type;
          return type === 'threads.create' ? answer(`${SERVER} answer`) : next(input, init);
        },
      });
      const base = chat.root.querySelector('.base')!;
      const editor = rect(chat.composer.editor);
      const send = rect(chat.composer.sendButton);
      await chat.send(`${SERVER} hi`);
      await chat.waitForResponseEnd();
      const thread = rect(chat.root.querySelector('cw-thread'));
      const bubble = rect(inThread(chat, '.item.user .bubble'));
      await chat.el.showHistory();
      const history = chat.history()!;
      const close = rect(history.querySelector('.close'));
      const heading = rect(history.querySelector('h2'));
      const result = {
        dir: getComputedStyle(base).direction,
        sendAtLeft: send.right <= editor.left + 1,
        sendAtRight: send.left >= editor.right - 1,
        bubbleAtLeft: bubble.left - thread.left < thread.right - bubble.right,
        closeAtLeft: close.right <= heading.left + 1,
      };
      chat.el.remove();
      return result;
    };
    const ar = await layout('ar');
    expect(ar).to.deep.equal({
      dir: 'rtl',
      sendAtLeft: true,
      sendAtRight: false,
      bubbleAtLeft: true,
      closeAtLeft: true,
    });
    const en = await layout('en');
    expect(en).to.deep.equal({
      dir: 'ltr',
      sendAtLeft: false,
      sendAtRight: true,
      bubbleAtLeft: false,
      closeAtLeft: false,
    });
  });

  it('a dir the host set wins over the locale', async () => {
    const chat = await ChatHarness.create({
      options: { locale: 'he' },
      attributes: { dir: 'ltr' },
    });
    const base = chat.root.querySelector('.base')!;
    expect(base.hasAttribute('dir')).to.equal(false);
    expect(getComputedStyle(base).direction).to.equal('ltr');
    expect(chat.composer.sendButton.getAttribute('aria-label')).to.equal('שליחה');
  });

  it('an Arabic answer in an English chat reads right to left; the English chrome stays left to right', async () => {
    const chat = await ChatHarness.create({
      options: { locale: 'en' },
      transport: (next) => async (input, init) => {
        const type = (JSON.parse(String(init?.body ?? '{}')) as { type?: string }).type;
        return type === 'threads.create' ? answer('مرحبا، كيف يمكنني مساعدتك؟') : next(input, init);
      },
    });
    await chat.send(`${SERVER} hi`);
    await chat.waitForResponseEnd();
    await chat.el.updateComplete;
    const markdown = inThread(chat, '.assistant cw-markdown')!;
    await (markdown as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const paragraph = markdown.shadowRoot!.querySelector('p')!;
    expect(getComputedStyle(paragraph).direction).to.equal('rtl');
    const user = inThread(chat, '.item.user .bubble')!;
    expect(getComputedStyle(user).direction).to.equal('ltr');
    expect(getComputedStyle(chat.root.querySelector('.base')!).direction).to.equal('ltr');
  });
});

describe('<chat-widgets> strings from the host', () => {
  it('the strings option overrides any string in any locale; option texts are never translated', async () => {
    const chat = await ChatHarness.create({
      options: {
        locale: 'de',
        strings: { 'header.newChat': 'Neu!', 'composer.send': 'Los' },
        startScreen: { greeting: 'Hello there' },
        composer: { placeholder: 'Type here' },
        frameTitle: 'Support',
      },
    });
    expect(chat.root.querySelector('.new-thread')!.getAttribute('aria-label')).to.equal('Neu!');
    expect(chat.composer.sendButton.getAttribute('aria-label')).to.equal('Los');
    expect(chat.root.querySelector('.history-button')!.getAttribute('aria-label')).to.equal(
      'Verlauf',
    );
    expect(chat.root.querySelector('cw-thread .greeting')!.textContent!.trim()).to.equal(
      'Hello there',
    );
    expect(chat.composer.placeholder).to.equal('Type here');
    expect(chat.root.querySelector('.base')!.getAttribute('aria-label')).to.equal('Support');
  });

  it('the strings attribute takes JSON; unknown keys are reported once, known ones apply', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      const chat = await ChatHarness.create({
        attributes: {
          locale: 'fr',
          strings: JSON.stringify({ 'history.title': 'Vos discussions', 'no.such.key': 'x' }),
        },
      });
      await chat.el.showHistory();
      expect(chat.history()!.querySelector('h2')!.textContent!.trim()).to.equal('Vos discussions');
      await waitUntil(() => warnings.some((w) => w.includes('strings.no.such.key')));
    } finally {
      console.warn = warn;
    }
  });
});
