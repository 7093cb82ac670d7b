/** Configuration by attributes only (what a CMS can write), theming and auto-scroll. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

import '../../src/define.js';
import type { ChatWidgets } from '../../src/element/chat-widgets.js';
import { unknownOptionKeys } from '../../src/element/options.js';
import { messages, root, serverUrl, placeholder } from '../helpers/element.js';

describe('<chat-widgets> configuration', () => {
  let url: string;
  before(async () => {
    url = await serverUrl();
  });

  it('is fully usable from attributes: endpoint, greeting, placeholder, theme, switches', async () => {
    const el = await fixture<ChatWidgets>(
      html`<chat-widgets
        api-url=${url}
        greeting="Welcome!"
        placeholder="Ask me"
        theme="dark"
        no-history
        locale="fr-FR"
      ></chat-widgets>`,
    );
    expect(root(el).querySelector('.greeting')!.textContent).to.equal('Welcome!');
    expect(placeholder(el)).to.equal('Ask me');
    expect(el.getAttribute('resolved-theme')).to.equal('dark');
    expect(getComputedStyle(el).getPropertyValue('--cw-color-surface').trim()).to.equal('#212121');
    expect(root(el).querySelector('.history-button')).to.equal(null);
    el.setAttribute('no-header', '');
    await el.updateComplete;
    expect(root(el).querySelector('header')).to.equal(null);
  });

  it('sends the locale as Accept-Language and uses a custom fetch with extra headers', async () => {
    const seen: Headers[] = [];
    const el = await fixture<ChatWidgets>(html`<chat-widgets></chat-widgets>`);
    el.setOptions({
      api: {
        url,
        fetch: (input, init) => {
          const headers = new Headers(init?.headers);
          headers.set('Authorization', 'Bearer demo');
          seen.push(headers);
          return fetch(input, { ...init, headers });
        },
      },
      locale: 'de-DE',
    });
    await el.sendUserMessage({ text: 'hi' });
    expect(seen).to.have.length(1);
    expect(seen[0]!.get('accept-language')).to.equal('de-DE');
    expect(seen[0]!.get('authorization')).to.equal('Bearer demo');
    expect(messages(el)).to.deep.equal(['hi', 'echo hi']);
  });

  it('theme="auto" follows the system colour scheme', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets theme="auto"></chat-widgets>`);
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    expect(el.getAttribute('resolved-theme')).to.equal(dark ? 'dark' : 'light');
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

  it('follows a streaming answer to the bottom and stops when the user scrolls up', async () => {
    const el = await fixture<ChatWidgets>(
      html`<chat-widgets api-url=${url} style="height: 360px"></chat-widgets>`,
    );
    const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
    const atBottom = () => scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 4;
    for (let i = 0; i < 4; i++) await el.sendUserMessage({ text: `filler ${i} `.repeat(30) });
    expect(scroller.scrollHeight).to.be.above(scroller.clientHeight + 200, 'content overflows');
    const sending = el.sendUserMessage({ text: 'slow: long' });
    await waitUntil(() => messages(el).at(-1)!.startsWith('tok0 tok1'), 'streaming', {
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
    el['controller'].session!.cancel();
    await sending;
  });
});
