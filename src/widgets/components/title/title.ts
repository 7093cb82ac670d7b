/** Title: a heading. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';

import { defineWidget } from '../../definition.js';
import type { WidgetNodeBase } from '../../definition.js';
import { TEXT_ALIGNS, TEXT_WEIGHTS, textClasses, textStyle } from '../../text-base.js';
import type { BaseTextProps } from '../../text-base.js';
import { oneOf } from '../../values.js';
import type { WidgetRenderContext } from '../../registry.js';
import { textValue } from '../../text-value.js';
import { titleStyles } from './title.styles.js';

/** Title sizes (the catalogue's, and `xs` from the OpenAI docs page). */
export const TITLE_SIZES = ['xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl', '4xl', '5xl'] as const;
/** A title size. */
export type TitleSize = (typeof TITLE_SIZES)[number];

/** A Title node (catalogue §3.3). */
export interface TitleNode extends WidgetNodeBase<'Title'>, BaseTextProps {
  size?: TitleSize;
}

/** Renders a Title. */
export function renderTitle(node: TitleNode, ctx: WidgetRenderContext): TemplateResult {
  const size = oneOf(node.size, TITLE_SIZES, 'md');
  const value = textValue(node.value, ctx, 'Title.value') ?? '';
  const classes = textClasses(node, 'title', size);
  // One line on purpose: whitespace inside would show (the text keeps line breaks).
  // prettier-ignore
  return html`<h3 class=${classes} ${textStyle(node)}>${value}</h3>`;
}

/** The Title component. */
export const definition = defineWidget<TitleNode>({
  type: 'Title',
  render: renderTitle,
  styles: titleStyles,
  enums: { size: TITLE_SIZES, weight: TEXT_WEIGHTS, textAlign: TEXT_ALIGNS },
  example: { type: 'Title', value: 'A title', size: 'lg' },
});
