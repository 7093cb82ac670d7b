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
  // The minimum is along the container's main axis only: a flex basis that never shrinks (a
  // min-width and min-height would also make a Row that tall, or a Col that wide).
  const minSize = px(node.minSize);
  return html`<div
    class="spacer"
    ${cssProps(compact({ flex: minSize ? `1 0 ${minSize}` : undefined }))}
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
