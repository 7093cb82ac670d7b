/**
 * Colours of widget props (catalogue §2): tokens, primitives (`blue-500`), `alpha-NN`,
 * `{light, dark}`, hex, `rgb()`/`hsl()`-style functions with numeric arguments only, and the CSS
 * named colours. Anything else is dropped (see values.ts).
 */
import { PALETTE } from '../theme/palette.js';
import { lookupTable } from '../util/safe-object.js';
import { NUMBER, isStr, isObj, ownProp } from './css-number.js';

export const TEXT = lookupTable<string>({
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
export const SURFACE = lookupTable<string>({
  surface: 'var(--cw-color-surface)',
  'surface-secondary': 'var(--cw-color-surface-secondary)',
  'surface-tertiary': 'var(--cw-color-surface-tertiary)',
  'surface-elevated': 'var(--cw-color-surface-elevated)',
  'surface-elevated-secondary': 'var(--cw-color-surface-secondary)',
});
export const BORDER = lookupTable<string>({
  default: 'var(--cw-color-border)',
  subtle: 'var(--cw-color-border-subtle)',
  strong: 'var(--cw-color-border-strong)',
});
export const CHART = lookupTable<string>({
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
export const NAMED_COLORS = new Set(
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

export const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
export const COLOR_FUNCTION = /^(rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(([^()]*)\)$/i;
export const COLOR_ARGUMENT = new RegExp(`^(?:${NUMBER}(?:%|deg|grad|rad|turn)?|none)$`, 'i');

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
