/**
 * DatePicker: a native date input with inclusive `min`/`max` and an optional clear button. The
 * calendar is the browser's, so `side` and `align` (popover placement) have nothing to place.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';

import {
  CONTROL_SIZES,
  CONTROL_VARIANTS,
  controlClasses,
  fieldId,
  onChange,
} from '../../control-base.js';
import type { ControlSize, ControlVariant } from '../../control-base.js';
import { defineWidget } from '../../definition.js';
import type { ActionConfig, WidgetNodeBase } from '../../definition.js';
import type { WidgetRenderContext } from '../../registry.js';
import { on, str } from '../../values.js';
import { datePickerStyles } from './date-picker.styles.js';

/** Where the calendar pops up (accepted, not used: the browser places its own calendar). */
export const DATE_PICKER_SIDES = ['top', 'bottom', 'left', 'right'] as const;
/** A calendar side. */
export type DatePickerSide = (typeof DATE_PICKER_SIDES)[number];
/** How the calendar aligns (accepted, not used). */
export const DATE_PICKER_ALIGNS = ['start', 'center', 'end'] as const;
/** A calendar alignment. */
export type DatePickerAlign = (typeof DATE_PICKER_ALIGNS)[number];

/** A DatePicker node (catalogue §3.4). */
export interface DatePickerNode extends WidgetNodeBase<'DatePicker'> {
  name: string;
  onChangeAction?: ActionConfig;
  placeholder?: string;
  /** An ISO date or datetime; the date part is used. */
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

/** The date part (`YYYY-MM-DD`) of an ISO date or datetime string. */
function isoDate(value: unknown): string | undefined {
  const s = str(value);
  const m = s ? /^(\d{4}-\d{2}-\d{2})/.exec(s) : null;
  return m ? m[1] : undefined;
}

/** Renders a DatePicker. */
export function renderDatePicker(node: DatePickerNode, ctx: WidgetRenderContext): TemplateResult {
  const name = str(node.name);
  const change = onChange(node, ctx, (el) =>
    (el as HTMLInputElement).value === '' ? null : (el as HTMLInputElement).value,
  );
  return html`<span class=${classMap({ 'date-wrap': true, block: on(node.block) })}>
    <input
      type="date"
      class=${controlClasses(node, 'date', CONTROL_VARIANTS, 'outline')}
      id=${ifDefined(fieldId(name))}
      name=${ifDefined(name)}
      aria-label=${ifDefined(str(node.placeholder) ?? name)}
      .defaultValue=${isoDate(node.defaultValue) ?? ''}
      min=${ifDefined(isoDate(node.min))}
      max=${ifDefined(isoDate(node.max))}
      ?disabled=${on(node.disabled)}
      ?required=${on(node.required)}
      @change=${change}
    />
    ${
      on(node.clearable)
        ? html`<button
            type="button"
            class="clear"
            aria-label="Clear date"
            ?disabled=${on(node.disabled)}
            @click=${(e: Event) => {
              const input = (e.currentTarget as HTMLElement).parentElement!.querySelector('input')!;
              input.value = '';
              input.dispatchEvent(new Event('change', { bubbles: true }));
            }}
          >
            ×
          </button>`
        : nothing
    }
  </span>`;
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
