/**
 * DatePicker: a date field drawn by `<cw-date-picker>` (date-picker-element.ts): a trigger showing
 * the chosen date in the chat's locale (or the placeholder), an optional clear button, and a
 * calendar popup placed by `side` and `align`, with inclusive `min`/`max`. A hidden native date
 * input carries the value for forms, `required` and `onChangeAction`.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';

import { defineElement } from '../../../internal/define-element.js';
import { CONTROL_SIZES, CONTROL_VARIANTS } from '../../control-base.js';
import type { ControlSize, ControlVariant } from '../../control-base.js';
import { defineWidget } from '../../definition.js';
import type { ActionConfig, WidgetNodeBase } from '../../definition.js';
import { POPUP_ALIGNS, POPUP_SIDES } from '../../popup-geometry.js';
import type { WidgetRenderContext } from '../../registry.js';
import { on } from '../../values.js';
import { CwDatePicker } from './date-picker-element.js';
import { datePickerStyles } from './date-picker.styles.js';

/** Where the calendar pops up. */
export const DATE_PICKER_SIDES = POPUP_SIDES;
/** A calendar side. */
export type DatePickerSide = (typeof DATE_PICKER_SIDES)[number];
/** How the calendar aligns along its side. */
export const DATE_PICKER_ALIGNS = POPUP_ALIGNS;
/** A calendar alignment. */
export type DatePickerAlign = (typeof DATE_PICKER_ALIGNS)[number];

/** A DatePicker node (catalogue §3.4). */
export interface DatePickerNode extends WidgetNodeBase<'DatePicker'> {
  name: string;
  onChangeAction?: ActionConfig;
  placeholder?: string;
  /** An ISO date or datetime (`YYYY-MM-DD`, optionally with a time); the date part is used. */
  defaultValue?: string;
  min?: string;
  max?: string;
  variant?: ControlVariant;
  size?: ControlSize;
  side?: DatePickerSide;
  align?: DatePickerAlign;
  pill?: boolean;
  block?: boolean;
  clearable?: boolean;
  disabled?: boolean;
  required?: boolean;
}

/** Renders a DatePicker: a `<cw-date-picker>` holding its own open state and focused day. */
export function renderDatePicker(node: DatePickerNode, ctx: WidgetRenderContext): TemplateResult {
  // The date picker is a lazy component: its chunk registers the element that draws it.
  defineElement('cw-date-picker', CwDatePicker);
  return html`<cw-date-picker
    class=${classMap({ block: on(node.block) })}
    .node=${node}
    .ctx=${ctx}
  ></cw-date-picker>`;
}

/** The DatePicker component. */
export const definition = defineWidget<DatePickerNode>({
  type: 'DatePicker',
  lazy: true,
  render: renderDatePicker,
  styles: datePickerStyles,
  enums: {
    variant: CONTROL_VARIANTS,
    size: CONTROL_SIZES,
    side: DATE_PICKER_SIDES,
    align: DATE_PICKER_ALIGNS,
  },
  example: {
    type: 'DatePicker',
    name: 'example.date',
    defaultValue: '2025-06-01',
    clearable: true,
  },
});
