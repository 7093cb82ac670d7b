/**
 * Controls: Button, Input, Textarea, Select, DatePicker, Checkbox, RadioGroup. Each is a native
 * control (keyboard, validation, autofill and screen readers for free) whose typed value survives
 * re-renders: defaults are set through `defaultValue`, never forced back over what the user typed.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';

import type { WidgetComponent } from '../../protocol/wire-types.js';
import { renderIcon } from '../icons.js';
import type { WidgetRenderContext } from '../registry.js';
import { resolveActionConfig } from '../widget-host.js';
import { oneOf, on, str } from '../values.js';
import { lookupTable } from '../../util/safe-object.js';

const SIZES = ['3xs', '2xs', 'xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl'] as const;
const BUTTON_COLORS = [
  'primary',
  'secondary',
  'info',
  'discovery',
  'success',
  'caution',
  'warning',
  'danger',
] as const;
const ICON_SIZE = lookupTable<number>({ sm: 14, md: 16, lg: 18, xl: 20, '2xl': 24 });

/** `id` of a control by its name, for Label's `fieldName`. */
const fieldId = (name: string | undefined) => (name ? `field-${name}` : undefined);

/** Attributes that keep password managers away unless the widget allows them. */
const noAutofill = (node: WidgetComponent) =>
  node['allowAutofillExtensions'] === true ? undefined : 'true';

/** Button: variants, colours, sizes, pill, block, uniform, icons, disabled, submit, loading. */
export function renderButton(node: WidgetComponent, ctx: WidgetRenderContext): TemplateResult {
  const preset =
    node['style'] === 'secondary' ? 'secondary' : node['style'] === 'primary' ? 'primary' : null;
  const colorName = oneOf(node['color'], BUTTON_COLORS, preset ?? 'primary');
  const variant = oneOf(
    node['variant'],
    ['solid', 'soft', 'outline', 'ghost'] as const,
    preset === 'secondary' ? 'outline' : 'solid',
  );
  const size = oneOf(node['size'], SIZES, 'md');
  const iconSize = ICON_SIZE[oneOf(node['iconSize'], Object.keys(ICON_SIZE), 'md')] ?? 16;
  const label = str(node['label']) ?? '';
  const loading = ctx.isLoading(node);
  const submit = on(node['submit']);
  const action = resolveActionConfig(node['onClickAction']);
  const iconOnly = !label && (node['iconStart'] || node['iconEnd']);
  return html`<button
    type=${submit ? 'submit' : 'button'}
    class=${classMap({
      btn: true,
      [`variant-${variant}`]: true,
      [`color-${colorName}`]: true,
      [`size-${size}`]: true,
      pill: on(node['pill']),
      block: on(node['block']),
      uniform: on(node['uniform']) || !!iconOnly,
      loading,
    })}
    ?disabled=${on(node['disabled'])}
    aria-busy=${loading ? 'true' : 'false'}
    aria-label=${ifDefined(iconOnly ? String(node['iconStart'] ?? node['iconEnd']) : undefined)}
    @click=${(e: Event) => {
      if (loading) {
        e.preventDefault();
        return;
      }
      // A submit button also lets its form validate and submit (which fires the form's action).
      if (action) ctx.fire(node['onClickAction'], 'button', e, node);
    }}
  >
    ${loading ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
    ${node['iconStart'] ? renderIcon(node['iconStart'], iconSize) : nothing}
    ${label ? html`<span class="btn-label">${label}</span>` : nothing}
    ${node['iconEnd'] ? renderIcon(node['iconEnd'], iconSize) : nothing}
  </button>`;
}

function controlClasses(
  node: WidgetComponent,
  kind: string,
  variants: readonly string[],
  fallback: string,
) {
  return classMap({
    control: true,
    [kind]: true,
    [`variant-${oneOf(node['variant'], variants, fallback)}`]: true,
    [`size-${oneOf(node['size'], SIZES, 'md')}`]: true,
    [`gutter-${oneOf(node['gutterSize'], ['2xs', 'xs', 'sm', 'md', 'lg', 'xl'] as const, 'md')}`]: true,
    pill: on(node['pill']),
    block: on(node['block']) || kind === 'textarea' || kind === 'input',
  });
}

function selectOnFocus(node: WidgetComponent) {
  return (e: Event) => {
    if (on(node['autoSelect'])) (e.target as HTMLInputElement).select();
  };
}

