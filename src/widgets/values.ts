/**
 * The shared value types of widget props (widget-catalogue §2), turned into CSS. Every function
 * accepts anything and returns `undefined` for a value it cannot use, so a bad value falls back to
 * the component's default instead of breaking it.
 *
 * Widget JSON comes from a server and a model that are not trusted, so no server string reaches
 * CSS as it is: every value is **parsed** against what the catalogue allows (token names, hex,
 * `rgb()`/`hsl()` colours with numeric arguments, CSS named colours, numbers, lengths with known
 * units, the few keywords the catalogue names, linear and radial gradients of those colours), and
 * the CSS is written by these functions. Anything else is dropped. Server data never produces
 * `url()`, `var()` (only our own `--cw-*` names, written here), `expression`, `;`, `{`, `}`,
 * quotes, backslashes or comments.
 */
import { lookupTable } from '../util/safe-object.js';
import { color } from './css-color.js';
import { gradient } from './css-gradient.js';
import {
  clampMagnitude,
  cssNumber,
  MAX_PX,
  MAX_SPACE_UNITS,
  NUMBER,
  PLAIN_NUMBER,
  cssLength,
  SIZE_KEYWORDS,
  SPACE_UNIT_PX,
  isNum,
  isStr,
  isObj,
  ownProp,
} from './css-number.js';

export { CHART_SEQUENCE, color, cssColor } from './css-color.js';
export { gradient } from './css-gradient.js';
export { LENGTH_UNITS, SPACE_UNIT_PX, cssLength, cssNumber } from './css-number.js';

/** CSS declarations by property name; `undefined` entries are left unset. */
export type Style = Record<string, string | undefined>;

/**
 * A spacing value: units of the scale, or a CSS length (`auto` too, for margins). Negative values
 * only for margins.
 */
export function space(value: unknown, negative = false): string | undefined {
  if (isNum(value)) {
    if (value < 0 && !negative) return undefined;
    return value === 0
      ? '0'
      : `calc(var(--cw-widget-space-unit, ${SPACE_UNIT_PX}px) * ${cssNumber(clampMagnitude(value, MAX_SPACE_UNITS))})`;
  }
  if (!isStr(value)) return undefined;
  if (negative && value.trim() === 'auto') return 'auto';
  return cssLength(value, negative);
}

/** A size value: pixels (not negative), or a CSS length or one of the size keywords. */
export function px(value: unknown): string | undefined {
  if (isNum(value)) return value < 0 ? undefined : `${cssNumber(Math.min(value, MAX_PX))}px`;
  if (!isStr(value)) return undefined;
  const v = value.trim();
  return SIZE_KEYWORDS.has(v) ? v : cssLength(v);
}

/** Spacing on each side from a number, string or `{top, right, bottom, left, x, y}` object. */
export function sides(prefix: 'padding' | 'margin', value: unknown): Style {
  if (!isObj(value)) {
    const all = space(value, prefix === 'margin');
    return all === undefined ? {} : { [prefix]: all };
  }
  const negative = prefix === 'margin';
  const pick = (side: string, axis: string) =>
    space(ownProp(value, side) ?? ownProp(value, axis), negative);
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
  if (isStr(value)) return RADII[value.trim()] ?? cssLength(value);
  return isNum(value) ? px(value) : undefined;
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

/** The widest border a server value may give (px). */
const MAX_BORDER_PX = 64;

function oneBorder(value: unknown): string | undefined {
  if (isNum(value))
    return value < 0
      ? undefined
      : `${cssNumber(Math.min(value, MAX_BORDER_PX))}px solid var(--cw-color-border)`;
  if (!isObj(value)) return undefined;
  const size = ownProp(value, 'size');
  if (!isNum(size) || size < 0) return undefined;
  const kind = ownProp(value, 'style');
  const style = typeof kind === 'string' && BORDER_STYLES.has(kind) ? kind : 'solid';
  return `${cssNumber(Math.min(size, MAX_BORDER_PX))}px ${style} ${color(ownProp(value, 'color'), 'border') ?? 'var(--cw-color-border)'}`;
}

/** A border: width in px, `{size, color, style}`, or per side `{top, right, bottom, left, x, y}`. */
export function border(value: unknown): Style {
  const all = oneBorder(value);
  if (all) return { border: all };
  if (!isObj(value)) return {};
  const side = (s: string, axis: string) => oneBorder(ownProp(value, s) ?? ownProp(value, axis));
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
export const align = (v: unknown): string | undefined =>
  typeof v === 'string' ? ALIGN[v] : undefined;
/** `justify-content` from a Justification. */
export const justify = (v: unknown): string | undefined =>
  typeof v === 'string' ? JUSTIFY[v] : undefined;

const RATIO = new RegExp(`^(${NUMBER})\\s*(?:/\\s*(${NUMBER}))?$`);

/** `aspect-ratio` from a number (`1.5`) or a string (`"16 / 9"`, `"16/9"`, `"auto"`). */
export function aspectRatio(value: unknown): string | undefined {
  if (isNum(value)) return value > 0 ? cssNumber(value) : undefined;
  if (!isStr(value)) return undefined;
  const v = value.trim();
  if (v === 'auto') return v;
  const m = RATIO.exec(v);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = m[2] === undefined ? 1 : Number(m[2]);
  if (!(a > 0) || !(b > 0)) return undefined;
  return m[2] === undefined ? cssNumber(a) : `${cssNumber(a)} / ${cssNumber(b)}`;
}

/** Width, height, size, min/max and aspect ratio (the BlockProps). */
export function block(props: object): Style {
  const node = props as Record<string, unknown>;
  const get = (key: string) => ownProp(node, key);
  const size = px(get('size'));
  const minSize = px(get('minSize'));
  const maxSize = px(get('maxSize'));
  return {
    width: px(get('width')) ?? size,
    height: px(get('height')) ?? size,
    'min-width': px(get('minWidth')) ?? minSize,
    'min-height': px(get('minHeight')) ?? minSize,
    'max-width': px(get('maxWidth')) ?? maxSize,
    'max-height': px(get('maxHeight')) ?? maxSize,
    'aspect-ratio': aspectRatio(get('aspectRatio')),
  };
}

const FLEX_KEYWORDS = new Set(['auto', 'none', 'initial']);

/**
 * `flex` from a number, a keyword (`"auto"`, `"none"`, `"initial"`) or up to three parts (grow,
 * shrink, basis: `"1"`, `"0 0 auto"`, `"1 1 120px"`).
 */
export function flex(value: unknown): string | undefined {
  if (isNum(value)) return value < 0 ? undefined : cssNumber(value);
  if (!isStr(value)) return undefined;
  const v = value.trim();
  if (FLEX_KEYWORDS.has(v)) return v;
  const parts = v.split(/\s+/);
  if (parts.length > 3) return undefined;
  const out: string[] = [];
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    if (PLAIN_NUMBER.test(part) && Number(part) >= 0 && (i < 2 || Number(part) === 0)) {
      out.push(cssNumber(Number(part)));
    } else if (last && i > 0) {
      const basis = SIZE_KEYWORDS.has(part) ? part : cssLength(part);
      if (!basis) return undefined;
      out.push(basis);
    } else return undefined;
  }
  return out.join(' ');
}

/** A background: a surface token, primitive, `{light, dark}`, a colour or a gradient. */
export function background(value: unknown): string | undefined {
  return color(value, 'surface') ?? gradient(value);
}

/** Drops undefined and empty entries. */
export function compact(style: Style): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(style)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}

/** The box props shared by Box, Row, Col, Form and Basic (BoxBase + BlockProps). */
export function boxStyle(props: object): Record<string, string> {
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
