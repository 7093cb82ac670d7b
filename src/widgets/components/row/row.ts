/** Row: a horizontal flex container (children centred vertically unless `align` says otherwise). */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { cssProps } from '../../css-props.js';

import { ALIGNMENTS, JUSTIFICATIONS, WRAPS, defineWidget } from '../../definition.js';
import type { BoxBaseProps, WidgetNodeBase } from '../../definition.js';
import type { WidgetRenderContext } from '../../registry.js';
import { boxStyle } from '../../values.js';
import { rowStyles } from './row.styles.js';

/** A Row node (catalogue §3.2). */
export interface RowNode extends WidgetNodeBase<'Row'>, BoxBaseProps {}

/** Renders a Row. */
export function renderRow(node: RowNode, ctx: WidgetRenderContext): TemplateResult {
  return html`<div class="box dir-row" ${cssProps(boxStyle(node))}>
    ${ctx.renderChildren(node.children)}
  </div>`;
}

/** The Row component. */
export const definition = defineWidget<RowNode>({
  type: 'Row',
  render: renderRow,
  styles: rowStyles,
  enums: { align: ALIGNMENTS, justify: JUSTIFICATIONS, wrap: WRAPS },
  example: {
    type: 'Row',
    gap: 2,
    children: [
      { type: 'Badge', label: 'One' },
      { type: 'Badge', label: 'Two' },
    ],
  },
});
