/** Col: a vertical flex container. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { cssProps } from '../../css-props.js';

import { ALIGNMENTS, JUSTIFICATIONS, WRAPS, defineWidget } from '../../definition.js';
import type { BoxBaseProps, WidgetNodeBase } from '../../definition.js';
import type { WidgetRenderContext } from '../../registry.js';
import { boxStyle } from '../../values.js';
import { colStyles } from './col.styles.js';

/** A Col node (catalogue §3.2). */
export interface ColNode extends WidgetNodeBase<'Col'>, BoxBaseProps {}

/** Renders a Col. */
export function renderCol(node: ColNode, ctx: WidgetRenderContext): TemplateResult {
  return html`<div class="box dir-col" ${cssProps(boxStyle(node))}>
    ${ctx.renderChildren(node.children)}
  </div>`;
}

/** The Col component. */
export const definition = defineWidget<ColNode>({
  type: 'Col',
  render: renderCol,
  styles: colStyles,
  enums: { align: ALIGNMENTS, justify: JUSTIFICATIONS, wrap: WRAPS },
  example: {
    type: 'Col',
    gap: 2,
    children: [
      { type: 'Badge', label: 'One' },
      { type: 'Badge', label: 'Two' },
    ],
  },
});
