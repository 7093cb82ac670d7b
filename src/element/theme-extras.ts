/**
 * The parts of ChatKit's `theme` option that compute colours or load fonts, in a chunk of their
 * own (most chats set none of them): `color.grayscale` (the gray scale built from a hue),
 * `color.accent.level` (how far the accent reaches) with the text colour that reads on the
 * accent, and `typography.fontSources` (web fonts added to the page while a chat uses them).
 *
 * The theme comes from the host page's options, not from the server; even so, every value is
 * checked and written through `style.setProperty` only.
 */
import type { ResolvedConfig } from './options.js';

type Theme = NonNullable<ResolvedConfig['theme']>;

/** A gray token's lightness (%) in light and in dark mode, and whether it is a text colour. */
const GRAYS: Record<string, [light: number, dark: number, text?: true]> = {
  '--cw-color-surface': [100, 13],
  '--cw-color-surface-secondary': [96, 18.5],
  '--cw-color-surface-tertiary': [91.5, 23],
  '--cw-color-surface-elevated': [100, 16.5],
  '--cw-color-user-bubble': [96, 18.5],
  '--cw-color-border': [89.5, 23],
  '--cw-color-border-strong': [80, 30],
  '--cw-color-border-subtle': [94, 21],
  '--cw-color-text': [5, 92.5, true],
  '--cw-color-text-secondary': [36.5, 70.5, true],
  '--cw-color-text-tertiary': [45, 61.5, true],
};

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));
const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/**
 * The gray tokens of `color.grayscale` `{hue, tint 0..9, shade -4..4}` for a scheme: every
 * surface, border and text gray takes the hue, with a saturation growing with `tint`; `shade`
 * moves the surfaces and borders lighter (positive) or darker (negative), 2% a step. Text keeps
 * its lightness (its contrast), tinted half as much. `{}` when `grayscale` is absent or invalid.
 */
export function grayscaleProperties(
  grayscale: unknown,
  scheme: 'light' | 'dark',
): Record<string, string> {
  if (typeof grayscale !== 'object' || grayscale === null) return {};
  const g = grayscale as { hue?: unknown; tint?: unknown; shade?: unknown };
  const hue = num(g.hue);
  if (hue === null) return {};
  const tint = clamp(num(g.tint) ?? 0, 0, 9);
  const shade = clamp(num(g.shade) ?? 0, -4, 4);
  const out: Record<string, string> = {};
  for (const [name, [light, dark, text]] of Object.entries(GRAYS)) {
    const base = scheme === 'dark' ? dark : light;
    const lightness = text ? base : clamp(base + 2 * shade, 0, 100);
    const saturation = (text ? 0.75 : 1.5) * tint;
    out[name] = `hsl(${((hue % 360) + 360) % 360} ${saturation}% ${lightness}%)`;
  }
  return out;
}

