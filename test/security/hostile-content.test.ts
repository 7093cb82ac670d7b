/**
 * A hostile server, tried as an attacker would: every payload of the corpus (hostile-payloads.ts)
 * is placed by the server (hostile-server.ts) in every server-controlled string the element shows
 * (Markdown, widget text, labels, URLs, colours and sizes, form names, entity titles, groups and
 * previews, thread titles, notices, errors, annotations, progress, workflow and task text, image
 * URLs), rendered in a real browser, and the tripwires must stay silent: no script runs, no
 * navigation, no request leaves the page's origin, `Object.prototype` is untouched, nothing is
 * drawn outside the element's box, and the element still works afterwards. (The sizes that used to
 * freeze are tried by the pathological tests in test/markdown and test/security; here long payloads
 * are kept to a few thousand characters.)
 */
import { expect } from '@open-wc/testing';

import { waitUntil } from '../helpers/wait.js';
import { ChatHarness } from '../helpers/chat-harness.js';
import { PAYLOADS } from './hostile-payloads.js';
import { hostileServer, hostileWidget } from './hostile-server.js';

declare global {
  interface Window {
    __pwned?: string[];
  }
}

/**
 * Points inside the chat but outside each widget: no widget may draw there (a widget covering the
 * chat with a fake screen is the attack).
 */
function widgetsDrawnOutside(root: ShadowRoot, chat: HTMLElement): string[] {
  const area = chat.getBoundingClientRect();
  const hits: string[] = [];
  for (const widget of root.querySelectorAll('cw-widget')) {
    const box = widget.getBoundingClientRect();
    for (let x = area.left + 4; x < area.right; x += area.width / 5)
      for (let y = area.top + 4; y < area.bottom; y += area.height / 5) {
        if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) continue;
        if (root.elementsFromPoint(x, y).includes(widget))
          hits.push(`${widget.id || 'widget'} at ${x},${y}`);
      }
  }
  return hits;
}

/** Points around the element, outside its box: nothing of ours may be drawn there. */
function drawnOutside(el: HTMLElement): string[] {
  const box = el.getBoundingClientRect();
  const hits: string[] = [];
  const { innerWidth: w, innerHeight: h } = window;
  for (let x = 2; x < w; x += Math.max(8, w / 24))
    for (let y = 2; y < h; y += Math.max(8, h / 24)) {
      const inside = x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
      if (inside) continue;
      if (document.elementsFromPoint(x, y).includes(el)) hits.push(`${x},${y}`);
    }
  return hits;
}

