/** Spacer: flexible space that pushes siblings apart. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { cssProps } from '../../css-props.js';

import { defineWidget } from '../../definition.js';
import type { WidgetNodeBase } from '../../definition.js';
import { compact, px } from '../../values.js';
import { spacerStyles } from './spacer.styles.js';

/** A Spacer node (catalogue §3.2). */
export interface SpacerNode extends WidgetNodeBase<'Spacer'> {
  minSize?: number | string;
}

/** Renders a Spacer. */
export function renderSpacer(node: SpacerNode): TemplateResult {
  return html`<div
    class="spacer"
    ${cssProps(compact({ 'min-width': px(node.minSize), 'min-height': px(node.minSize) }))}
  ></div>`;
}

/** The Spacer component. */
export const definition = defineWidget<SpacerNode>({
  type: 'Spacer',
  render: renderSpacer,
  styles: spacerStyles,
  enums: {},
  example: { type: 'Spacer', minSize: 16 },
});
