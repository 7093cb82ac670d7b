import { expect } from '@open-wc/testing';

import { loadFixture, renderWidget, shadow } from '../../../../test/helpers/widgets.js';
import { CHART_CURVE_TYPES, CHART_SERIES_TYPES } from './chart.js';

describe('Chart', () => {
  it('stacked bars, a line and an area, axes, legend, labels and an accessible table', async () => {
    const el = await renderWidget(await loadFixture('sales-chart'));
    const [bars, area] = [...shadow(el).querySelectorAll('cw-chart')].map((c) => c.shadowRoot!);
    expect(bars!.querySelectorAll('rect[rx]')).to.have.length(10, '2 stacked series × 5 days');
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
    const monday = [...bars!.querySelectorAll('rect[rx]')].filter(
      (r) => r.getAttribute('x') === bars!.querySelectorAll('rect[rx]')[0]!.getAttribute('x'),
    );
    expect(monday).to.have.length(2);
    const [web, app] = monday.map((r) => ({
      y: Number(r.getAttribute('y')),
      h: Number(r.getAttribute('height')),
    }));
    expect(Math.abs(app!.y + app!.h - web!.y)).to.be.below(0.01);
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
    expect(chart.querySelectorAll('rect[rx]')).to.have.length(data.length, 'one bar series');
    const paths = [...chart.querySelectorAll('path[stroke]:not([stroke="none"])')].map((p) =>
      p.getAttribute('d'),
    );
    expect(paths).to.have.length(2 + CHART_CURVE_TYPES.length, 'area, line and every curve');
    for (const d of paths) expect(d).to.match(/^M[\d.]+,[\d.]+[CLHV]/);
  });
});
