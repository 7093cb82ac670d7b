/** Chart (Python SDK only): bar, line and area series, drawn by `<cw-chart>`. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { ENGLISH } from '../../../i18n/index.js';
import { defineElement } from '../../../internal/define-element.js';
import { cssProps } from '../../css-props.js';

import { defineWidget } from '../../definition.js';
import type { BlockProps, ColorValue, WidgetNodeBase } from '../../definition.js';
import type { WidgetRenderContext } from '../../registry.js';
import { block, compact, flex } from '../../values.js';
import { CHART_CURVE_TYPES, CHART_SERIES_TYPES } from './chart-geometry.js';
import type { ChartCurveType, ChartSeriesType } from './chart-geometry.js';
import { CwChart } from './chart-element.js';
import { chartStyles } from './chart.styles.js';

export { CwChart };
export { CHART_CURVE_TYPES, CHART_SERIES_TYPES };
export type { ChartCurveType, ChartSeriesType };

/** One series of a Chart. */
export interface ChartSeries {
  type: ChartSeriesType;
  dataKey: string;
  label?: string | null;
  /** Series of a stack add up (bar and area). */
  stack?: string;
  color?: ColorValue;
  curveType?: ChartCurveType;
}

/** The x axis: a data key, or the key with labels and visibility. */
export type ChartXAxis =
  string | { dataKey: string; hide?: boolean; labels?: Record<string, string> };

/** A Chart node (catalogue §3.3). */
export interface ChartNode extends WidgetNodeBase<'Chart'>, Omit<BlockProps, 'radius' | 'margin'> {
  data: Record<string, string | number>[];
  series: ChartSeries[];
  xAxis: ChartXAxis;
  showYAxis?: boolean;
  showLegend?: boolean;
  showTooltip?: boolean;
  barGap?: number;
  barCategoryGap?: number;
  flex?: number | string;
}

/** Renders a Chart: a `<cw-chart>` sized by the node's block props. */
export function renderChart(node: ChartNode, ctx?: WidgetRenderContext): TemplateResult {
  // The chart is a lazy component: its chunk registers the element that draws it.
  defineElement('cw-chart', CwChart);
  return html`<cw-chart
    class="chart"
    .node=${node}
    .strings=${ctx?.strings ?? ENGLISH}
    ${cssProps(compact({ flex: flex(node.flex), ...block(node), height: undefined }))}
  ></cw-chart>`;
}

/** The Chart component. */
export const definition = defineWidget<ChartNode>({
  type: 'Chart',
  lazy: true,
  render: renderChart,
  styles: chartStyles,
  enums: { 'series.type': CHART_SERIES_TYPES, 'series.curveType': CHART_CURVE_TYPES },
  example: {
    type: 'Chart',
    height: 140,
    xAxis: 'day',
    data: [
      { day: 'Mon', visits: 3 },
      { day: 'Tue', visits: 5 },
      { day: 'Wed', visits: 4 },
    ],
    series: [{ type: 'bar', dataKey: 'visits', label: 'Visits' }],
  },
});
