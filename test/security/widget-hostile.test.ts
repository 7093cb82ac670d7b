/**
 * Widgets rendered with hostile values: the inline styles hold only the intended declarations
 * (written through the CSSOM, never as attribute text), and every image surface (Image,
 * status.favicon, images in widget Markdown) follows the one URL policy with the host's allowed
 * image hosts, refused images showing a visible placeholder.
 */
import { expect, fixture, html } from '@open-wc/testing';

// Every element at once (as the classic build): these tests render standalone <cw-widget>s.
import '../../src/define-all.js';
import type { WidgetHost } from '../../src/widgets/widget-host.js';
import type { CwWidget } from '../../src/widgets/widget-view.js';
import { auditWidget } from '../helpers/widget-audit.js';
import { settle } from '../helpers/widgets.js';

const EVIL = 'red;position:fixed;inset:0;z-index:2147483647;background:url(//evil.example/x)';

async function render(widget: unknown, host?: WidgetHost): Promise<CwWidget> {
  const el = await fixture<CwWidget>(html`<cw-widget .widget=${widget} .host=${host}></cw-widget>`);
  await settle(el);
  return el;
}

/** The inline declarations of an element, as `name: value` (longhands as the browser lists them). */
const declarations = (el: Element) => {
  const style = (el as HTMLElement).style;
  return Array.from({ length: style.length }, (_, i) => style.item(i));
};

describe('hostile widget values', () => {
  it('a Text colour cannot add declarations (the "session expired" overlay)', async () => {
    const el = await render({
      type: 'Card',
      children: [
        { type: 'Text', value: 'Session expired', color: EVIL, textAlign: 'center' },
        { type: 'Title', value: 'x', color: 'blue;position:fixed' },
      ],
    });
    const text = el.shadowRoot!.querySelector('.text')!;
    expect(declarations(text)).to.deep.equal(['text-align']);
    expect(getComputedStyle(text).position).to.equal('static');
    for (const node of el.shadowRoot!.querySelectorAll('*'))
      expect(getComputedStyle(node).position, node.tagName).to.not.equal('fixed');
    expect(auditWidget(el)).to.deep.equal([]);
  });

  it('boxes, cards, images, dividers, spacers and cells write parsed values only', async () => {
    const hostile = {
      gap: EVIL,
      padding: { top: EVIL, x: '4px;color:red' },
      margin: EVIL,
      background: 'url(https://evil.example/bg.png)',
      border: { size: 1, color: EVIL, style: 'solid;x:y' },
      radius: '8px;background:url(//evil)',
      width: 'expression(alert(1))',
      height: 'var(--evil)',
      minWidth: '10px}',
      aspectRatio: '1;x:y',
      flex: '1;position:fixed',
      align: EVIL,
      justify: '__proto__',
      wrap: 'wrap;x:y',
    };
    const el = await render({
      type: 'Card',
      background: 'url(//evil.example/card.png)',
      border: { top: { size: 1, color: 'red;x:y' } },
      padding: EVIL,
      children: [
        { type: 'Box', ...hostile, children: [{ type: 'Text', value: 'in a box' }] },
        { type: 'Row', ...hostile, children: [] },
        { type: 'Col', ...hostile, children: [] },
        { type: 'Divider', color: EVIL, size: '1px;x:y', spacing: EVIL },
        { type: 'Spacer', minSize: EVIL },
        { type: 'Icon', name: 'star', color: EVIL },
        { type: 'Image', src: 'https://ok.example/a.png', alt: 'a', ...hostile },
        {
          type: 'Table',
          children: [
            {
              type: 'Table.Row',
              children: [{ type: 'Table.Cell', width: EVIL, padding: { top: EVIL } }],
            },
          ],
        },
        {
          type: 'Chart',
          xAxis: 'x',
          data: [{ x: 'a', v: 1 }],
          series: [{ type: 'bar', dataKey: 'v', color: 'url(//evil.example/paint)' }],
        },
      ],
    });
    expect(auditWidget(el)).to.deep.equal([]);
    const box = el.shadowRoot!.querySelector('.box')!;
    // The box's only inline declaration is the padding's left and right that were valid? No: all
    // were hostile, so none remain but the border (a valid size with the default colour).
    expect(declarations(box).every((d) => d.startsWith('border'))).to.equal(true);
    expect(getComputedStyle(box).borderTopWidth).to.equal('1px');
    expect(el.shadowRoot!.innerHTML).to.not.contain('evil.example');
  });

  it('no style attribute is ever written as text (only CSSOM declarations)', async () => {
    const seen: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records)
        if (r.attributeName === 'style' && r.target instanceof Element)
          seen.push((r.target as Element).getAttribute('style') ?? '');
    });
    const el = document.createElement('cw-widget');
    el.widget = {
      type: 'Card',
      children: [{ type: 'Text', value: 'x', color: EVIL, width: 100 }],
    };
    document.body.append(el);
    observer.observe(el.shadowRoot!, { attributes: true, subtree: true });
    await settle(el);
    el.widget = { type: 'Card', children: [{ type: 'Text', value: 'x', color: 'danger' }] };
    await settle(el);
    observer.disconnect();
    // CSSOM writes do show up as style attribute mutations, but only with parsed declarations.
    for (const text of seen)
      expect(text).to.not.match(/url\(|position|z-index|;\s*[a-z-]+:\s*[^;]*evil/);
    const t = el.shadowRoot!.querySelector('.text') as HTMLElement;
    expect(declarations(t)).to.deep.equal(['color']);
    el.remove();
  });
});

