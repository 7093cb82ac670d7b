/** The one URL policy (src/util/url-policy.ts): images and links from untrusted data. */
import { expect } from '@open-wc/testing';

import { imageUrlAllowed, normalizeHost, safeLinkHref } from '../../src/util/url-policy.js';

const HOSTILE_URLS = [
  'javascript:alert(1)',
  ' JaVa\tScRiPt:alert(1)',
  'java\u0000script:alert(1)',
  'java\u200bscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'data:image/png;base64,iVBORw0KGgo=',
  'vbscript:msgbox(1)',
  'blob:https://evil.example/1234',
  'file:///etc/passwd',
  'ftp://evil.example/x.png',
  'https://user:pass@cdn.example/x.png',
  '//evil.example/x.png',
  '',
  '   ',
  'https://',
  'http://[bad',
];

describe('url policy: images', () => {
  it('refuses every non-http(s) or malformed address, whatever the allow-list', () => {
    for (const src of HOSTILE_URLS)
      for (const hosts of [null, undefined, ['cdn.example', 'evil.example']])
        expect(
          imageUrlAllowed(src, hosts),
          `${JSON.stringify(src)} with ${String(hosts)}`,
        ).to.equal(false);
    for (const src of [null, undefined, 42, {}, ['https://cdn.example/x.png']])
      expect(imageUrlAllowed(src, null)).to.equal(false);
  });

  it('allows http(s) from any host when there is no list, and only listed hosts when there is', () => {
    expect(imageUrlAllowed('https://i.imgur.com/a.png', null)).to.equal(true);
    expect(imageUrlAllowed('http://localhost:3000/a.png', undefined)).to.equal(true);
    const hosts = ['imgur.com', 'CDN.Example.'];
    expect(imageUrlAllowed('https://i.imgur.com/a.png', hosts)).to.equal(true);
    expect(imageUrlAllowed('https://imgur.com/a.png', hosts)).to.equal(true);
    expect(imageUrlAllowed('https://cdn.example/a.png', hosts)).to.equal(true);
    expect(imageUrlAllowed('https://evilimgur.com/a.png', hosts)).to.equal(false);
    expect(imageUrlAllowed('https://imgur.com.evil.example/a.png', hosts)).to.equal(false);
    expect(imageUrlAllowed('https://evil.example/?imgur.com', hosts)).to.equal(false);
    expect(imageUrlAllowed('https://evil.example#.imgur.com', hosts)).to.equal(false);
    expect(imageUrlAllowed('https://i.imgur.com/a.png', [])).to.equal(false);
    expect(imageUrlAllowed('https://i.imgur.com/a.png', 'imgur.com' as never)).to.equal(false);
    expect(
      imageUrlAllowed('https://a.example/x', [42, null, 'https://a.example/'] as never),
    ).to.equal(true);
  });

  it('resolves relative addresses only against a given base, then applies the same rule', () => {
    expect(imageUrlAllowed('/pam.png', null)).to.equal(false);
    expect(imageUrlAllowed('/pam.png', null, { base: 'https://app.example/chat' })).to.equal(true);
    expect(imageUrlAllowed('/pam.png', ['cdn.example'], { base: 'https://app.example/' })).to.equal(
      false,
    );
    expect(
      imageUrlAllowed('//evil.example/x', ['app.example'], { base: 'https://app.example/' }),
    ).to.equal(false);
  });

  it("passes blob: only for the element's own previews", () => {
    expect(imageUrlAllowed('blob:https://app.example/1', null)).to.equal(false);
    expect(imageUrlAllowed('blob:https://app.example/1', null, { ownBlob: true })).to.equal(true);
  });

  it('normalises allow-list entries', () => {
    expect(normalizeHost(' *.Example.COM. ')).to.equal('example.com');
    expect(normalizeHost('https://cdn.example:8443/path')).to.equal('cdn.example');
    expect(normalizeHost('bad host')).to.equal(null);
    expect(normalizeHost('')).to.equal(null);
  });
});

describe('url policy: links', () => {
  it('keeps safe links and refuses the rest', () => {
    for (const href of HOSTILE_URLS.filter((h) => !/^(https?:|\/\/)/.test(h.trim()) && h.trim()))
      expect(safeLinkHref(href), JSON.stringify(href)).to.equal(null);
    expect(safeLinkHref('https://ok.example/')).to.equal('https://ok.example/');
    expect(safeLinkHref('mailto:a@b.example')).to.equal('mailto:a@b.example');
    expect(safeLinkHref('/relative')).to.equal('/relative');
    expect(safeLinkHref('#top')).to.equal('#top');
    expect(safeLinkHref('chatkit-link://orders?id=1')).to.equal('chatkit-link://orders?id=1');
    expect(safeLinkHref(null)).to.equal(null);
    expect(safeLinkHref({ toString: () => 'https://x' })).to.equal(null);
  });
});
