/**
 * The shared value types of widget props (widget-catalogue §2), turned into CSS. Every function
 * accepts anything and returns `undefined` for a value it cannot use, so a bad value falls back to
 * the component's default instead of breaking it.
 */
import type { StyleInfo } from 'lit/directives/style-map.js';

import { PALETTE } from '../theme/palette.js';
import { lookupTable } from '../util/safe-object.js';

type Style = Record<string, string | undefined>;

/** Pixels of one spacing unit (`gap: 2` is 8px). The scale's unit is not documented; 4px fits. */
export const SPACE_UNIT_PX = 4;

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStr = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A spacing value: units of the scale, or a CSS length. */
export function space(value: unknown): string | undefined {
  if (isNum(value))
    return value === 0 ? '0' : `calc(var(--cw-widget-space-unit, ${SPACE_UNIT_PX}px) * ${value})`;
  return isStr(value) ? value : undefined;
}

/** A size value: pixels, or a CSS length or keyword. */
export function px(value: unknown): string | undefined {
  if (isNum(value)) return `${value}px`;
  return isStr(value) ? value : undefined;
}

/** Spacing on each side from a number, string or `{top, right, bottom, left, x, y}` object. */
export function sides(prefix: 'padding' | 'margin', value: unknown): Style {
  if (!isObj(value)) {
    const all = space(value);
    return all === undefined ? {} : { [prefix]: all };
  }
  const pick = (side: string, axis: string) => space(value[side] ?? value[axis]);
  return {
    [`${prefix}-top`]: pick('top', 'y'),
    [`${prefix}-right`]: pick('right', 'x'),
    [`${prefix}-bottom`]: pick('bottom', 'y'),
    [`${prefix}-left`]: pick('left', 'x'),
  };
}

const RADII = lookupTable<string>({
  none: '0',
  '2xs': '2px',
  xs: '4px',
  sm: '6px',
  md: '8px',
  lg: '12px',
  xl: '16px',
  '2xl': '20px',
  '3xl': '24px',
  '4xl': '32px',
  full: '9999px',
  '100%': '100%',
});

/** A radius token (`sm`, `full`, …) or a CSS length. */
export function radius(value: unknown): string | undefined {
  if (isStr(value)) return RADII[value] ?? value;
  return px(value);
}

const TEXT = lookupTable<string>({
  prose: 'var(--cw-color-text)',
  primary: 'var(--cw-color-text)',
  emphasis: 'var(--cw-color-text)',
  secondary: 'var(--cw-color-text-secondary)',
  tertiary: 'var(--cw-color-text-tertiary)',
  success: 'var(--cw-color-success)',
  warning: 'var(--cw-color-warning)',
  danger: 'var(--cw-color-danger)',
  caution: 'var(--cw-color-warning)',
  info: 'var(--cw-color-info)',
  discovery: 'var(--cw-color-discovery)',
});
const SURFACE = lookupTable<string>({
  surface: 'var(--cw-color-surface)',
  'surface-secondary': 'var(--cw-color-surface-secondary)',
  'surface-tertiary': 'var(--cw-color-surface-tertiary)',
  'surface-elevated': 'var(--cw-color-surface-elevated)',
  'surface-elevated-secondary': 'var(--cw-color-surface-secondary)',
});
const BORDER = lookupTable<string>({
  default: 'var(--cw-color-border)',
  subtle: 'var(--cw-color-border-subtle)',
  strong: 'var(--cw-color-border-strong)',
});
const CHART = lookupTable<string>({
  blue: 'var(--cw-palette-blue-500)',
  purple: 'var(--cw-palette-purple-500)',
  orange: 'var(--cw-palette-orange-500)',
  green: 'var(--cw-palette-green-500)',
  red: 'var(--cw-palette-red-500)',
  yellow: 'var(--cw-palette-yellow-500)',
  pink: 'var(--cw-palette-pink-500)',
});

/** Chart series colours in the order series without a colour get them. */
export const CHART_SEQUENCE = ['blue', 'purple', 'orange', 'green', 'pink', 'yellow', 'red'];

/**
 * A colour value: a token of the given kind, a primitive (`blue-500`, whose scale runs the other way
 * in dark mode), `alpha-NN` (the text colour at NN % opacity), `{light, dark}` (picked by the
 * colour scheme, shades taken literally), or raw CSS.
 */
