/**
 * `<cw-chart>`: bar, line and area series (stacked where series share a `stack`), x axis with
 * labels, optional y axis, legend and tooltip, drawn as SVG from theme tokens.
 *
 * A hand-written renderer rather than a charting library: the catalogue's charts are simple, a
 * library would multiply the bundle (Chart.js alone is several times all of chat-widgets), and SVG
 * from Lit templates keeps strict CSP and theming by custom properties.
 */
import { ENGLISH } from '../../../i18n/index.js';
import type { Strings } from '../../../i18n/index.js';
import { LitElement, html, nothing, svg } from 'lit';
import type { SVGTemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cssProps } from '../../css-props.js';

import type { WidgetComponent } from '../../../protocol/wire-types.js';
import { chartElementStyles } from './chart-element.styles.js';
import {
  MAX_CHART_POINTS,
  barPath,
  MAX_CHART_SERIES,
  downsample,
  linePath,
  num,
  readSeries,
  ticks,
} from './chart-geometry.js';
import type { Row, Series } from './chart-geometry.js';

/**
 * Draws one Chart widget node at the width it is given.
 *
 * @summary A ChatKit Chart widget.
 * @tagname cw-chart
 */
export class CwChart extends LitElement {
  static override styles = chartElementStyles;

  /** The Chart node. */
  @property({ attribute: false }) node: WidgetComponent | null = null;
  /** The chat's strings (the summary and the notes). */
  @property({ attribute: false }) strings: Strings = ENGLISH;

  @state() private width = 0;
  @state() private hover: number | null = null;

