/** Box: a flex container, column by default (`direction` row or col; `column` accepted). */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { cssProps } from '../../css-props.js';

import { ALIGNMENTS, DIRECTIONS, JUSTIFICATIONS, WRAPS, defineWidget } from '../../definition.js';
import type { BoxBaseProps, Direction, WidgetNodeBase } from '../../definition.js';
import type { WidgetRenderContext } from '../../registry.js';
import { boxStyle, isOneOf } from '../../values.js';
import { boxStyles } from './box.styles.js';

/** The directions Box accepts: the catalogue's, and `column` as the OpenAI docs page spells it. */
export const BOX_DIRECTIONS = [...DIRECTIONS, 'column'] as const;

/** A Box node (catalogue §3.2). */
export interface BoxNode extends WidgetNodeBase<'Box'>, BoxBaseProps {
  direction?: Direction | 'column';
}

/** The direction of a Box or Form: `row` or `col` (`column` read as `col`), else the fallback. */
export function boxDirection(value: unknown, fallback: Direction): Direction {
  if (!isOneOf(value, BOX_DIRECTIONS)) return fallback;
  return value === 'column' ? 'col' : value;
}

/** Renders a Box. */
export function renderBox(node: BoxNode, ctx: WidgetRenderContext): TemplateResult {
  return html`<div
    class="box dir-${boxDirection(node.direction, 'col')}"
    ${cssProps(boxStyle(node))}
  >
    ${ctx.renderChildren(node.children)}
  </div>`;
}

/** The Box component. */
export const definition = defineWidget<BoxNode>({
  type: 'Box',
  render: renderBox,
  styles: boxStyles,
  enums: { direction: BOX_DIRECTIONS, align: ALIGNMENTS, justify: JUSTIFICATIONS, wrap: WRAPS },
  example: {
    type: 'Box',
    padding: 3,
    radius: 'lg',
    background: 'surface-secondary',
    children: [{ type: 'Text', value: 'A box' }],
  },
});
