/** Input: a single-line field with type, pattern, required, placeholder and autofill control. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

import {
  CONTROL_SIZES,
  FIELD_VARIANTS,
  GUTTER_SIZES,
  controlClasses,
  fieldId,
  noAutofill,
  selectOnFocus,
} from '../../control-base.js';
import type { ControlSize, FieldVariant, GutterSize } from '../../control-base.js';
import { defineWidget } from '../../definition.js';
import type { WidgetNodeBase } from '../../definition.js';
import { oneOf, on, str } from '../../values.js';
import type { WidgetRenderContext } from '../../registry.js';
import { textValue } from '../../text-value.js';
import { inputStyles } from './input.styles.js';

/** Input types. */
export const INPUT_TYPES = ['number', 'email', 'text', 'password', 'tel', 'url'] as const;
/** An input type. */
export type InputType = (typeof INPUT_TYPES)[number];

/** An Input node (catalogue §3.4). */
export interface InputNode extends WidgetNodeBase<'Input'> {
  name: string;
  inputType?: InputType;
  defaultValue?: string;
  required?: boolean;
  pattern?: string;
  placeholder?: string;
  allowAutofillExtensions?: boolean;
  autoSelect?: boolean;
  autoFocus?: boolean;
  disabled?: boolean;
  variant?: FieldVariant;
  size?: ControlSize;
  gutterSize?: GutterSize;
  pill?: boolean;
}

/** Renders an Input. */
export function renderInput(node: InputNode, ctx: WidgetRenderContext): TemplateResult {
  const name = str(node.name);
  const type = oneOf(node.inputType, INPUT_TYPES, 'text');
  return html`<input
    class=${controlClasses(node, 'input', FIELD_VARIANTS, 'outline')}
    id=${ifDefined(fieldId(name))}
    type=${type}
    name=${ifDefined(name)}
    .defaultValue=${textValue(node.defaultValue, ctx, 'Input.defaultValue') ?? ''}
    placeholder=${ifDefined(str(node.placeholder))}
    pattern=${ifDefined(str(node.pattern))}
    ?required=${on(node.required)}
    ?disabled=${on(node.disabled)}
    ?autofocus=${on(node.autoFocus)}
    autocomplete=${node.allowAutofillExtensions === true ? 'on' : 'off'}
    data-1p-ignore=${ifDefined(noAutofill(node))}
    @focus=${selectOnFocus(node)}
  />`;
}

/** The Input component. */
export const definition = defineWidget<InputNode>({
  type: 'Input',
  lazy: true,
  render: renderInput,
  styles: inputStyles,
  enums: {
    inputType: INPUT_TYPES,
    variant: FIELD_VARIANTS,
    size: CONTROL_SIZES,
    gutterSize: GUTTER_SIZES,
  },
  example: { type: 'Input', name: 'example.email', inputType: 'email', placeholder: 'Email' },
});