  private readonly resize = new ResizeObserver(([entry]) => {
    const w = Math.round(entry?.contentRect.width ?? 0);
    if (w && w !== this.width) this.width = w;
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize.disconnect();
  }

  override render() {
    const node = this.node;
    if (!node) return nothing;
    const allData = (Array.isArray(node['data']) ? node['data'] : []).filter(
      (d): d is Row => typeof d === 'object' && d !== null,
    );
    const allSeries = readSeries(node['series']);
    const series = allSeries.slice(0, MAX_CHART_SERIES);
    // Thousands of points cost seconds of layout and say no more at this size: at most
    // MAX_CHART_POINTS per series, keeping each bucket's minimum and maximum, and a note says so.
    const data = downsample(
      allData,
      series.map((s) => s.dataKey),
      MAX_CHART_POINTS,
    );
    const reduced =
      data.length < allData.length || series.length < allSeries.length
        ? [
            data.length < allData.length
              ? this.strings.t('widget.chartPoints', { shown: data.length, total: allData.length })
              : '',
            series.length < allSeries.length
              ? this.strings.t('widget.chartSeries', {
                  shown: series.length,
                  total: allSeries.length,
                })
              : '',
          ]
            .filter(Boolean)
            .join('; ')
        : '';
    const axis =
      typeof node['xAxis'] === 'string'
        ? { dataKey: node['xAxis'] }
        : ((node['xAxis'] ?? {}) as Record<string, unknown>);
    const xKey = typeof axis['dataKey'] === 'string' ? axis['dataKey'] : '';
    const labels = (
      typeof axis['labels'] === 'object' && axis['labels'] !== null ? axis['labels'] : {}
    ) as Record<string, unknown>;
    const label = (row: Row) => {
      const cell = row[xKey];
      const raw = typeof cell === 'string' || typeof cell === 'number' ? String(cell) : '';
      return typeof labels[raw] === 'string' ? labels[raw] : raw;
    };
    const showX = axis['hide'] !== true;
    const showY = node['showYAxis'] === true;
    const showLegend =
      typeof node['showLegend'] === 'boolean' ? node['showLegend'] : series.length > 1;
    const showTooltip = node['showTooltip'] !== false;
    const height = typeof node['height'] === 'number' ? node['height'] : 200;
    const width = this.width || 320;

    // Stacks: series of the same stack add up, per category.
    const stackTotals = new Map<string, number[]>();
    const base = (s: Series, i: number): number => {
      if (!s.stack) return 0;
      const totals = stackTotals.get(s.stack) ?? [];
      return totals[i] ?? 0;
    };
    const spans = series.map((s) =>
      data.map((row, i) => {
        const v = num(row[s.dataKey]);
        const from = base(s, i);
        if (s.stack) {
          const totals = stackTotals.get(s.stack) ?? [];
          totals[i] = from + v;
          stackTotals.set(s.stack, totals);
        }
        return [from, from + v] as const;
      }),
    );
    const values = spans.flat(2);
    const yTicks = ticks(
      values.reduce((a, b) => Math.min(a, b), 0),
      values.reduce((a, b) => Math.max(a, b), 0),
    );
    const yMin = yTicks[0]!;
    const yMax = yTicks[yTicks.length - 1]!;
    const left = showY ? 36 : 4;
    const bottom = showX ? 22 : 4;
    const plotW = Math.max(10, width - left - 4);
    const plotH = Math.max(10, height - bottom - 6);
    const y = (v: number) => 6 + plotH - ((v - yMin) / (yMax - yMin || 1)) * plotH;
    const band = plotW / Math.max(1, data.length);
    const categoryGap =
      typeof node['barCategoryGap'] === 'number'
        ? Math.min(node['barCategoryGap'], band * 0.9)
        : band * 0.2;
    const barGap = typeof node['barGap'] === 'number' ? node['barGap'] : 4;
    const barGroups = [
      ...new Set(series.filter((s) => s.type === 'bar').map((s, i) => s.stack ?? `#${i}`)),
    ];
    const barW = Math.max(
      1,
      (band - categoryGap - barGap * (barGroups.length - 1)) / Math.max(1, barGroups.length),
    );
    const cx = (i: number) => left + band * i + band / 2;

    const marks: SVGTemplateResult[] = [];
    series.forEach((s, si) => {
      const span = spans[si]!;
      if (s.type === 'bar') {
        const group = barGroups.indexOf(
          s.stack ?? `#${series.filter((x) => x.type === 'bar').indexOf(s)}`,
        );
        span.forEach(([from, to], i) => {
          const x0 = left + band * i + categoryGap / 2 + group * (barW + barGap);
          // Only the outer end of a stack is rounded: a segment with another above it (a later
          // series of the stack with a value here) meets it flush, with no notch between them.
          const outer =
            !s.stack ||
            !series.some(
              (other, oi) =>
                oi > si &&
                other.type === 'bar' &&
                other.stack === s.stack &&
                spans[oi]![i]![1] !== spans[oi]![i]![0],
            );
          const d = barPath(x0, barW, y(from), y(to), outer ? Math.min(4, barW / 3) : 0);
          marks.push(
            svg`<path class="bar" d=${d} fill=${s.color}><title>${s.label}: ${to - from}</title></path>`,
          );
        });
      } else {
        const points = span.map(([, to], i) => [cx(i), y(to)] as [number, number]);
        const path = linePath(points, s.curve);
        if (s.type === 'area') {
          const floor = span.map(([from], i) => [cx(i), y(from)] as [number, number]).reverse();
          const back = linePath(floor, s.curve).replace(/^M/, 'L');
          marks.push(
            svg`<path d=${`${path}${back}Z`} fill=${s.color} fill-opacity="0.18" stroke="none" />`,
          );
        }
        marks.push(
          svg`<path d=${path} fill="none" stroke=${s.color} stroke-width="2" stroke-linejoin="round" stroke-linecap="round" />`,
        );
        if (this.hover !== null && points[this.hover]) {
          const [hx, hy] = points[this.hover]!;
          marks.push(svg`<circle cx=${hx} cy=${hy} r="3.5" fill=${s.color} />`);
        }
      }
    });

    const summary = this.strings.t('widget.chart', {
      series: new Intl.ListFormat(this.strings.locale).format(series.map((s) => s.label)),
      x: xKey || this.strings.t('widget.chartCategory'),
    });
    const onMove = (e: PointerEvent) => {
      if (!showTooltip || !data.length) return;
      const rect = (e.currentTarget as SVGElement).getBoundingClientRect();
      const i = Math.floor((e.clientX - rect.left - left) / band);
      this.hover = i >= 0 && i < data.length ? i : null;
    };
    const hovered = this.hover !== null ? data[this.hover] : undefined;
    // The tooltip stays inside the chart (a card clips what overflows it): at the top of the plot,
    // beside the hovered band, on the side with more room.
    const tooltipPlace = (i: number): { side: string; style: Record<string, string> } => {
      const start = left + band * i;
      return cx(i) <= left + plotW / 2
        ? { side: 'after', style: { left: `${Math.round(start + band + 4)}px`, top: '6px' } }
        : { side: 'before', style: { left: `${Math.round(start - 4)}px`, top: '6px' } };
    };
    const place = this.hover !== null ? tooltipPlace(this.hover) : null;
    return html`<svg
        width=${width}
        height=${height}
        role="img"
        aria-label=${summary}
        @pointermove=${onMove}
        @pointerleave=${() => (this.hover = null)}
      >
        ${this.hover !== null ? svg`<rect class="hover" x=${left + band * this.hover} y="6" width=${band} height=${plotH} />` : nothing}
        ${yTicks.map((t) => svg`<line class="grid" x1=${left} x2=${left + plotW} y1=${y(t)} y2=${y(t)} />`)}
        ${showY ? yTicks.map((t) => svg`<text class="axis" x=${left - 6} y=${y(t) + 3.5} text-anchor="end">${t}</text>`) : nothing}
        ${marks}
        ${showX ? data.map((row, i) => svg`<text class="axis" x=${cx(i)} y=${height - 6} text-anchor="middle">${label(row)}</text>`) : nothing}
      </svg>
      ${
        hovered
          ? html`<div class="tooltip ${place!.side}" ${cssProps(place!.style)}>
              <strong>${label(hovered)}</strong>
              ${series.map((s) => html`<div><span class="swatch" ${cssProps({ background: s.color, display: 'inline-block' })}></span> ${s.label}: ${num(hovered[s.dataKey])}</div>`)}
            </div>`
          : nothing
      }
      ${
        showLegend
          ? html`<div class="legend">
              ${series.map((s) => html`<span><i class="swatch" ${cssProps({ background: s.color })}></i>${s.label}</span>`)}
            </div>`
          : nothing
      }
      ${reduced ? html`<p class="note" role="note">${reduced}</p>` : nothing}
      <table class="sr-only">
        <caption>
          ${summary}${reduced ? ` (${reduced})` : ''}
        </caption>
        <tr>
          <th scope="col">${xKey}</th>
          ${series.map((s) => html`<th scope="col">${s.label}</th>`)}
        </tr>
        ${data.map(
          (row) =>
            html`<tr>
              <th scope="row">${label(row)}</th>
              ${series.map((s) => html`<td>${num(row[s.dataKey])}</td>`)}
            </tr>`,
        )}
      </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cw-chart': CwChart;
  }
}
