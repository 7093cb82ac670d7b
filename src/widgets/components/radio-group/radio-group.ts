/** RadioGroup: native radios in a labelled group, in a row or a column. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';

import { fieldId, onChange, options } from '../../control-base.js';
import type { ControlOption } from '../../control-base.js';
import { DIRECTIONS, defineWidget } from '../../definition.js';
import type { ActionConfig, Direction, WidgetNodeBase } from '../../definition.js';
import type { WidgetRenderContext } from '../../registry.js';
import { oneOf, on, str } from '../../values.js';
import { textValue } from '../../text-value.js';
import { radioGroupStyles } from './radio-group.styles.js';

/** A RadioGroup node (catalogue §3.4). */
export interface RadioGroupNode extends WidgetNodeBase<'RadioGroup'> {
  name: string;
  options?: Omit<ControlOption, 'description'>[];
  ariaLabel?: string;
  onChangeAction?: ActionConfig;
  defaultValue?: string;
  direction?: Direction;
  disabled?: boolean;
  required?: boolean;
}

/** Renders a RadioGroup. */
export function renderRadioGroup(node: RadioGroupNode, ctx: WidgetRenderContext): TemplateResult {
  const name = str(node.name);
  const initial = textValue(node.defaultValue, ctx, 'RadioGroup.defaultValue');
  const disabled = on(node.disabled);
  const direction = oneOf(node.direction, DIRECTIONS, 'col');
  const change = onChange(node, ctx, (el) => (el as HTMLInputElement).value);
  return html`<div
    class="radio-group dir-${direction}"
    role="radiogroup"
    aria-label=${str(node.ariaLabel) ?? name ?? ctx.strings.t('widget.options')}
    id=${ifDefined(fieldId(name))}
  >
    ${options(node.options).map(
      (o, i) =>
        html`<label class=${classMap({ radio: true, disabled: disabled || o.disabled })}>
          <input
            type="radio"
            name=${ifDefined(name)}
            value=${o.value}
            .defaultChecked=${o.value === initial}
            ?disabled=${disabled || o.disabled}
            ?required=${on(node.required) && i === 0}
            @change=${change}
          />
          <span>${o.label}</span>
        </label>`,
    )}
  </div>`;
}

/** The RadioGroup component. */
export const definition = defineWidget<RadioGroupNode>({
  type: 'RadioGroup',
  lazy: true,
  render: renderRadioGroup,
  styles: radioGroupStyles,
  enums: { direction: DIRECTIONS },
  example: {
    type: 'RadioGroup',
    name: 'example.plan',
    direction: 'row',
    defaultValue: 'a',
    options: [
      { value: 'a', label: 'Monthly' },
      { value: 'b', label: 'Yearly' },
    ],
  },
});