/** The sRGB channels (0–255) of a CSS colour, as the browser parses it; null if it cannot. */
export function parseColour(colour: string): [number, number, number] | null {
  if (typeof document === 'undefined' || !CSS.supports('color', colour)) return null;
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return null;
  ctx.fillStyle = '#010203';
  ctx.fillStyle = colour;
  const value = ctx.fillStyle;
  if (/^#[0-9a-f]{6}$/i.test(value))
    return [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16)) as [number, number, number];
  const rgb = /^rgba?\((\d+), (\d+), (\d+)/.exec(value);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : null;
}

/** WCAG relative luminance of sRGB channels. */
function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Near-black or white, whichever reads better on `colour` (WCAG contrast); null if unparsable. */
export function textOn(colour: string): string | null {
  const rgb = parseColour(colour);
  if (!rgb) return null;
  const l = luminance(rgb);
  const dark = 0.0039; // #0d0d0d
  return (l + 0.05) / (dark + 0.05) >= 1.05 / (l + 0.05) ? '#0d0d0d' : '#ffffff';
}

/**
 * The tokens of `color.accent` beyond `primary`: the text colour on the accent (`on-accent`), and
 * how far the accent reaches by `level`: 0 the send button and primary controls only (the
 * default look), 1 also links and focus rings, 2 also a tinted user bubble, 3 a user bubble in
 * the accent itself with its readable text colour.
 */
export function accentProperties(accent: unknown): Record<string, string> {
  if (typeof accent !== 'object' || accent === null) return {};
  const a = accent as { primary?: unknown; level?: unknown };
  if (typeof a.primary !== 'string' || !CSS.supports('color', a.primary)) return {};
  const out: Record<string, string> = {};
  const on = textOn(a.primary);
  if (on) out['--cw-color-on-accent'] = on;
  const level = clamp(Math.round(num(a.level) ?? 0), 0, 3);
  if (level >= 1) {
    out['--cw-color-link'] = 'var(--cw-color-accent)';
    out['--cw-color-focus'] = 'var(--cw-color-accent)';
  }
  if (level === 2) {
    out['--cw-color-user-bubble'] =
      'color-mix(in srgb, var(--cw-color-accent) 14%, var(--cw-color-surface))';
  }
  if (level === 3) {
    out['--cw-color-user-bubble'] = 'var(--cw-color-accent)';
    if (on) out['--cw-color-user-bubble-text'] = on;
  }
  return out;
}

/** The custom properties the computed parts of a theme set, for the scheme shown. */
export function computedThemeProperties(
  theme: Theme | null,
  scheme: 'light' | 'dark',
): Record<string, string> {
  return {
    ...grayscaleProperties(theme?.color?.grayscale, scheme),
    ...accentProperties(theme?.color?.accent),
  };
}

/** A web font of `typography.fontSources`. */
interface FontSource {
  family: string;
  src: string;
  weight?: string | number;
  style?: 'normal' | 'italic' | 'oblique';
  display?: 'auto' | 'block' | 'swap' | 'fallback' | 'optional';
  unicodeRange?: string;
}

function validFont(value: unknown): FontSource | null {
  if (typeof value !== 'object' || value === null) return null;
  const f = value as Record<string, unknown>;
  if (typeof f['family'] !== 'string' || !f['family'] || typeof f['src'] !== 'string') return null;
  let url: URL;
  try {
    url = new URL(f['src'], document.baseURI);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:' && url.protocol !== 'data:')
    return null;
  return {
    family: f['family'],
    src: url.href,
    ...(typeof f['weight'] === 'string' || typeof f['weight'] === 'number'
      ? { weight: f['weight'] }
      : {}),
    ...(f['style'] === 'normal' || f['style'] === 'italic' || f['style'] === 'oblique'
      ? { style: f['style'] }
      : {}),
    ...(['auto', 'block', 'swap', 'fallback', 'optional'].includes(f['display'] as string)
      ? { display: f['display'] as FontSource['display'] }
      : {}),
    ...(typeof f['unicodeRange'] === 'string' ? { unicodeRange: f['unicodeRange'] } : {}),
  };
}

/** The fonts added to the page, by description, with how many chats use each. */
const fonts = new Map<string, { face: FontFace; users: number }>();

/**
 * The web fonts of one chat: added to the page's font set while the chat uses them (a face two
 * chats use is added once) and removed when none does. A font that fails to load is reported on
 * the console; the text keeps the next family of its stack.
 */
export class FontSources {
  private held: string[] = [];

  /** Holds the fonts of `sources` (an invalid entry is skipped with a warning), releasing the rest. */
  set(sources: unknown): void {
    const wanted = (Array.isArray(sources) ? sources : []).flatMap((s) => {
      const font = validFont(s);
      if (!font)
        console.warn('<chat-widgets>: a theme.typography.fontSources entry is invalid.', s);
      return font ? [font] : [];
    });
    const keys = wanted.map((f) => JSON.stringify(f));
    for (const [i, key] of keys.entries()) {
      if (this.held.includes(key)) continue;
      const entry = fonts.get(key);
      if (entry) entry.users += 1;
      else fonts.set(key, { face: addFace(wanted[i]!), users: 1 });
    }
    for (const key of this.held) if (!keys.includes(key)) release(key);
    this.held = keys;
  }

  /** Lets go of every font (the chat left the page). */
  clear(): void {
    this.set([]);
  }
}

function addFace(font: FontSource): FontFace {
  const face = new FontFace(font.family, `url(${JSON.stringify(font.src)})`, {
    ...(font.weight !== undefined ? { weight: String(font.weight) } : {}),
    ...(font.style ? { style: font.style } : {}),
    ...(font.display ? { display: font.display } : {}),
    ...(font.unicodeRange ? { unicodeRange: font.unicodeRange } : {}),
  });
  document.fonts.add(face);
  face.load().catch((error: unknown) => {
    console.warn(`<chat-widgets>: the font "${font.family}" (${font.src}) did not load.`, error);
  });
  return face;
}

function release(key: string): void {
  const entry = fonts.get(key);
  if (!entry) return;
  entry.users -= 1;
  if (entry.users > 0) return;
  fonts.delete(key);
  document.fonts.delete(entry.face);
}
