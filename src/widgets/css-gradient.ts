/**
 * Linear and radial gradients of widget backgrounds, parsed into their parts and written anew:
 * directions, angles, shapes, positions and colour stops of parsed colours only (see values.ts).
 */
import { color } from './css-color.js';
import { MAX_VALUE_LENGTH, cssNumber, NUMBER, cssLength } from './css-number.js';

export const GRADIENT = /^(linear|radial|repeating-linear|repeating-radial)-gradient\((.*)\)$/i;
export const SIDES = ['top', 'bottom', 'left', 'right'];
export const ANGLE = new RegExp(`^(${NUMBER})(deg|grad|rad|turn)$`, 'i');
export const RADIAL_SHAPES = new Set(['circle', 'ellipse']);
export const RADIAL_EXTENTS = new Set([
  'closest-side',
  'closest-corner',
  'farthest-side',
  'farthest-corner',
]);
export const POSITIONS = new Set(['center', ...SIDES]);

/** Splits at top-level commas (commas inside `rgb(…)` stay); `null` for unbalanced brackets. */
export function splitTopLevel(text: string): string[] | null {
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
export function gradientHead(kind: string, part: string): string | undefined {
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
