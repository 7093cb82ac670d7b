/**
 * Select: a native single select (type-ahead search comes with it; `searchable` needs nothing
 * more), with placeholder, clearable, option descriptions as their tooltips.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';

import {
  CONTROL_SIZES,
  CONTROL_VARIANTS,
  controlClasses,
  fieldId,
  onChange,
  options,
} from '../../control-base.js';
import type { ControlOption, ControlSize, ControlVariant } from '../../control-base.js';
import { defineWidget } from '../../definition.js';
import type { ActionConfig, WidgetNodeBase } from '../../definition.js';
import { renderIcon } from '../../icons.js';
import type { WidgetRenderContext } from '../../registry.js';
import { on, str } from '../../values.js';
import { textValue } from '../../text-value.js';
import { selectStyles } from './select.styles.js';

/** A Select node (catalogue §3.4). */
export interface SelectNode extends WidgetNodeBase<'Select'> {
  name: string;
  options: ControlOption[];
  onChangeAction?: ActionConfig;
  placeholder?: string;
  defaultValue?: string;
  variant?: ControlVariant;
  size?: ControlSize;
  pill?: boolean;
  block?: boolean;
  clearable?: boolean;
  disabled?: boolean;
  searchable?: boolean;
  required?: boolean;
}

/** Renders a Select. */
export function renderSelect(node: SelectNode, ctx: WidgetRenderContext): TemplateResult {
  const name = str(node.name);
  const opts = options(node.options);
  const initial = textValue(node.defaultValue, ctx, 'Select.defaultValue');
  const placeholder = str(node.placeholder) ?? 'Select…';
  const clearable = on(node.clearable);
  return html`<span class=${classMap({ 'select-wrap': true, block: on(node.block) })}>
    <select
      class=${controlClasses(node, 'select', CONTROL_VARIANTS, 'outline')}
      id=${ifDefined(fieldId(name))}
      name=${ifDefined(name)}
      aria-label=${ifDefined(name)}
      ?disabled=${on(node.disabled)}
      ?required=${on(node.required)}
      @change=${onChange(node, ctx, (el) => (el as HTMLSelectElement).value)}
    >
      <option value="" ?disabled=${!clearable} ?selected=${!initial}>${placeholder}</option>
      ${opts.map(
        (o) =>
          html`<option
            value=${o.value}
            ?disabled=${o.disabled}
            ?selected=${o.value === initial}
            title=${ifDefined(o.description)}
          >
            ${o.description ? `${o.label} — ${o.description}` : o.label}
          </option>`,
      )}
    </select>
    ${renderIcon('chevron-right', 14, 'select-chevron')}
  </span>`;
}

/** The Select component. */
export const definition = defineWidget<SelectNode>({
  type: 'Select',
  lazy: true,
  render: renderSelect,
  styles: selectStyles,
  enums: { variant: CONTROL_VARIANTS, size: CONTROL_SIZES },
  example: {
    type: 'Select',
    name: 'example.size',
    placeholder: 'Size',
    options: [
      { value: 's', label: 'Small' },
      { value: 'l', label: 'Large' },
    ],
  },
});
