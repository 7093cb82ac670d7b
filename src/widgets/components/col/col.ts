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

/** Declarations that only arrange children: a Col with nothing else and no children is nothing. */
const ARRANGING = new Set(['gap', 'align-items', 'justify-content', 'flex-wrap']);

/** Renders a Col. */
export function renderCol(node: ColNode, ctx: WidgetRenderContext): TemplateResult {
  const style = boxStyle(node);
  const children = node.children as unknown;
  const childless = Array.isArray(children) ? children.length === 0 : !children;
  // An empty Col with no size, padding, border or background draws nothing; it is left out of
  // the layout (display: none) so that its parent does not put a gap on each side of it.
  const empty = childless && Object.keys(style).every((name) => ARRANGING.has(name));
  return html`<div class="box dir-col ${empty ? 'empty' : ''}" ${cssProps(style)}>
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
