/** Label: the label of a form control, by the control's `name`. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

import { fieldId } from '../../control-base.js';
import { defineWidget } from '../../definition.js';
import type { ColorValue, WidgetNodeBase } from '../../definition.js';
import { TEXT_ALIGNS, TEXT_SIZES, TEXT_WEIGHTS, textClasses, textStyle } from '../../text-base.js';
import type { TextAlign, TextSize, TextWeight } from '../../text-base.js';
import { oneOf, str } from '../../values.js';
import type { WidgetRenderContext } from '../../registry.js';
import { textValue } from '../../text-value.js';
import { labelStyles } from './label.styles.js';

/** A Label node (catalogue §3.3). */
export interface LabelNode extends WidgetNodeBase<'Label'> {
  value: string;
  /** The `name` of the control it labels. */
  fieldName: string;
  size?: TextSize;
  weight?: TextWeight;
  textAlign?: TextAlign;
  color?: ColorValue;
}

/** Renders a Label. */
export function renderLabel(node: LabelNode, ctx: WidgetRenderContext): TemplateResult {
  const size = oneOf(node.size, TEXT_SIZES, 'sm');
  const forId = ifDefined(fieldId(str(node.fieldName)));
  const value = textValue(node.value, ctx, 'Label.value') ?? '';
  // prettier-ignore
  return html`<label class=${textClasses(node, 'label', size)} ${textStyle(node)} for=${forId}>${value}</label>`;
}

/** The Label component. */
export const definition = defineWidget<LabelNode>({
  type: 'Label',
  lazy: true,
  render: renderLabel,
  styles: labelStyles,
  enums: { size: TEXT_SIZES, weight: TEXT_WEIGHTS, textAlign: TEXT_ALIGNS },
  example: { type: 'Label', value: 'Email', fieldName: 'example.email' },
});
