/** The element's stateless helpers: image hosts, deep links, theme properties, entity search. */
import { expect } from '@open-wc/testing';

import { entitySearchFrom, tagEntity } from '../../src/element/entities.js';
import {
  applyTheme,
  isImageAllowed,
  parseDeeplink,
  themeProperties,
} from '../../src/element/host-helpers.js';

describe('isImageAllowed', () => {
  it('allows any http(s) image when the thread lists no domains', () => {
    expect(isImageAllowed('https://cdn.example.com/a.png', null)).to.equal(true);
    expect(isImageAllowed('/local.png', undefined)).to.equal(true);
  });

  it('allows listed hosts and their subdomains, nothing that only ends like them', () => {
    const allowed = ['example.com'];
    expect(isImageAllowed('https://example.com/a.png', allowed)).to.equal(true);
    expect(isImageAllowed('https://img.example.com/a.png', allowed)).to.equal(true);
    expect(isImageAllowed('https://badexample.com/a.png', allowed)).to.equal(false);
    expect(isImageAllowed('https://example.com.evil.net/a.png', allowed)).to.equal(false);
  });

  it('inlined raster images and the element’s own previews; never other schemes', () => {
    expect(isImageAllowed(`${location.origin}/a.png`, [])).to.equal(false, 'the list rules');
    expect(isImageAllowed(`${location.origin}/a.png`, null)).to.equal(true);
    expect(isImageAllowed('data:image/png;base64,AAAA', [])).to.equal(true);
    expect(isImageAllowed('data:image/svg+xml,<svg onload=alert(1)>', null)).to.equal(false);
    expect(isImageAllowed('blob:https://x/1', [], { ownBlob: true })).to.equal(true);
    expect(isImageAllowed('blob:https://x/1', null)).to.equal(false, 'a server blob URL');
    expect(isImageAllowed('javascript:alert(1)', null)).to.equal(false);
    expect(isImageAllowed('data:text/html,<b>x</b>', null)).to.equal(false);
    expect(isImageAllowed('http://[bad', null)).to.equal(false);
  });
});

describe('parseDeeplink', () => {
  it('reads the name and the query as data', () => {
    expect(parseDeeplink('chatkit-link://open-order?id=42&tab=items')).to.deep.equal({
      name: 'open-order',
      data: { id: '42', tab: 'items' },
    });
    expect(parseDeeplink('chatkit-link:help')).to.deep.equal({ name: 'help', data: {} });
  });

  it('gives null for a malformed link', () => {
    expect(parseDeeplink('not a url')).to.equal(null);
  });
});

describe('themeProperties', () => {
  it('maps ChatKit theme options to custom properties', () => {
    const props = themeProperties({
      radius: 'pill',
      density: 'compact',
      color: { accent: { primary: '#ff0066' } },
      typography: { baseSize: 16, fontFamily: 'Inter' },
    } as never);
    expect(props['--cw-color-accent']).to.equal('#ff0066');
    expect(props['--cw-radius-l']).to.equal('24px');
    expect(props['--cw-space-l']).to.equal('12px');
    expect(props['--cw-font-size']).to.equal('16px');
    expect(props['--cw-font-body']).to.equal('Inter');
    expect(props['--cw-color-surface']).to.equal(null);
  });

  it('removes what a later theme no longer sets', () => {
    const el = document.createElement('div');
    applyTheme(el, { color: { accent: { primary: 'red' } } } as never);
    expect(el.style.getPropertyValue('--cw-color-accent')).to.equal('red');
    applyTheme(el, null);
    expect(el.style.getPropertyValue('--cw-color-accent')).to.equal('');
  });
});

describe('entitySearchFrom', () => {
  it('is null when nothing configures a search', () => {
    expect(entitySearchFrom({})).to.equal(null);
    expect(entitySearchFrom({ globalName: 'no.such.fn' })).to.equal(null);
  });

  it('prefers the options, then a global function, then the URL', async () => {
    const win = window as unknown as Record<string, unknown>;
    win['cwTestSearch'] = (q: string) => [{ id: 'g', title: `global ${q}` }];
    try {
      const fromOptions = entitySearchFrom({
        onTagSearch: (q) => Promise.resolve([{ id: 'o', title: `options ${q}` }]),
        globalName: 'cwTestSearch',
        url: '/nowhere',
      })!;
      expect((await fromOptions('a', new AbortController().signal))[0]!.id).to.equal('o');
      const fromGlobal = entitySearchFrom({ globalName: 'cwTestSearch', url: '/nowhere' })!;
      expect((await fromGlobal('b', new AbortController().signal))[0]!.title).to.equal('global b');
    } finally {
      delete win['cwTestSearch'];
    }
  });

  it('fills {query} in the URL (encoded), or adds ?q=, and checks the status', async () => {
    const asked: string[] = [];
    const fakeFetch = (url: string | URL | Request) => {
      asked.push(String(url));
      return Promise.resolve(
        String(url).includes('fail')
          ? new Response('nope', { status: 500 })
          : Response.json([{ id: '1', title: 'One' }]),
      );
    };
    const signal = new AbortController().signal;
    const templated = entitySearchFrom({
      url: '/s/{query}?x=1',
      fetch: fakeFetch as typeof fetch,
    })!;
    expect(await templated('a b&c', signal)).to.deep.equal([{ id: '1', title: 'One' }]);
    const plain = entitySearchFrom({ url: '/s?lang=en', fetch: fakeFetch as typeof fetch })!;
    await plain('zoë', signal);
    expect(asked).to.deep.equal(['/s/a%20b%26c?x=1', '/s?lang=en&q=zo%C3%AB']);
    const failing = entitySearchFrom({ url: '/fail', fetch: fakeFetch as typeof fetch })!;
    let message = '';
    await failing('x', signal).catch((e: Error) => (message = e.message));
    expect(message).to.equal('Entity search answered 500');
  });
});

describe('tagEntity', () => {
  it('turns a sent tag into the entity handed to onClick and previews', () => {
    expect(
      tagEntity({
        type: 'input_tag',
        id: 'p1',
        text: 'Ada',
        data: { role: 'eng' },
        group: 'People',
        interactive: true,
      }),
    ).to.deep.equal({
      id: 'p1',
      title: 'Ada',
      interactive: true,
      group: 'People',
      data: { role: 'eng' },
    });
  });
});
