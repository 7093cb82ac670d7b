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
import { PALETTE } from '../theme/palette.js';
import { lookupTable } from '../util/safe-object.js';

/** CSS declarations by property name; `undefined` entries are left unset. */
export type Style = Record<string, string | undefined>;

/** The longest string value a parser looks at (longer ones are refused unread). */
const MAX_VALUE_LENGTH = 200;
/** Numbers are clamped to ±this, so a huge value cannot produce an exponent or an overflow. */
const MAX_MAGNITUDE = 100000;

/** A number for CSS: finite, clamped, at most 4 decimals, never in exponent notation. */
export function cssNumber(n: number): string {
  const clamped = Math.max(-MAX_MAGNITUDE, Math.min(MAX_MAGNITUDE, n));
  const rounded = Math.round(clamped * 10000) / 10000;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d+)?|\.\d+)`;
/** Length units a server value may use. */
export const LENGTH_UNITS = [
  'px',
  'em',
  'rem',
  '%',
  'vh',
  'vw',
  'vmin',
  'vmax',
  'svh',
  'svw',
  'lvh',
  'lvw',
  'dvh',
  'dvw',
  'ch',
  'ex',
  'lh',
  'rlh',
  'pt',
  'cqw',
  'cqh',
  'cqi',
  'cqb',
] as const;
const LENGTH = new RegExp(`^(${NUMBER})(${LENGTH_UNITS.join('|')})$`, 'i');
const PLAIN_NUMBER = new RegExp(`^${NUMBER}$`);

/**
 * A CSS length written by us: a number with a known unit (`12px`, `1.5rem`, `100%`), or `0`.
 * Negative lengths only when `negative` is set (margins).
 */
export function cssLength(value: unknown, negative = false): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  if (v.length > 32) return undefined;
  if (PLAIN_NUMBER.test(v) && Number(v) === 0) return '0';
  const m = LENGTH.exec(v);
  if (!m) return undefined;
  const n = Number(m[1]);
  if (!Number.isFinite(n) || (n < 0 && !negative)) return undefined;
  return `${cssNumber(n)}${m[2]!.toLowerCase()}`;
}

/** Size keywords the catalogue names (`"fit-content"`, `"auto"`) and their relatives. */
const SIZE_KEYWORDS = new Set(['auto', 'fit-content', 'min-content', 'max-content', 'none']);

/** Pixels of one spacing unit (`gap: 2` is 8px). The scale's unit is not documented; 4px fits. */
export const SPACE_UNIT_PX = 4;

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStr = (v: unknown): v is string =>
  typeof v === 'string' && v.trim() !== '' && v.length <= MAX_VALUE_LENGTH;
const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** An own property of a server object, never an inherited one (`__proto__`, `constructor`). */
const ownProp = (o: Record<string, unknown>, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;

/**
 * A spacing value: units of the scale, or a CSS length (`auto` too, for margins). Negative values
 * only for margins.
 */
export function space(value: unknown, negative = false): string | undefined {
  if (isNum(value)) {
    if (value < 0 && !negative) return undefined;
    return value === 0
      ? '0'
      : `calc(var(--cw-widget-space-unit, ${SPACE_UNIT_PX}px) * ${cssNumber(value)})`;
  }
  if (!isStr(value)) return undefined;
  if (negative && value.trim() === 'auto') return 'auto';
  return cssLength(value, negative);
}

/** A size value: pixels (not negative), or a CSS length or one of the size keywords. */
export function px(value: unknown): string | undefined {
  if (isNum(value)) return value < 0 ? undefined : `${cssNumber(value)}px`;
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

/** The CSS named colours (and `transparent`, `currentcolor`): plain identifiers, safe as they are. */
const NAMED_COLORS = new Set(
  (
    'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue ' +
    'blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk ' +
    'crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki ' +
    'darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen ' +
    'darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue ' +
    'dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite ' +
    'gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki ' +
    'lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan ' +
    'lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen ' +
    'lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen ' +
    'magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen ' +
    'mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream ' +
    'mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid ' +
    'palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum ' +
    'powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown ' +
    'seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen ' +
    'steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow ' +
    'yellowgreen transparent currentcolor'
  ).split(' '),
);

const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const COLOR_FUNCTION = /^(rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(([^()]*)\)$/i;
const COLOR_ARGUMENT = new RegExp(`^(?:${NUMBER}(?:%|deg|grad|rad|turn)?|none)$`, 'i');

/**
 * A raw CSS colour, parsed: `#rgb[a]`, `#rrggbb[aa]`, a colour function (`rgb()`, `hsl()`, …)
 * whose arguments are numbers, percentages, angles or `none` separated by commas, spaces and one
 * `/`, or a named colour. Rewritten from its parts; `undefined` for anything else.
 */
