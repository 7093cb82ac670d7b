import { expect, fixture, html } from '@open-wc/testing';

import type { CwWidget } from '../../widget-view.js';
import { loadFixture, renderWidget, settle, shadow } from '../../../../test/helpers/widgets.js';
import { CHART_CURVE_TYPES, CHART_SERIES_TYPES } from './chart.js';

describe('Chart', () => {
  it('stacked bars, a line and an area, axes, legend, labels and an accessible table', async () => {
    const el = await renderWidget(await loadFixture('sales-chart'));
    const [bars, area] = [...shadow(el).querySelectorAll('cw-chart')].map((c) => c.shadowRoot!);
    expect(bars!.querySelectorAll('path.bar')).to.have.length(10, '2 stacked series × 5 days');
    expect(bars!.querySelectorAll('path[stroke]').length).to.be.greaterThan(0);
    expect([...bars!.querySelectorAll('text.axis')].map((t) => t.textContent)).to.include.members([
      'M',
      'W',
      'F',
      '0',
    ]);
    expect(
      [...bars!.querySelectorAll('.legend span')].map((s) => s.textContent!.trim()),
    ).to.deep.equal(['Web', 'App', 'Goal']);
    expect(bars!.querySelectorAll('table.sr-only tr')).to.have.length(6);
    expect(area!.querySelector('path[fill-opacity]')).to.not.equal(null);
    expect(area!.querySelector('.legend')).to.equal(null, 'showLegend: false');
    // Stacking: the App bar starts where the Web bar ends.
    const boxes = [...bars!.querySelectorAll<SVGPathElement>('path.bar')].map((p) => p.getBBox());
    const monday = boxes.filter((b) => Math.abs(b.x - boxes[0]!.x) < 0.01);
    expect(monday).to.have.length(2);
    const [web, app] = monday;
    expect(Math.abs(app!.y + app!.height - web!.y)).to.be.below(0.01);
  });

  it('every series type draws; every curve type draws a path; an unknown type is left out', async () => {
    const data = [
      { x: 'a', v: 1 },
      { x: 'b', v: 3 },
      { x: 'c', v: 2 },
    ];
    const series = [
      ...CHART_SERIES_TYPES.map((type) => ({ type, dataKey: 'v', label: type })),
      ...CHART_CURVE_TYPES.map((curveType) => ({ type: 'line', dataKey: 'v', curveType })),
      { type: 'pie', dataKey: 'v', label: 'pie' },
    ];
    const el = await renderWidget({ type: 'Chart', xAxis: 'x', data, series, showLegend: true });
    const chart = shadow(el).querySelector('cw-chart')!.shadowRoot!;
    const legend = [...chart.querySelectorAll('.legend span')].map((s) => s.textContent!.trim());
    expect(legend)
      .to.include.members([...CHART_SERIES_TYPES])
      .and.not.include('pie');
    expect(chart.querySelectorAll('path.bar')).to.have.length(data.length, 'one bar series');
    const paths = [...chart.querySelectorAll('path[stroke]:not([stroke="none"])')].map((p) =>
      p.getAttribute('d'),
    );
    expect(paths).to.have.length(2 + CHART_CURVE_TYPES.length, 'area, line and every curve');
    for (const d of paths) expect(d).to.match(/^M[\d.]+,[\d.]+[CLHV]/);
  });

  const stacked = {
    type: 'Card',
    children: [
      {
        type: 'Chart',
        height: 160,
        xAxis: 'm',
        data: [
          { m: 'Jan', a: 30, b: 20, c: 10 },
          { m: 'Feb', a: 45, b: 10, c: 0 },
          { m: 'Mar', a: 20, b: 35, c: 15 },
          { m: 'Apr', a: 50, b: 15, c: 30 },
        ],
        series: ['a', 'b', 'c'].map((dataKey) => ({ type: 'bar', dataKey, stack: 's' })),
      },
    ],
  };

  it('stacked bars: only the outer end of each stack is rounded, segments meet flush, the base is square', async () => {
    const el = await renderWidget(stacked);
    const chart = shadow(el).querySelector('cw-chart')!.shadowRoot!;
    const bars = [...chart.querySelectorAll<SVGPathElement>('path.bar')];
    expect(bars).to.have.length(12);
    const rounded = (p: SVGPathElement) => /A/.test(p.getAttribute('d')!);
    // Series a, b, c for Jan..Apr, in series order.
    const [a, b, c] = [bars.slice(0, 4), bars.slice(4, 8), bars.slice(8, 12)];
    expect(a.map(rounded), 'the base segments').to.deep.equal([false, false, false, false]);
    // Feb's c is 0: b is the top of that stack.
    expect(b.map(rounded), 'the middle segments').to.deep.equal([false, true, false, false]);
    expect(c.filter((_, i) => i !== 1).map(rounded), 'the tops').to.deep.equal([true, true, true]);
    for (let i = 0; i < 4; i++) {
      const [ba, bb] = [a[i]!.getBBox(), b[i]!.getBBox()];
      expect(Math.abs(bb.y + bb.height - ba.y), `flush at ${i}`).to.be.below(0.01);
      expect(Math.abs(bb.width - ba.width)).to.be.below(0.01);
    }
    // A rounded end covers the full width at its base: the bar is a rectangle below its corners.
    const top = c[0]!.getBBox();
    expect(top.width).to.be.closeTo(a[0]!.getBBox().width, 0.01);
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`the hover tooltip stays inside the card at the first, a middle and the last category (${dir})`, async () => {
      const host = await fixture<HTMLElement>(
        html`<div dir=${dir}><cw-widget .widget=${stacked}></cw-widget></div>`,
      );
      const el = host.querySelector<CwWidget>('cw-widget')!;
      await settle(el);
      const card = shadow(el).querySelector('.card')!.getBoundingClientRect();
      const chart = shadow(el).querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(
        'cw-chart',
      )!;
      const svgEl = chart.shadowRoot!.querySelector('svg')!;
      const r = svgEl.getBoundingClientRect();
      // The drawing keeps its left-to-right axis; it fills the chart's box either way.
      const box = chart.getBoundingClientRect();
      expect(Math.abs(r.left - box.left)).to.be.below(1);
      expect(Math.abs(r.right - box.right)).to.be.below(1);
      for (const at of [0.04, 0.45, 0.6, 0.97]) {
        svgEl.dispatchEvent(
          new PointerEvent('pointermove', {
            clientX: r.left + r.width * at,
            clientY: r.top + 20,
            bubbles: true,
          }),
        );
        await chart.updateComplete;
        const tip = chart.shadowRoot!.querySelector('.tooltip')!;
        expect(tip, `tooltip at ${at}`).to.not.equal(null);
        const t = tip.getBoundingClientRect();
        expect(t.top, `top at ${at}`).to.be.at.least(card.top);
        expect(t.bottom, `bottom at ${at}`).to.be.at.most(card.bottom);
        expect(t.left, `left at ${at}`).to.be.at.least(card.left);
        expect(t.right, `right at ${at}`).to.be.at.most(card.right);
        // Beside the hovered category, not over it: the band under the pointer stays visible.
        const band = chart.shadowRoot!.querySelector('rect.hover')!.getBoundingClientRect();
        // The band is the one under the pointer (the tooltip's offsets are the drawing's).
        expect(r.left + r.width * at, `band at ${at}`).to.be.within(band.left, band.right);
        expect(t.right <= band.left + 0.5 || t.left >= band.right - 0.5, `beside at ${at}`).to.be
          .true;
      }
      svgEl.dispatchEvent(new PointerEvent('pointerleave'));
      await chart.updateComplete;
      expect(chart.shadowRoot!.querySelector('.tooltip')).to.equal(null);
    });
  }
});
