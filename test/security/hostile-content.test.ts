/**
 * A hostile server, tried as an attacker would: every payload of the corpus below is placed in
 * every server-controlled string the element shows (Markdown, widget text, labels, URLs, colours
 * and sizes, form names, entity titles, groups and previews, thread titles, notices, errors,
 * annotations, progress, workflow and task text, image URLs), rendered in a real browser, and the
 * tripwires must stay silent: no script runs, no navigation, no request leaves the page's origin,
 * `Object.prototype` is untouched, nothing is drawn outside the element's box, and the element
 * still works afterwards. (The sizes that used to freeze are tried by the pathological tests in
 * test/markdown and test/security; here long payloads are kept to a few thousand characters.)
 */
import { expect } from '@open-wc/testing';

import { waitUntil } from '../helpers/wait.js';
import { ChatHarness } from '../helpers/chat-harness.js';
import { sseBody } from '../helpers/sse.js';

declare global {
  interface Window {
    __pwned?: string[];
  }
}

/** Each payload tries something different; `PWN(n)` marks the script it would run. */
const PWN = (n: number) => `(window.__pwned=window.__pwned||[]).push('${n}')`;
export const PAYLOADS: readonly string[] = [
  `<script>${PWN(1)}</script>`,
  `<img src=x onerror="${PWN(2)}">`,
  `<svg onload="${PWN(3)}"></svg>`,
  `<iframe src="javascript:${PWN(4)}"></iframe>`,
  `<a href="javascript:${PWN(5)}">click</a>`,
  `[click](javascript:${PWN(6)})`,
  `[click](JaVaScRiPt:${PWN(7)})`,
  `[click](java\tscript:${PWN(8)})`,
  `[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`,
  `[click](vbscript:msgbox(1))`,
  `![x](javascript:${PWN(9)})`,
  `![x](https://evil.example/beacon.png)`,
  `![x](//evil.example/beacon.png)`,
  `![x](data:image/svg+xml,<svg onload="${PWN(10)}">)`,
  `<img src="https://evil.example/track.gif">`,
  `<style>*{display:none!important}</style>`,
  `<link rel=stylesheet href="https://evil.example/x.css">`,
  `<meta http-equiv="refresh" content="0;url=https://evil.example">`,
  `<base href="https://evil.example/">`,
  `<form action="https://evil.example"><input name=q></form>`,
  `<object data="https://evil.example/x.swf"></object>`,
  `<embed src="https://evil.example/x.swf">`,
  `<video src=x onerror="${PWN(11)}"></video>`,
  `<details open ontoggle="${PWN(12)}">`,
  `<body onload="${PWN(13)}">`,
  `"><script>${PWN(14)}</script>`,
  `'><img src=x onerror=${PWN(15)}>`,
  '`${alert(1)}`',
  '{{constructor.constructor("alert(1)")()}}',
  '${7*7}',
  `<template><script>${PWN(16)}</script></template>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${PWN(17)}">`,
  `<noscript><p title="</noscript><img src=x onerror=${PWN(18)}>">`,
  'red; position: fixed; inset: 0; z-index: 2147483647; background: red',
  '#000;background:url(https://evil.example/beacon)',
  'url(https://evil.example/beacon)',
  'var(--cw-color-accent); position: fixed',
  'expression(alert(1))',
  '</style><script>alert(1)</script>',
  '100vw',
  '99999px',
  '-99999px',
  'calc(100vh * 1000)',
  '1e308',
  'NaN',
  '__proto__',
  'constructor',
  'prototype',
  '__proto__.polluted',
  'constructor.prototype.polluted',
  'chatkit-link://evil?x=1',
  'mailto:victim@example.com?body=secret',
  'tel:+1-555-0100',
  'file:///etc/passwd',
  'http://127.0.0.1:1/internal',
  'https://evil.example/' + 'a'.repeat(500),
  '\u202Egnp.exe',
  '\u0000\u0001\u0007\u001b[31m',
  'A'.repeat(4000),
  '> '.repeat(200) + 'deep',
  '- '.repeat(200) + 'deep',
  '_a'.repeat(1000),
  '\uD800\uDFFF\uFFFE\uFEFF',
  '💥'.repeat(100),
  '<!--',
  ']]><![CDATA[',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#x3C;script&#x3E;',
];

const T = 'thr_hostile';
/**
 * The thread allows images from one host that no payload names, so any request at all made by
 * server data is a breach. (With no list, the default policy lets any http(s) host and relative
 * paths load: the official samples use `/image.png` in widgets. test/security/url-policy.test.ts
 * covers that policy.)
 */
const ALLOWED_IMAGE_DOMAINS = ['images.allowed.example'];
const AT = '2026-01-01T00:00:00Z';
let seq = 0;
const id = (kind: string) => `${kind}_${++seq}`;
const asNumber = (p: string) => (Number.isFinite(Number(p)) ? Number(p) : p);

