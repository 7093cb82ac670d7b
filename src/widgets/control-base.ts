/**
 * What the form controls share (catalogue §3.4): sizes and variants, the `field-<name>` id Label
 * points at, autofill opt-out, select-on-focus, change actions and options. Each control is a
 * native one whose typed value survives re-renders: defaults are set through `defaultValue`, never
 * forced back over what the user typed.
 */
import { classMap } from 'lit/directives/class-map.js';

import type { WidgetRenderContext } from './registry.js';
import { oneOf, on, str } from './values.js';
import { resolveActionConfig } from './widget-host.js';

/** Control sizes. */
export const CONTROL_SIZES = ['3xs', '2xs', 'xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl'] as const;
/** A control size. */
export type ControlSize = (typeof CONTROL_SIZES)[number];
/** Control variants. */
export const CONTROL_VARIANTS = ['solid', 'soft', 'outline', 'ghost'] as const;
/** A control variant. */
export type ControlVariant = (typeof CONTROL_VARIANTS)[number];
/** The variants of Input and Textarea. */
export const FIELD_VARIANTS = ['soft', 'outline'] as const;
/** A variant of Input or Textarea. */
export type FieldVariant = (typeof FIELD_VARIANTS)[number];
/** Gutter sizes (horizontal padding) of Input and Textarea. */
export const GUTTER_SIZES = ['2xs', 'xs', 'sm', 'md', 'lg', 'xl'] as const;
/** A gutter size. */
export type GutterSize = (typeof GUTTER_SIZES)[number];

/** Props of any control, read as untrusted. */
const props = (node: object) => node as Record<string, unknown>;

/** `id` of a control by its name, for Label's `fieldName`. */
export const fieldId = (name: string | undefined) => (name ? `field-${name}` : undefined);

/** Attributes that keep password managers away unless the widget allows them. */
export const noAutofill = (node: object) =>
  props(node)['allowAutofillExtensions'] === true ? undefined : 'true';

/** Classes of a control: kind, variant, size, gutter, pill, block. */
export function controlClasses(
  control: object,
  kind: string,
  variants: readonly string[],
  fallback: string,
) {
  const node = props(control);
  return classMap({
    control: true,
    [kind]: true,
    [`variant-${oneOf(node['variant'], variants, fallback)}`]: true,
    [`size-${oneOf(node['size'], CONTROL_SIZES, 'md')}`]: true,
    [`gutter-${oneOf(node['gutterSize'], GUTTER_SIZES, 'md')}`]: true,
    pill: on(node['pill']),
    block: on(node['block']) || kind === 'textarea' || kind === 'input',
  });
}

/** Selects the text on focus when `autoSelect` is on. */
export function selectOnFocus(node: object) {
  return (e: Event) => {
    if (on(props(node)['autoSelect'])) (e.target as HTMLInputElement).select();
  };
}

/** Fires a change action with the control's value merged under its name. */
export function onChange(
  control: object,
  ctx: WidgetRenderContext,
  value: (el: HTMLElement) => unknown,
) {
  const node = props(control);
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

/** An option of a Select or RadioGroup, as the catalogue types it. */
export interface ControlOption {
  value: string;
  label: string;
  disabled?: boolean;
  description?: string;
}

/** An option as read: its value as a string, its label defaulting to the value. */
export interface ParsedOption {
  value: string;
  label: string;
  disabled: boolean;
  description?: string;
}

/** Reads options: string, number or boolean values only; anything else is left out. */
export function options(value: unknown): ParsedOption[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((o): ParsedOption[] => {
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
