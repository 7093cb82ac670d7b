/** Divider: a horizontal rule with colour, thickness, spacing, and `flush` to the container edge. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { cssProps } from '../../css-props.js';

import { defineWidget } from '../../definition.js';
import type { ColorValue, SpacingValue, WidgetNodeBase } from '../../definition.js';
import { color, compact, px, space } from '../../values.js';
import { dividerStyles } from './divider.styles.js';

/** A Divider node (catalogue §3.2). */
export interface DividerNode extends WidgetNodeBase<'Divider'> {
  color?: ColorValue;
  size?: number | string;
  spacing?: SpacingValue;
  flush?: boolean;
}

/** Renders a Divider. */
export function renderDivider(node: DividerNode): TemplateResult {
  const spacing = space(node.spacing);
  const style = compact({
    'border-top-color': color(node.color, 'border'),
    'border-top-width': px(node.size),
    'margin-top': spacing,
    'margin-bottom': spacing,
  });
  return html`<hr class="divider ${node.flush === true ? 'flush' : ''}" ${cssProps(style)} />`;
}

/** The Divider component. */
export const definition = defineWidget<DividerNode>({
  type: 'Divider',
  render: renderDivider,
  styles: dividerStyles,
  enums: {},
  example: { type: 'Divider', spacing: 2 },
});
