/** Checkbox: a labelled checkbox; its value is a boolean. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';

import { fieldId, onChange } from '../../control-base.js';
import { defineWidget } from '../../definition.js';
import type { ActionConfig, WidgetNodeBase } from '../../definition.js';
import type { WidgetRenderContext } from '../../registry.js';
import { on, str } from '../../values.js';
import { textValue } from '../../text-value.js';
import { checkboxStyles } from './checkbox.styles.js';

/** A Checkbox node (catalogue §3.4). */
export interface CheckboxNode extends WidgetNodeBase<'Checkbox'> {
  name: string;
  label?: string;
  /** A string in ChatKit JS before 1.0.2. */
  defaultChecked?: boolean | 'true' | 'false';
  onChangeAction?: ActionConfig;
  disabled?: boolean;
  required?: boolean;
}

/** Renders a Checkbox. */
export function renderCheckbox(node: CheckboxNode, ctx: WidgetRenderContext): TemplateResult {
  const name = str(node.name);
  const checked = node.defaultChecked === true || node.defaultChecked === 'true';
  return html`<label class=${classMap({ checkbox: true, disabled: on(node.disabled) })}>
    <input
      type="checkbox"
      id=${ifDefined(fieldId(name))}
      name=${ifDefined(name)}
      .defaultChecked=${checked}
      ?disabled=${on(node.disabled)}
      ?required=${on(node.required)}
      @change=${onChange(node, ctx, (el) => (el as HTMLInputElement).checked)}
    />
    <span>${textValue(node.label, ctx, 'Checkbox.label') ?? ''}</span>
  </label>`;
}

/** The Checkbox component. */
export const definition = defineWidget<CheckboxNode>({
  type: 'Checkbox',
  lazy: true,
  render: renderCheckbox,
  styles: checkboxStyles,
  enums: {},
  example: { type: 'Checkbox', name: 'example.agree', label: 'I agree', defaultChecked: true },
});