/** Input: a single-line field with type, pattern, required, placeholder and autofill control. */
export function renderInput(node: WidgetComponent): TemplateResult {
  const name = str(node['name']);
  const type = oneOf(
    node['inputType'],
    ['number', 'email', 'text', 'password', 'tel', 'url'] as const,
    'text',
  );
  return html`<input
    class=${controlClasses(node, 'input', ['soft', 'outline'], 'outline')}
    id=${ifDefined(fieldId(name))}
    type=${type}
    name=${ifDefined(name)}
    .defaultValue=${str(node['defaultValue']) ?? ''}
    placeholder=${ifDefined(str(node['placeholder']))}
    pattern=${ifDefined(str(node['pattern']))}
    ?required=${on(node['required'])}
    ?disabled=${on(node['disabled'])}
    ?autofocus=${on(node['autoFocus'])}
    autocomplete=${node['allowAutofillExtensions'] === true ? 'on' : 'off'}
    data-1p-ignore=${ifDefined(noAutofill(node))}
    @focus=${selectOnFocus(node)}
  />`;
}

/** Textarea: multi-line, with rows, auto-resize up to `maxRows`. */
export function renderTextarea(node: WidgetComponent): TemplateResult {
  const name = str(node['name']);
  const rows = typeof node['rows'] === 'number' && node['rows'] > 0 ? Math.floor(node['rows']) : 3;
  const maxRows = typeof node['maxRows'] === 'number' && node['maxRows'] > 0 ? node['maxRows'] : 0;
  const pattern = str(node['pattern']);
  const grow = (e: Event) => {
    // Text areas have no native `pattern`: validate it the same way, through the constraint API.
    if (pattern) {
      const el = e.target as HTMLTextAreaElement;
      let ok = true;
      try {
        ok = el.value === '' || new RegExp(`^(?:${pattern})$`, 'v').test(el.value);
      } catch {
        ok = true; // An invalid pattern is ignored, as the browser ignores it on inputs.
      }
      el.setCustomValidity(ok ? '' : 'Please match the requested format.');
    }
    if (!on(node['autoResize'])) return;
    const el = e.target as HTMLTextAreaElement;
    el.style.height = 'auto';
    const line = parseFloat(getComputedStyle(el).lineHeight) || 20;
    const max = maxRows ? maxRows * line + 16 : Infinity;
    el.style.height = `${Math.min(el.scrollHeight, max)}px`;
  };
  return html`<textarea
    class=${controlClasses(node, 'textarea', ['soft', 'outline'], 'outline')}
    id=${ifDefined(fieldId(name))}
    name=${ifDefined(name)}
    rows=${rows}
    .defaultValue=${str(node['defaultValue']) ?? ''}
    placeholder=${ifDefined(str(node['placeholder']))}
    ?required=${on(node['required'])}
    ?disabled=${on(node['disabled'])}
    ?autofocus=${on(node['autoFocus'])}
    data-pattern=${ifDefined(str(node['pattern']))}
    autocomplete=${node['allowAutofillExtensions'] === true ? 'on' : 'off'}
    data-1p-ignore=${ifDefined(noAutofill(node))}
    @focus=${selectOnFocus(node)}
    @input=${grow}
  ></textarea>`;
}

/** Fires a change action with the control's value merged under its name. */
function onChange(
  node: WidgetComponent,
  ctx: WidgetRenderContext,
  value: (el: HTMLElement) => unknown,
) {
  return (e: Event) => {
    if (!resolveActionConfig(node['onChangeAction'])) return;
    const name = str(node['name']);
    ctx.fire(
      node['onChangeAction'],
      'change',
      e,
      node,
      name ? { [name]: value(e.target as HTMLElement) } : {},
    );
  };
}

interface Option {
  value: string;
  label: string;
  disabled: boolean;
  description?: string;
}

function options(value: unknown): Option[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((o): Option[] => {
    if (typeof o !== 'object' || o === null) return [];
    const r = o as Record<string, unknown>;
    const raw = r['value'];
    const v =
      typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean'
        ? String(raw)
        : null;
    if (v === null) return [];
    const description = str(r['description']);
    return [
      {
        value: v,
        label: str(r['label']) ?? v,
        disabled: r['disabled'] === true,
        ...(description ? { description } : {}),
      },
    ];
  });
}

/**
 * Select: a native single select (type-ahead search comes with it; `searchable` needs nothing
 * more), with placeholder, clearable, option descriptions as their tooltips.
 */
