/**
 * The icon set in a browser: every documented ChatKit icon name (widget, prompt and tool, header)
 * draws a real glyph, `lucide:<name>` draws any Lucide icon from its own lazy chunk (loaded only
 * for a well-formed name outside the bundled set), unknown and malformed names are a placeholder
 * and a `cw-log` entry, and the header's host actions draw every header icon under a name in words.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';

import { renderIcon, iconsPending } from '../../src/widgets/icons.js';
import { headerActionName } from '../../src/icons/header-icon-names.js';
import type { CwLogEventDetail } from '../../src/events/log.js';
import { renderWidget, settle, shadow } from '../helpers/widgets.js';
import type { CwWidget } from '../../src/widgets/widget-view.js';
import { ChatHarness } from '../helpers/chat-harness.js';
import { HEADER_ICON_NAMES, WIDGET_ICON_NAMES } from '../fixtures/documented-icons.js';

/** Whether an icon SVG shows a glyph rather than the placeholder dot. */
function drawsGlyph(svg: Element): boolean {
  const shapes = [...svg.children];
  return (
    svg.getAttribute('data-known') === 'true' &&
    shapes.length > 0 &&
    !shapes.some((s) => s.getAttribute('opacity') === '0.35') &&
    (svg as SVGGraphicsElement).getBBox().width > 0
  );
}

// This page loads hundreds of source modules: with the default resource timing buffer (250
// entries, full before the tests start) Firefox would record no later request.
performance.setResourceTimingBufferSize(10_000);

/** Lucide's full chunk has been requested by this page. */
const lucideRequested = () =>
  performance.getEntriesByType('resource').some((e) => /lucide-data/.test(e.name));

describe('Icons', () => {
  it('a malformed lucide: name is a placeholder, logged, and never loads the Lucide chunk', async () => {
    const hostile = [
      'lucide:https://evil.example/x.svg',
      'lucide:red;background:url(x)',
      'lucide:../icon-data',
      'lucide:Calendar',
      `lucide:${'a'.repeat(65)}`,
      'lucide:',
    ];
    const el = await renderWidget({
      type: 'Row',
      children: [
        ...hostile.map((name) => ({ type: 'Icon', name })),
        { type: 'Icon', name: 'lucide:calendar' },
      ],
    });
    for (const name of hostile) {
      const svg = shadow(el).querySelector(`svg[data-icon="${CSS.escape(name)}"]`)!;
      expect(svg.getAttribute('data-known'), name).to.equal('false');
    }
    // The bundled glyph of lucide:calendar needs no second chunk.
    expect(drawsGlyph(shadow(el).querySelector('svg[data-icon="lucide:calendar"]')!)).to.equal(
      true,
    );
    expect(lucideRequested()).to.equal(false);
  });

  it('every documented widget, prompt and tool icon name draws a glyph', async () => {
    const el = await renderWidget({
      type: 'Col',
      children: WIDGET_ICON_NAMES.map((name) => ({ type: 'Icon', name })),
    });
    for (const name of WIDGET_ICON_NAMES) {
      expect(drawsGlyph(shadow(el).querySelector(`svg[data-icon="${name}"]`)!), name).to.equal(
        true,
      );
    }
  });

  it('every documented header icon name draws a glyph among the header icons', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const draw = () =>
      render(
        HEADER_ICON_NAMES.map((name) => renderIcon(name, 18, 'icon', { set: 'header' })),
        host,
      );
    draw();
    await iconsPending();
    draw();
    for (const name of HEADER_ICON_NAMES) {
      expect(drawsGlyph(host.querySelector(`svg[data-icon="${name}"]`)!), name).to.equal(true);
    }
    // Header names are not widget names: a widget `home` is unknown.
    render(renderIcon('home', 18), host);
    expect(host.querySelector('svg')!.getAttribute('data-known')).to.equal('false');
  });

  it('lucide:<name> draws any Lucide icon (and its aliases) from the lazy chunk; an unknown one is logged', async () => {
    const el = await renderWidget({
      type: 'Row',
      children: [
        'lucide:trash',
        'lucide:trash-2',
        'lucide:chart-scatter',
        'lucide:no-such-icon',
      ].map((name) => ({ type: 'Icon', name })),
    });
    expect(lucideRequested()).to.equal(true);
    for (const name of ['lucide:trash', 'lucide:trash-2', 'lucide:chart-scatter']) {
      expect(drawsGlyph(shadow(el).querySelector(`svg[data-icon="${name}"]`)!), name).to.equal(
        true,
      );
    }
    // chart-scatter has filled circles: they keep their fill.
    const filled = shadow(el).querySelectorAll(
      'svg[data-icon="lucide:chart-scatter"] circle[fill="currentColor"]',
    );
    expect(filled.length).to.be.above(0);
    const unknown = shadow(el).querySelector('svg[data-icon="lucide:no-such-icon"]')!;
    expect(unknown.getAttribute('data-known')).to.equal('false');
    // A fresh widget with an unknown name reports it through cw-log (after the data arrives).
    const seen: CwLogEventDetail[] = [];
    const other = await fixture<CwWidget>(
      html`<cw-widget
        @cw-log=${(e: CustomEvent<CwLogEventDetail>) => seen.push(e.detail)}
        .widget=${{ type: 'Icon', name: 'lucide:no-such-icon-2' }}
      ></cw-widget>`,
    );
    await settle(other);
    expect(seen).to.deep.include({
      name: 'widget.unknown_icon',
      data: { name: 'lucide:no-such-icon-2' },
    });
  });

  it('header actions draw their header icons, named in words rather than icon ids', async () => {
    for (const name of HEADER_ICON_NAMES) {
      const label = headerActionName(name);
      expect(label, name).to.not.equal(name);
      expect(label, name).to.match(/^[A-Z][a-z]+( [a-z]+)*$/);
    }
    const chat = await ChatHarness.create({
      options: {
        api: { domainKey: 'ignored' },
        header: {
          leftAction: { icon: 'sidebar-open-left', onClick: () => {} },
          rightAction: { icon: 'dots-vertical-circle', onClick: () => {} },
        },
      },
    });
    await waitUntil(() =>
      [...chat.root.querySelectorAll('header [data-side] svg')].every(
        (svg) => svg.getAttribute('data-known') === 'true',
      ),
    );
    const left = chat.root.querySelector('header [data-side=left]')!;
    const right = chat.root.querySelector('header [data-side=right]')!;
    expect(left.getAttribute('aria-label')).to.equal('Open sidebar');
    expect(right.getAttribute('aria-label')).to.equal('More');
    expect(drawsGlyph(left.querySelector('svg')!)).to.equal(true);
    expect(drawsGlyph(right.querySelector('svg')!)).to.equal(true);
  });
});
