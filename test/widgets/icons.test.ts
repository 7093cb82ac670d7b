/**
 * The icon set in a browser: every documented ChatKit icon name (widget, prompt and tool, header)
 * draws a real glyph, `lucide:<name>` draws any Lucide icon from the one lazy chunk (of 32) that its
 * name hashes to (loaded only for a well-formed name outside the bundled set), unknown and malformed names are a placeholder
 * and a `cw-log` entry, and the header's host actions draw every header icon under a name in words.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';

import { waitUntil } from '../helpers/wait.js';
import { renderIcon, iconsPending } from '../../src/widgets/icons.js';
import { ENGLISH } from '../../src/i18n/index.js';
import { headerActionName } from '../../src/icons/header-icon-names.js';
import type { CwLogEventDetail } from '../../src/events/log.js';
import { renderWidget, settle, shadow } from '../helpers/widgets.js';
import type { CwWidget } from '../../src/widgets/widget-view.js';
import { ChatHarness } from '../helpers/chat-harness.js';
import { HEADER_ICON_NAMES, WIDGET_ICON_NAMES } from '../fixtures/documented-icons.js';
import { lucideBucket } from '../../src/widgets/lucide-data/buckets.js';

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

/** The numbers of the Lucide chunks this page has requested (lucide-data/lucide-NN), in order. */
const lucideChunksRequested = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => /\/lucide-data\/lucide-(\d+)\./.exec(e.name)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
const lucideRequested = () => lucideChunksRequested().length > 0;

/** Lucide icons outside the bundled set, to pick from by the chunk their name hashes to. */
const SOME_LUCIDE_ICONS = [
  'anchor',
  'cake',
  'camera',
  'car',
  'cat',
  'dog',
  'feather',
  'fish',
  'flag',
  'flame',
  'ghost',
  'gift',
  'hammer',
  'heart',
  'key',
  'lamp',
  'leaf',
  'lock',
  'magnet',
  'mouse',
  'music',
  'package',
  'palette',
  'pen',
  'pizza',
  'plane',
  'rabbit',
  'rocket',
  'ruler',
  'scissors',
  'shield',
  'ship',
  'skull',
  'snowflake',
  'sword',
  'tent',
  'tractor',
  'truck',
  'tv',
  'umbrella',
  'wallet',
  'watch',
  'wifi',
  'wind',
];

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

  it('one lucide: icon fetches the one chunk its name hashes to; icons in one chunk share it, icons in two chunks each draw', async () => {
    const fetched = new Set(lucideChunksRequested());
    const fresh = SOME_LUCIDE_ICONS.filter((name) => !fetched.has(lucideBucket(name)));
    const [first] = fresh;
    // Two names that share a chunk, and a third in another chunk, none fetched yet.
    const rest = fresh.filter((name) => lucideBucket(name) !== lucideBucket(first!));
    const mate = (name: string) =>
      rest.find((n) => n !== name && lucideBucket(n) === lucideBucket(name));
    const head = rest.find((name) => mate(name));
    const pair = head ? [head, mate(head)!] : undefined;
    const other = rest.find((name) => pair && lucideBucket(name) !== lucideBucket(pair[0]!));
    expect(first && pair && other, `${first}, ${pair}, ${other}`).to.be.ok;

    let before = lucideChunksRequested().length;
    const one = await renderWidget({ type: 'Icon', name: `lucide:${first}` });
    expect(drawsGlyph(shadow(one).querySelector('svg')!), first).to.equal(true);
    expect(lucideChunksRequested().slice(before)).to.deep.equal([lucideBucket(first!)]);

    before = lucideChunksRequested().length;
    const names = [pair![0]!, pair![1]!, other!];
    const el = await renderWidget({
      type: 'Row',
      children: names.map((name) => ({ type: 'Icon', name: `lucide:${name}` })),
    });
    for (const name of names) {
      const svg = shadow(el).querySelector(`svg[data-icon="lucide:${name}"]`)!;
      expect(drawsGlyph(svg), name).to.equal(true);
    }
    expect(
      lucideChunksRequested()
        .slice(before)
        .sort((a, b) => a - b),
    ).to.deep.equal([lucideBucket(pair![0]!), lucideBucket(other!)].sort((a, b) => a - b));
    // The two chunks' glyphs differ: each icon is its own, not the first chunk's.
    const shapes = (name: string) =>
      shadow(el).querySelector(`svg[data-icon="lucide:${name}"]`)!.innerHTML;
    expect(new Set(names.map(shapes)).size).to.equal(3);
  });

  it('header actions draw their header icons, named in words rather than icon ids', async () => {
    for (const name of HEADER_ICON_NAMES) {
      const label = headerActionName(name, ENGLISH);
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
