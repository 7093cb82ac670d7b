/**
 * Numbers, lengths and the checks every widget value parser shares (see values.ts): numbers are
 * clamped and never written with an exponent, lengths need a known unit, strings are bounded.
 */
/** The longest string value a parser looks at (longer ones are refused unread). */
export const MAX_VALUE_LENGTH = 200;
/** Numbers are clamped to ±this, so a huge value cannot produce an exponent or an overflow. */
export const MAX_MAGNITUDE = 100000;

/** A number for CSS: finite, clamped, at most 4 decimals, never in exponent notation. */
export function cssNumber(n: number): string {
  const clamped = Math.max(-MAX_MAGNITUDE, Math.min(MAX_MAGNITUDE, n));
  const rounded = Math.round(clamped * 10000) / 10000;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

export const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d+)?|\.\d+)`;
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
/**
 * The largest length a server value may give: far beyond any chat layout, yet short of the
 * absurd (a few such sizes made a thread 2.7 million px tall). Pixels up to 10,000; font-relative
 * units up to 625 (10,000 px at 16 px); anything relative to a box or the viewport up to 1,000.
 */
export const MAX_PX = 10000;
const MAX_BY_UNIT: Readonly<Record<string, number>> = {
  px: MAX_PX,
  pt: MAX_PX * 0.75,
  em: 625,
  rem: 625,
  ch: 625,
  ex: 625,
  lh: 625,
  rlh: 625,
};
/** Spacing units (`gap`, `padding`, `margin` numbers) up to this many: 1,000 px. */
export const MAX_SPACE_UNITS = 250;

/** `n` clamped to ±`max`. */
export const clampMagnitude = (n: number, max: number): number => Math.max(-max, Math.min(max, n));

export const LENGTH = new RegExp(`^(${NUMBER})(${LENGTH_UNITS.join('|')})$`, 'i');
export const PLAIN_NUMBER = new RegExp(`^${NUMBER}$`);

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
  const unit = m[2]!.toLowerCase();
  return `${cssNumber(clampMagnitude(n, MAX_BY_UNIT[unit] ?? 1000))}${unit}`;
}

/** Size keywords the catalogue names (`"fit-content"`, `"auto"`) and their relatives. */
export const SIZE_KEYWORDS = new Set(['auto', 'fit-content', 'min-content', 'max-content', 'none']);

/** Pixels of one spacing unit (`gap: 2` is 8px). The scale's unit is not documented; 4px fits. */
export const SPACE_UNIT_PX = 4;

export const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isStr = (v: unknown): v is string =>
  typeof v === 'string' && v.trim() !== '' && v.length <= MAX_VALUE_LENGTH;
export const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** An own property of a server object, never an inherited one (`__proto__`, `constructor`). */
export const ownProp = (o: Record<string, unknown>, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