export function renderSelect(node: WidgetComponent, ctx: WidgetRenderContext): TemplateResult {
  const name = str(node['name']);
  const opts = options(node['options']);
  const initial = str(node['defaultValue']);
  const placeholder = str(node['placeholder']) ?? 'Select…';
  const clearable = on(node['clearable']);
  return html`<span class=${classMap({ 'select-wrap': true, block: on(node['block']) })}>
    <select
      class=${controlClasses(node, 'select', ['solid', 'soft', 'outline', 'ghost'], 'outline')}
      id=${ifDefined(fieldId(name))}
      name=${ifDefined(name)}
      aria-label=${ifDefined(name)}
      ?disabled=${on(node['disabled'])}
      ?required=${on(node['required'])}
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

/** The date part (`YYYY-MM-DD`) of an ISO date or datetime string. */
function isoDate(value: unknown): string | undefined {
  const s = str(value);
  const m = s ? /^(\d{4}-\d{2}-\d{2})/.exec(s) : null;
  return m ? m[1] : undefined;
}

/**
 * DatePicker: a native date input with inclusive `min`/`max` and an optional clear button. The
 * calendar is the browser's, so `side` and `align` (popover placement) have nothing to place.
 */
export function renderDatePicker(node: WidgetComponent, ctx: WidgetRenderContext): TemplateResult {
  const name = str(node['name']);
  const change = onChange(node, ctx, (el) =>
    (el as HTMLInputElement).value === '' ? null : (el as HTMLInputElement).value,
  );
  return html`<span class=${classMap({ 'date-wrap': true, block: on(node['block']) })}>
    <input
      type="date"
      class=${controlClasses(node, 'date', ['solid', 'soft', 'outline', 'ghost'], 'outline')}
      id=${ifDefined(fieldId(name))}
      name=${ifDefined(name)}
      aria-label=${ifDefined(str(node['placeholder']) ?? name)}
      .defaultValue=${isoDate(node['defaultValue']) ?? ''}
      min=${ifDefined(isoDate(node['min']))}
      max=${ifDefined(isoDate(node['max']))}
      ?disabled=${on(node['disabled'])}
      ?required=${on(node['required'])}
      @change=${change}
    />
    ${
      on(node['clearable'])
        ? html`<button
            type="button"
            class="clear"
            aria-label="Clear date"
            ?disabled=${on(node['disabled'])}
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

/** Checkbox: a labelled checkbox; its value is a boolean. */
export function renderCheckbox(node: WidgetComponent, ctx: WidgetRenderContext): TemplateResult {
  const name = str(node['name']);
  const checked = node['defaultChecked'] === true || node['defaultChecked'] === 'true';
  return html`<label class=${classMap({ checkbox: true, disabled: on(node['disabled']) })}>
    <input
      type="checkbox"
      id=${ifDefined(fieldId(name))}
      name=${ifDefined(name)}
      .defaultChecked=${checked}
      ?disabled=${on(node['disabled'])}
      ?required=${on(node['required'])}
      @change=${onChange(node, ctx, (el) => (el as HTMLInputElement).checked)}
    />
    <span>${str(node['label']) ?? ''}</span>
  </label>`;
}

/** RadioGroup: native radios in a labelled group, in a row or a column. */
export function renderRadioGroup(node: WidgetComponent, ctx: WidgetRenderContext): TemplateResult {
  const name = str(node['name']);
  const initial = str(node['defaultValue']);
  const disabled = on(node['disabled']);
  const direction = node['direction'] === 'row' ? 'row' : 'col';
  const change = onChange(node, ctx, (el) => (el as HTMLInputElement).value);
  return html`<div
    class="radio-group dir-${direction}"
    role="radiogroup"
    aria-label=${str(node['ariaLabel']) ?? name ?? 'Options'}
    id=${ifDefined(fieldId(name))}
  >
    ${options(node['options']).map(
      (o, i) =>
        html`<label class=${classMap({ radio: true, disabled: disabled || o.disabled })}>
          <input
            type="radio"
            name=${ifDefined(name)}
            value=${o.value}
            .defaultChecked=${o.value === initial}
            ?disabled=${disabled || o.disabled}
            ?required=${on(node['required']) && i === 0}
            @change=${change}
          />
          <span>${o.label}</span>
        </label>`,
    )}
  </div>`;
}