export function cssColor(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 64) return undefined;
  const v = value.trim();
  if (HEX.test(v)) return v.toLowerCase();
  const lower = v.toLowerCase();
  if (NAMED_COLORS.has(lower)) return lower;
  const fn = COLOR_FUNCTION.exec(v);
  if (!fn) return undefined;
  const body = fn[2]!.trim();
  if ((body.match(/\//g) ?? []).length > 1) return undefined;
  const [main, alpha] = body.split('/').map((part) => part.trim());
  const args = main!.split(/\s*,\s*|\s+/).filter((a) => a !== '');
  const commas = main!.includes(',');
  if (args.length < 3 || args.length > 4 || !args.every((a) => COLOR_ARGUMENT.test(a)))
    return undefined;
  if (alpha !== undefined && (args.length !== 3 || !COLOR_ARGUMENT.test(alpha))) return undefined;
  const list = args.join(commas ? ', ' : ' ');
  return `${fn[1]!.toLowerCase()}(${list}${alpha !== undefined ? ` / ${alpha}` : ''})`;
}

/**
 * A colour value: a token of the given kind, a primitive (`blue-500`, whose scale runs the other way
 * in dark mode), `alpha-NN` (the text colour at NN % opacity), `{light, dark}` (picked by the
 * colour scheme, shades taken literally), or a raw CSS colour (parsed by {@link cssColor}).
 */
export function color(
  value: unknown,
  kind: 'text' | 'surface' | 'border' | 'chart' = 'text',
  literal = false,
  depth = 0,
): string | undefined {
  if (isObj(value)) {
    // Each side names the exact shade for its scheme: no dark-mode inversion of the scale.
    if (depth > 0) return undefined;
    const light = color(ownProp(value, 'light'), kind, true, depth + 1);
    const dark = color(ownProp(value, 'dark'), kind, true, depth + 1);
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
  return cssColor(v);
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
  if (isNum(value))
    return value < 0 ? undefined : `${cssNumber(value)}px solid var(--cw-color-border)`;
  if (!isObj(value)) return undefined;
  const size = ownProp(value, 'size');
  if (!isNum(size) || size < 0) return undefined;
  const kind = ownProp(value, 'style');
  const style = typeof kind === 'string' && BORDER_STYLES.has(kind) ? kind : 'solid';
  return `${cssNumber(size)}px ${style} ${color(ownProp(value, 'color'), 'border') ?? 'var(--cw-color-border)'}`;
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

const GRADIENT = /^(linear|radial|repeating-linear|repeating-radial)-gradient\((.*)\)$/i;
const SIDES = ['top', 'bottom', 'left', 'right'];
const ANGLE = new RegExp(`^(${NUMBER})(deg|grad|rad|turn)$`, 'i');
const RADIAL_SHAPES = new Set(['circle', 'ellipse']);
const RADIAL_EXTENTS = new Set([
  'closest-side',
  'closest-corner',
  'farthest-side',
  'farthest-corner',
]);
const POSITIONS = new Set(['center', ...SIDES]);

/** Splits at top-level commas (commas inside `rgb(…)` stay); `null` for unbalanced brackets. */
function splitTopLevel(text: string): string[] | null {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return null;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  if (depth !== 0) return null;
  parts.push(text.slice(start).trim());
  return parts;
}

/** The first argument of a gradient when it is a direction, angle or shape; else `undefined`. */
function gradientHead(kind: string, part: string): string | undefined {
  const words = part.split(/\s+/);
  if (kind.endsWith('linear')) {
    const angle = ANGLE.exec(part);
    if (angle) return `${cssNumber(Number(angle[1]))}${angle[2]!.toLowerCase()}`;
    if (
      words[0] === 'to' &&
      words.length >= 2 &&
      words.length <= 3 &&
      words.slice(1).every((w) => SIDES.includes(w))
    )
      return words.join(' ');
    return undefined;
  }
  const at = words.indexOf('at');
  const shape = at === -1 ? words : words.slice(0, at);
  const position = at === -1 ? [] : words.slice(at + 1);
  const shapeOk = shape.every((w) => RADIAL_SHAPES.has(w) || RADIAL_EXTENTS.has(w));
  const positionOk =
    at === -1 ||
    (position.length >= 1 &&
      position.length <= 2 &&
      position.every((w) => POSITIONS.has(w) || cssLength(w) !== undefined));
  if (!shapeOk || !positionOk || words.length === 0) return undefined;
  return [
    ...shape,
    ...(at === -1 ? [] : ['at', ...position.map((w) => (POSITIONS.has(w) ? w : cssLength(w)!))]),
  ].join(' ');
}

/**
 * A gradient (`linear-gradient(135deg, #fff6d9 0%, #ceb0fb 100%)`), parsed: a direction, angle or
 * radial shape, then colour stops (a colour as {@link color} reads it, with up to two lengths).
 * Rewritten from its parts; `undefined` for anything else.
 */
export function gradient(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_VALUE_LENGTH * 2) return undefined;
  const m = GRADIENT.exec(value.trim());
  if (!m) return undefined;
  const kind = m[1]!.toLowerCase();
  const parts = splitTopLevel(m[2]!);
  if (!parts || parts.length < 2 || parts.length > 16) return undefined;
  const head = gradientHead(kind, parts[0]!);
  const stops = head === undefined ? parts : parts.slice(1);
  if (stops.length < 2) return undefined;
  const out: string[] = head === undefined ? [] : [head];
  for (const stop of stops) {
    // The colour is the part before the stop positions (which contain no brackets or spaces).
    const positions = /((?:\s+[^\s()]+){0,2})$/.exec(stop)![1]!;
    const colorText = stop.slice(0, stop.length - positions.length);
    const c = color(colorText, 'surface', true);
    const lengths = positions
      .trim()
      .split(/\s+/)
      .filter((p) => p !== '')
      .map((p) => cssLength(p, true));
    if (!c || lengths.some((l) => l === undefined)) return undefined;
    out.push([c, ...lengths].join(' '));
  }
  return `${kind}-gradient(${out.join(', ')})`;
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
