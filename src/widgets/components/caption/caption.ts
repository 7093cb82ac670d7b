/** Caption: small supporting text. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';

import { defineWidget } from '../../definition.js';
import type { WidgetNodeBase } from '../../definition.js';
import { TEXT_ALIGNS, TEXT_WEIGHTS, textClasses, textStyle } from '../../text-base.js';
import type { BaseTextProps } from '../../text-base.js';
import { oneOf } from '../../values.js';
import type { WidgetRenderContext } from '../../registry.js';
import { textValue } from '../../text-value.js';
import { captionStyles } from './caption.styles.js';

/** Caption sizes. */
export const CAPTION_SIZES = ['sm', 'md', 'lg'] as const;
/** A caption size. */
export type CaptionSize = (typeof CAPTION_SIZES)[number];

/** A Caption node (catalogue §3.3). */
export interface CaptionNode extends WidgetNodeBase<'Caption'>, BaseTextProps {
  size?: CaptionSize;
}

/** Renders a Caption. */
export function renderCaption(node: CaptionNode, ctx: WidgetRenderContext): TemplateResult {
  const size = oneOf(node.size, CAPTION_SIZES, 'md');
  const value = textValue(node.value, ctx, 'Caption.value') ?? '';
  const classes = textClasses(node, 'caption', size);
  // One line on purpose: whitespace inside would show (the text keeps line breaks).
  // prettier-ignore
  return html`<p class=${classes} ${textStyle(node)}>${value}</p>`;
}

/** The Caption component. */
export const definition = defineWidget<CaptionNode>({
  type: 'Caption',
  render: renderCaption,
  styles: captionStyles,
  enums: { size: CAPTION_SIZES, weight: TEXT_WEIGHTS, textAlign: TEXT_ALIGNS },
  example: { type: 'Caption', value: 'Supporting text' },
});