describe('one URL policy for widget images', () => {
  const host = (allowedImageHosts: readonly string[] | null): WidgetHost => ({
    dispatchAction: () => Promise.resolve(),
    allowedImageHosts,
  });

  it('refuses javascript: and data: sources even with no allow-list, visibly', async () => {
    const el = await render({
      type: 'Card',
      status: { text: 'Status', favicon: 'javascript:alert(1)' },
      children: [
        { type: 'Image', src: 'javascript:alert(1)', alt: 'JS image' },
        { type: 'Image', src: 'data:text/html,<script>alert(1)</script>', alt: '' },
        { type: 'Image', src: 'data:image/svg+xml,<svg onload=alert(1)>' },
      ],
    });
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('img').length).to.equal(0);
    const refused = [...root.querySelectorAll('.image.refused')];
    expect(refused.map((r) => r.textContent!.trim())).to.deep.equal([
      'JS image',
      'Image not shown',
      'Image not shown',
    ]);
    for (const r of refused) {
      const box = r.getBoundingClientRect();
      expect(box.width * box.height, 'a visible box').to.be.above(0);
    }
    expect(root.querySelector('.favicon.refused')).to.exist;
    expect(auditWidget(el)).to.deep.equal([]);
  });

  it("honours the host's allowedImageHosts for Image, status.favicon and Markdown images", async () => {
    const el = await render(
      {
        type: 'Card',
        status: { text: 'Status', favicon: 'https://evil.example/f.png' },
        children: [
          { type: 'Image', src: 'https://cdn.allowed.example/a.png', alt: 'ok' },
          { type: 'Image', src: 'https://evil.example/b.png', alt: 'tracker' },
          {
            type: 'Markdown',
            value:
              '![fine](https://img.allowed.example/c.png) ![pixel](https://evil.example/d.png)',
          },
        ],
      },
      host(['allowed.example']),
    );
    const root = el.shadowRoot!;
    expect([...root.querySelectorAll('img')].map((i) => i.getAttribute('src'))).to.deep.equal([
      'https://cdn.allowed.example/a.png',
    ]);
    expect(root.querySelector('.image.refused')!.textContent!.trim()).to.equal('tracker');
    expect(root.querySelector('.favicon.refused')).to.exist;
    const md = root.querySelector('cw-markdown')!;
    await (md as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(
      [...md.shadowRoot!.querySelectorAll('img')].map((i) => i.getAttribute('src')),
    ).to.deep.equal(['https://img.allowed.example/c.png']);
    expect(md.shadowRoot!.querySelector('.image-blocked')!.textContent).to.equal('pixel');
    expect(auditWidget(el, ['allowed.example'])).to.deep.equal([]);
  });

  it('an empty allow-list refuses every image; a standalone widget allows any http(s) host', async () => {
    const widget = {
      type: 'Card',
      children: [{ type: 'Image', src: 'https://any.example/a.png', alt: 'a' }],
    };
    const none = await render(widget, host([]));
    expect(none.shadowRoot!.querySelectorAll('img').length).to.equal(0);
    const standalone = await render(widget);
    expect(standalone.shadowRoot!.querySelectorAll('img').length).to.equal(1);
    // A function is read at each render (a host made once follows the current thread).
    let current: readonly string[] | null = ['other.example'];
    const live = await render(widget, {
      dispatchAction: () => Promise.resolve(),
      allowedImageHosts: () => current,
    });
    expect(live.shadowRoot!.querySelectorAll('img').length).to.equal(0);
    current = ['any.example'];
    live.requestUpdate();
    await live.updateComplete;
    expect(live.shadowRoot!.querySelectorAll('img').length).to.equal(1);
  });
});