export function color(
  value: unknown,
  kind: 'text' | 'surface' | 'border' | 'chart' = 'text',
  literal = false,
): string | undefined {
  if (isObj(value)) {
    // Each side names the exact shade for its scheme: no dark-mode inversion of the scale.
    const light = color(value['light'], kind, true);
    const dark = color(value['dark'], kind, true);
    if (light && dark) return `light-dark(${light}, ${dark})`;
    return light ?? dark;
  }
  if (!isStr(value)) return undefined;
  const v = value.trim();
  const table =
    kind === 'surface' ? SURFACE : kind === 'border' ? BORDER : kind === 'chart' ? CHART : TEXT;
  if (table[v]) return table[v];
  // Tokens of another kind still mean something (a text token as a border colour, say).
  const any = TEXT[v] ?? SURFACE[v] ?? BORDER[v];
  if (any) return any;
  const primitive = /^([a-z]+)-(50|[1-9]00)$/.exec(v);
  if (primitive && PALETTE[primitive[1]!]) {
    return literal
      ? PALETTE[primitive[1]!]![Number(primitive[2])]
      : `var(--cw-palette-${primitive[1]}-${primitive[2]})`;
  }
  const alpha = /^alpha-(\d{1,3})$/.exec(v);
  if (alpha)
    return `color-mix(in srgb, var(--cw-color-text) ${Math.min(100, Number(alpha[1]))}%, transparent)`;
  if (CHART[v]) return CHART[v];
  return v;
}

const BORDER_STYLES = new Set([
  'solid',
  'dashed',
  'dotted',
  'double',
  'groove',
  'ridge',
  'inset',
  'outset',
]);

function oneBorder(value: unknown): string | undefined {
  if (isNum(value)) return `${value}px solid var(--cw-color-border)`;
  if (!isObj(value) || !isNum(value['size'])) return undefined;
  const style =
    typeof value['style'] === 'string' && BORDER_STYLES.has(value['style'])
      ? value['style']
      : 'solid';
  return `${value['size']}px ${style} ${color(value['color'], 'border') ?? 'var(--cw-color-border)'}`;
}

/** A border: width in px, `{size, color, style}`, or per side `{top, right, bottom, left, x, y}`. */
export function border(value: unknown): Style {
  const all = oneBorder(value);
  if (all) return { border: all };
  if (!isObj(value)) return {};
  const side = (s: string, axis: string) => oneBorder(value[s] ?? value[axis]);
  return {
    'border-top': side('top', 'y'),
    'border-right': side('right', 'x'),
    'border-bottom': side('bottom', 'y'),
    'border-left': side('left', 'x'),
  };
}

const ALIGN = lookupTable<string>({
  start: 'flex-start',
  center: 'center',
  end: 'flex-end',
  baseline: 'baseline',
  stretch: 'stretch',
});
const JUSTIFY = lookupTable<string>({
  start: 'flex-start',
  center: 'center',
  end: 'flex-end',
  between: 'space-between',
  around: 'space-around',
  evenly: 'space-evenly',
  stretch: 'stretch',
});

/** `align-items` from an Alignment. */
export const align = (v: unknown) => (typeof v === 'string' ? ALIGN[v] : undefined);
/** `justify-content` from a Justification. */
export const justify = (v: unknown) => (typeof v === 'string' ? JUSTIFY[v] : undefined);

/** Width, height, size, min/max and aspect ratio (the BlockProps). */
export function block(props: object): Style {
  const node = props as Record<string, unknown>;
  const size = px(node['size']);
  const minSize = px(node['minSize']);
  const maxSize = px(node['maxSize']);
  const ratio = node['aspectRatio'];
  return {
    width: px(node['width']) ?? size,
    height: px(node['height']) ?? size,
    'min-width': px(node['minWidth']) ?? minSize,
    'min-height': px(node['minHeight']) ?? minSize,
    'max-width': px(node['maxWidth']) ?? maxSize,
    'max-height': px(node['maxHeight']) ?? maxSize,
    'aspect-ratio': isNum(ratio) ? String(ratio) : isStr(ratio) ? ratio : undefined,
  };
}

/** `flex` from a number or string. */
export function flex(value: unknown): string | undefined {
  if (isNum(value)) return String(value);
  return isStr(value) ? value : undefined;
}

/** A background: a surface token, primitive, `{light, dark}`, or any CSS (a gradient included). */
export function background(value: unknown): string | undefined {
  return color(value, 'surface');
}

/** Drops undefined entries, for `styleMap`. */
export function compact(style: Style): StyleInfo {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(style)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}

/** The box props shared by Box, Row, Col, Form and Basic (BoxBase + BlockProps). */
export function boxStyle(props: object): StyleInfo {
  const node = props as Record<string, unknown>;
  return compact({
    'align-items': align(node['align']),
    'justify-content': justify(node['justify']),
    'flex-wrap':
      typeof node['wrap'] === 'string' && ['nowrap', 'wrap', 'wrap-reverse'].includes(node['wrap'])
        ? node['wrap']
        : undefined,
    flex: flex(node['flex']),
    gap: space(node['gap']),
    ...sides('padding', node['padding']),
    ...sides('margin', node['margin']),
    ...border(node['border']),
    background: background(node['background']),
    'border-radius': radius(node['radius']),
    ...block(node),
  });
}

/** A string prop, or undefined. */
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
/** A boolean prop (`true` only). */
export const on = (v: unknown): boolean => v === true || v === 'true';
/** One of the allowed values, or the fallback. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fallback;
}
/** Whether a value is one of the allowed ones (an enumeration without a default). */
export function isOneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}
