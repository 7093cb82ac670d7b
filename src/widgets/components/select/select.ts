/**
 * Select: a styled single select drawn by `<cw-select>` (select-element.ts): a combobox trigger and
 * a listbox popup with option descriptions, disabled options, a placeholder, `clearable` (a clear
 * button once a value is chosen) and `searchable` (a filter box; on by default past 15 options,
 * as ChatKit's Python SDK documents).
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';

import { defineElement } from '../../../internal/define-element.js';
import { CONTROL_SIZES, CONTROL_VARIANTS } from '../../control-base.js';
import type { ControlOption, ControlSize, ControlVariant } from '../../control-base.js';
import { defineWidget } from '../../definition.js';
import type { ActionConfig, WidgetNodeBase } from '../../definition.js';
import type { WidgetRenderContext } from '../../registry.js';
import { on } from '../../values.js';
import { CwSelect } from './select-element.js';
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

/** Renders a Select: a `<cw-select>` holding its own open state, filter and active option. */
export function renderSelect(node: SelectNode, ctx: WidgetRenderContext): TemplateResult {
  // The select is a lazy component: its chunk registers the element that draws it.
  defineElement('cw-select', CwSelect);
  return html`<cw-select
    class=${classMap({ block: on(node.block) })}
    .node=${node}
    .ctx=${ctx}
  ></cw-select>`;
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
      { value: 'l', label: 'Large', description: 'For two or more' },
      { value: 'x', label: 'Extra large', disabled: true },
    ],
  },
});