/** A widget with the payload in every string prop, colour, size, URL and name. */
function hostileWidget(p: string): unknown {
  return {
    type: 'Card',
    size: p,
    padding: asNumber(p),
    background: p,
    status: { text: p, favicon: p },
    children: [
      { type: 'Title', value: p, color: p, size: p },
      { type: 'Text', value: p, color: p, size: p, weight: p, maxLines: asNumber(p) },
      { type: 'Markdown', value: p },
      { type: 'Caption', value: p, color: p },
      { type: 'Badge', label: p, color: p, variant: p },
      { type: 'Image', src: p, alt: p, size: asNumber(p), height: asNumber(p), radius: p },
      { type: 'Icon', name: p, color: p, size: p },
      {
        type: 'Box',
        background: p,
        border: { size: asNumber(p), color: p, style: p },
        radius: p,
        gap: asNumber(p),
        width: asNumber(p),
        height: asNumber(p),
        minWidth: asNumber(p),
        margin: asNumber(p),
        children: [{ type: 'Text', value: 'inside' }],
      },
      {
        type: 'Form',
        onSubmitAction: { type: p, payload: { [p]: p } },
        children: [
          { type: 'Input', name: p, placeholder: p, defaultValue: p },
          { type: 'Textarea', name: `${p}.x`, placeholder: p },
          { type: 'Select', name: p, options: [{ label: p, value: p }], placeholder: p },
          { type: 'Checkbox', name: p, label: p },
          { type: 'RadioGroup', name: p, options: [{ label: p, value: p }] },
          { type: 'DatePicker', name: p, placeholder: p, min: p, max: p },
          { type: 'Button', label: p, submit: true, color: p, style: p, iconStart: p },
        ],
      },
      {
        type: 'ListView',
        children: [{ type: 'ListViewItem', children: [{ type: 'Text', value: p }] }],
      },
      {
        type: 'Chart',
        data: [{ x: p, y: 1 }],
        series: [{ type: 'bar', dataKey: 'y', label: p, color: p }],
        xAxis: p,
        height: asNumber(p),
      },
      { type: p, value: p },
    ],
  };
}

/** The stream of one payload: every item and event kind that shows server text. */
function eventsFor(p: string): unknown[] {
  const msg = id('msg');
  return [
    { type: 'progress_update', text: p, icon: p },
    { type: 'notice', level: 'warning', title: p, message: p },
    {
      type: 'thread.item.done',
      item: {
        id: msg,
        thread_id: T,
        created_at: AT,
        type: 'assistant_message',
        content: [
          {
            type: 'output_text',
            text: `${p}\n\n**${p}** [${p}](${p}) ![${p}](${p})`,
            annotations: [
              {
                type: 'annotation',
                source: { type: 'url', url: p, title: p, description: p },
                index: 0,
              },
              { type: 'annotation', source: { type: 'file', filename: p, title: p }, index: 1 },
              {
                type: 'annotation',
                source: { type: 'entity', id: p, title: p, label: p, icon: p },
                index: 2,
              },
            ],
          },
        ],
      },
    },
    {
      type: 'thread.item.done',
      item: { id: id('w'), thread_id: T, created_at: AT, type: 'widget', widget: hostileWidget(p) },
    },
    {
      type: 'thread.item.done',
      item: {
        id: id('wf'),
        thread_id: T,
        created_at: AT,
        type: 'workflow',
        workflow: {
          type: 'custom',
          expanded: true,
          summary: { title: p, icon: p },
          tasks: [
            { type: 'custom', title: p, content: p, icon: p },
            { type: 'thought', title: p, content: p },
            { type: 'web_search', title: p, title_query: p, queries: [p], sources: [] },
            { type: 'file', title: p, sources: [{ type: 'file', filename: p, title: p }] },
          ],
        },
      },
    },
    {
      type: 'thread.item.done',
      item: {
        id: id('task'),
        thread_id: T,
        created_at: AT,
        type: 'task',
        task: { type: 'custom', title: p, content: p, icon: p },
      },
    },
    {
      type: 'thread.item.done',
      item: {
        id: id('img'),
        thread_id: T,
        created_at: AT,
        type: 'generated_image',
        image: { id: p, url: p },
      },
    },
  ];
}

/** A scripted server whose every answer, title and error is hostile. */
function hostileServer(payloads: readonly string[]): typeof fetch {
  return (_input, init) => {
    const body = JSON.parse(String(init?.body)) as { type: string };
    const json = (value: unknown) =>
      Promise.resolve(
        new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } }),
      );
    const title = payloads.join(' | ').slice(0, 5000);
    if (body.type === 'threads.list')
      return json({
        data: payloads.map((p, i) => ({ id: `thr_${i}`, title: p, created_at: AT })),
        has_more: false,
      });
    if (body.type === 'items.list') return json({ data: [], has_more: false });
    if (body.type === 'threads.get_by_id')
      return json({
        id: T,
        title,
        created_at: AT,
        allowed_image_domains: ALLOWED_IMAGE_DOMAINS,
        items: { data: [], has_more: false },
      });
    if (body.type === 'threads.custom_action' || body.type === 'threads.sync_custom_action')
      return Promise.resolve(
        new Response(sseBody([{ type: 'notice', level: 'info', message: payloads[0] }]), {
          headers: { 'content-type': 'text/event-stream' },
        }),
      );
    if (body.type.startsWith('threads.')) {
      const events = [
        {
          type: 'thread.created',
          thread: {
            id: T,
            title,
            created_at: AT,
            allowed_image_domains: ALLOWED_IMAGE_DOMAINS,
            items: { data: [], has_more: false },
          },
        },
        ...payloads.flatMap(eventsFor),
        {
          type: 'thread.updated',
          thread: {
            id: T,
            title: payloads.at(-1),
            created_at: AT,
            allowed_image_domains: ALLOWED_IMAGE_DOMAINS,
          },
        },
        { type: 'error', code: 'custom', message: payloads[1], allow_retry: true },
      ];
      return Promise.resolve(
        new Response(sseBody(events), { headers: { 'content-type': 'text/event-stream' } }),
      );
    }
    return json({});
  };
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
