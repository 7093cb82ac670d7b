/** Configuration by attributes only (what a CMS can write), theming and auto-scroll. */
import { expect } from '@open-wc/testing';

import { waitUntil } from '../helpers/wait.js';
import { unknownOptionKeys } from '../../src/element/option-keys.js';
import { resolveConfig } from '../../src/element/options.js';
import type { AttributeConfig, ChatKitOptions } from '../../src/element/options.js';
import { ChatHarness } from '../helpers/chat-harness.js';

describe('<chat-widgets> configuration', () => {
  it('is fully usable from attributes: endpoint, greeting, placeholder, theme, switches', async () => {
    const chat = await ChatHarness.create({
      attributes: {
        greeting: 'Welcome!',
        placeholder: 'Ask me',
        theme: 'dark',
        'no-history': true,
        locale: 'fr-FR',
      },
    });
    const el = chat.el;
    expect(chat.root.querySelector('.greeting')!.textContent).to.equal('Welcome!');
    expect(chat.composer.placeholder).to.equal('Ask me');
    expect(el.getAttribute('resolved-theme')).to.equal('dark');
    expect(getComputedStyle(el).getPropertyValue('--cw-color-surface').trim()).to.equal('#212121');
    expect(chat.root.querySelector('.history-button')).to.equal(null);
    await el.sendUserMessage({ text: 'hi' });
    expect(chat.requests()[0]!.headers.get('accept-language')).to.equal('fr-FR');
    el.setAttribute('no-header', '');
    await el.updateComplete;
    expect(chat.root.querySelector('header')).to.equal(null);
  });

  it('sends the locale as Accept-Language and uses a custom fetch with extra headers', async () => {
    const chat = await ChatHarness.create({
      options: { locale: 'de-DE' },
      transport: (next) => (input, init) => {
        const headers = new Headers(init?.headers);
        headers.set('Authorization', 'Bearer demo');
        return next(input, { ...init, headers });
      },
    });
    await chat.el.sendUserMessage({ text: 'hi' });
    const sent = chat.requests();
    expect(sent).to.have.length(1);
    expect(sent[0]!.headers.get('accept-language')).to.equal('de-DE');
    expect(sent[0]!.headers.get('authorization')).to.equal('Bearer demo');
    expect(chat.messages()).to.deep.equal(['hi', 'echo hi']);
  });

  it('theme="auto" follows the system colour scheme', async () => {
    const chat = await ChatHarness.create({ attributes: { theme: 'auto' } });
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    expect(chat.el.getAttribute('resolved-theme')).to.equal(dark ? 'dark' : 'light');
  });

  it('reports unknown option keys by path', () => {
    expect(
      unknownOptionKeys({
        api: { url: 'x', secret: 1 },
        composer: { placeholder: 'p' },
        nope: true,
      }),
    ).to.deep.equal(['api.secret', 'nope']);
  });

  it('reports unknown keys of array entries by place, and accepts the documented aliases', () => {
    expect(
      unknownOptionKeys({
        header: { customButtonLeft: { icon: 'home', onClick() {} }, title: { txt: 'x' } },
        startScreen: {
          prompts: [
            { name: 'Hi', prompt: 'hi' },
            { label: 'x', promt: 'y' },
          ],
        },
        composer: {
          attachments: { enabled: true, uploadStrategy: { type: 'hosted' } },
          tools: [{ id: 't', label: 'T', icon: 'globe', lable: 'typo' }],
          models: [{ id: 'm', label: 'M', default: true, fast: true }],
        },
      }),
    ).to.deep.equal([
      'header.title.txt',
      'startScreen.prompts[1].promt',
      'composer.tools[0].lable',
      'composer.models[0].fast',
    ]);
  });

  const ATTRS: AttributeConfig = {
    apiUrl: '',
    domainKey: '',
    initialThread: '',
    theme: '',
    locale: '',
    placeholder: '',
    greeting: '',
    noHeader: false,
    noHistory: false,
    historyRename: false,
    historyDelete: false,
    autoScroll: false,
    noAutoScroll: false,
    tools: [],
    models: [],
    persist: '',
    strings: null,
    headingLevel: '',
  };

  it('reads composer.attachments.uploadStrategy as api.uploadStrategy, which wins', () => {
    const strategy = (options: ChatKitOptions) =>
      resolveConfig(ATTRS, options).attachments?.strategy;
    const hosted = { enabled: true, uploadStrategy: { type: 'hosted' as const } };
    expect(strategy({ composer: { attachments: hosted } })).to.deep.equal({ type: 'two_phase' });
    const direct = { type: 'direct' as const, uploadUrl: '/up' };
    expect(
      strategy({ composer: { attachments: { enabled: true, uploadStrategy: direct } } }),
    ).to.deep.equal(direct);
    expect(
      strategy({ api: { uploadStrategy: direct }, composer: { attachments: hosted } }),
    ).to.deep.equal(direct);
  });

  it('reads the documented aliases: customButtonLeft/Right, prompts[].name, attachments.uploadStrategy', async () => {
    const clicked: string[] = [];
    const chat = await ChatHarness.create({
      options: {
        header: {
          customButtonLeft: { icon: 'home', onClick: () => clicked.push('left') },
          customButtonRight: { icon: 'settings-cog', onClick: () => clicked.push('right') },
        },
        startScreen: { prompts: [{ name: 'Say hello', prompt: 'hello: there' } as never] },
      },
    });
    for (const side of ['left', 'right'])
      chat.root.querySelector<HTMLButtonElement>(`header button[data-side=${side}]`)!.click();
    expect(clicked).to.deep.equal(['left', 'right']);
    const prompt = chat.root.querySelector<HTMLButtonElement>('.prompt')!;
    expect(prompt.textContent!.trim()).to.equal('Say hello');
    prompt.click();
    await chat.waitForResponseEnd();
    expect(chat.messages()[0]).to.equal('hello: there');
  });

  it('follows a streaming answer to the bottom and stops when the user scrolls up', async () => {
    const chat = await ChatHarness.create({ style: 'height: 360px' });
    const el = chat.el;
    const scroller = chat.root.querySelector<HTMLElement>('.scroller')!;
    const atBottom = () => scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 4;
    for (let i = 0; i < 4; i++) await el.sendUserMessage({ text: `filler ${i} `.repeat(30) });
    expect(scroller.scrollHeight).to.be.above(scroller.clientHeight + 200, 'content overflows');
    const sending = el.sendUserMessage({ text: 'slow: long' });
    await waitUntil(() => chat.messages().at(-1)!.startsWith('tok0 tok1'), 'streaming', {
      timeout: 5000,
    });
    await waitUntil(atBottom, 'pinned to the bottom while streaming');
    scroller.scrollTop = 0;
    scroller.dispatchEvent(new Event('scroll'));
    const grown = scroller.scrollHeight;
    await waitUntil(() => scroller.scrollHeight > grown + 40, 'more text arrived', {
      timeout: 5000,
    });
    expect(scroller.scrollTop).to.be.below(50, "the user's position is kept");
    chat.composer.sendButton.click(); // Stop
    await sending;
  });

  it('headingLevel: the greeting, title and history heading at the page’s level (2 by default)', async () => {
    const tags = (chat: ChatHarness) => [
      chat.root.querySelector('.greeting')!.tagName,
      chat.history()?.querySelector('.title')?.tagName,
    ];
    const plain = await ChatHarness.create();
    await plain.el.showHistory();
    await waitUntil(() => plain.history()?.querySelector('.title'), 'history heading');
    expect(tags(plain)).to.deep.equal(['H2', 'H2']);
    const four = await ChatHarness.create({ options: { headingLevel: 4 } });
    await four.el.showHistory();
    await waitUntil(() => four.history()?.querySelector('.title'), 'history heading');
    expect(tags(four)).to.deep.equal(['H4', 'H4']);
    const attr = await ChatHarness.create({ attributes: { 'heading-level': '1' } });
    expect(attr.root.querySelector('.greeting')!.tagName).to.equal('H1');
    const absurd = await ChatHarness.create({ attributes: { 'heading-level': '9' } });
    expect(absurd.root.querySelector('.greeting')!.tagName).to.equal('H2', 'out of range: 2');
    await four.send('title: Named');
    await four.waitForResponseEnd();
    await waitUntil(() => four.root.querySelector('header .title'), 'a titled header');
    expect(four.root.querySelector('header .title')!.tagName).to.equal('H4');
  });
});