describe('hostile server content', () => {
  it(`holds against ${PAYLOADS.length} payloads in every server-controlled string`, async function () {
    this.timeout(120_000);
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const href = location.href;
    // The page's resource-timing buffer holds 250 entries by default, and loading the test's
    // modules fills it: without room, no request made by server data would ever be seen.
    performance.setResourceTimingBufferSize(100_000);
    performance.clearResourceTimings();
    const resourcesBefore = performance.getEntriesByType('resource').length;
    const violations: string[] = [];
    const onViolation = (e: SecurityPolicyViolationEvent) =>
      violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    document.addEventListener('securitypolicyviolation', onViolation);
    const opened: unknown[] = [];
    const open = window.open;
    window.open = (...args: unknown[]) => (opened.push(args), null);

    // The hostile sizes (each clamped, but many of them) make the thread very tall, and a long
    // thread sets items far from its view aside (windowing): a view taller than the whole thread
    // keeps every hostile widget rendered, to be pressed below.
    const host = document.createElement('div');
    host.style.cssText = 'position:absolute;left:200px;top:150px;width:420px;height:4000000px;';
    document.body.append(host);
    try {
      const chat = await ChatHarness.create({
        container: host,
        style: 'display:block;width:420px;height:4000000px',
        transport: () => hostileServer(PAYLOADS),
        options: {
          history: { enabled: true },
          entities: {
            onTagSearch: () =>
              Promise.resolve(
                PAYLOADS.map((p, i) => ({ id: `e${i}`, title: p, group: p, icon: p })),
              ),
            onRequestPreview: () =>
              Promise.resolve({ preview: hostileWidget(PAYLOADS[0]!) as never }),
          },
          composer: { placeholder: PAYLOADS[1] },
          disclaimer: { text: PAYLOADS[5]! },
        },
      });
      await chat.el.sendUserMessage({ text: 'show me everything' });
      await chat.waitForIdle(30_000);
      // Every widget is in the thread: rendered, or (a long thread: windowing) rendered and then
      // set aside as a placeholder of its height.
      await waitUntil(
        () =>
          chat.root.querySelectorAll('cw-widget').length +
            chat.root.querySelectorAll('.thread > .item.windowed').length >=
          PAYLOADS.length,
        'every widget shown',
        // WebKit on a machine running three test steps at once has needed more than 30 s.
        { timeout: 90_000 },
      );
      expect(chat.root.querySelectorAll('.lazy-fallback')).to.have.length(0);
      // The entity menu and the history panel, with hostile titles.
      await chat.composer.type('@');
      await waitUntil(() => chat.composer.mentionOptions.length > 0, 'the mention menu opens', {
        timeout: 5000,
      });
      await chat.composer.press('Escape');
      await chat.el.showHistory();
      await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => setTimeout(r, 200));

      // Press every button of every hostile widget: actions go to the (hostile) server.
      for (const widget of chat.root.querySelectorAll('cw-widget'))
        for (const button of widget.shadowRoot!.querySelectorAll<HTMLButtonElement>('button'))
          button.click();
      await new Promise((r) => setTimeout(r, 200));
      // A pressed Select opened its list, drawn above the page on purpose (the top layer, beside
      // its trigger): a press elsewhere closes it before the checks of what is drawn where.
      document.body.dispatchEvent(
        new PointerEvent('pointerdown', { bubbles: true, composed: true }),
      );
      await new Promise((r) => requestAnimationFrame(r));

      expect(window.__pwned ?? [], 'no payload ran').to.deep.equal([]);
      expect(location.href).to.equal(href, 'no navigation');
      expect(opened, 'no window opened').to.deep.equal([]);
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(before);
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
      // The server lives in the page (api.fetch): any network request at all was made by server
      // data (an image, a stylesheet, a beacon), to another host or to this page's own paths.
      const requested = performance
        .getEntriesByType('resource')
        .slice(resourcesBefore)
        .map((r) => r.name)
        // The test runner's own traffic, and our own lazy chunks (the Markdown lexer, icon data)
        // loading from the source tree.
        .filter((name) => !/\/__w(ds|eb-dev-server)|\/(src|node_modules)\//.test(name));
      expect(requested.slice(0, 10), 'no request made by server data').to.deep.equal([]);
      expect(drawnOutside(chat.el), 'nothing drawn outside the element').to.deep.equal([]);
      expect(
        widgetsDrawnOutside(chat.root, chat.el).slice(0, 5),
        'no widget drawn outside its own box',
      ).to.deep.equal([]);
      const anchors = [
        ...chat.root.querySelectorAll('a'),
        ...[...chat.root.querySelectorAll('cw-widget, cw-markdown')].flatMap((w) => [
          ...(w.shadowRoot?.querySelectorAll('a') ?? []),
        ]),
      ];
      for (const a of anchors)
        expect(a.getAttribute('href') ?? '').to.not.match(/^\s*(javascript|data|vbscript|file):/i);
      console.log(
        `  ${PAYLOADS.length} payloads, ${chat.root.querySelectorAll('cw-widget').length} widgets, ${anchors.length} links, ${violations.length} CSP reports`,
      );

      // Still usable: the user's next message goes through.
      chat.el.hideHistory();
      expect(chat.root.querySelector('cw-composer')).to.not.equal(null);
    } finally {
      window.open = open;
      document.removeEventListener('securitypolicyviolation', onViolation);
      host.remove();
      delete window.__pwned;
    }
  });
});
