/**
 * Pure helpers of `<cw-select>`: which option a key moves to, which option type-ahead finds. No
 * DOM: lists in, numbers out (where the popup goes is ../../popup-geometry.ts).
 */
import type { ParsedOption } from '../../control-base.js';

/** The options a query keeps: those whose label or description contains it (case-insensitive). */
export function filterOptions(options: ParsedOption[], query: string): ParsedOption[] {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return options;
  return options.filter(
    (o) =>
      o.label.toLocaleLowerCase().includes(q) ||
      (o.description?.toLocaleLowerCase().includes(q) ?? false),
  );
}

/** The key moves of an open list. */
export type Move = 'next' | 'previous' | 'first' | 'last' | 'page-down' | 'page-up';

/**
 * The index an arrow, Home/End or Page key moves to from `from` (-1: none yet), skipping disabled
 * options and stopping at the ends; -1 when every option is disabled.
 */
export function moveIndex(options: ParsedOption[], from: number, move: Move): number {
  const enabled = options.flatMap((o, i) => (o.disabled ? [] : [i]));
  if (!enabled.length) return -1;
  const first = enabled[0]!;
  const last = enabled.at(-1)!;
  switch (move) {
    case 'first':
      return first;
    case 'last':
      return last;
    case 'next':
      return from < 0 ? first : (enabled.find((i) => i > from) ?? last);
    case 'previous':
      return from < 0 ? last : (enabled.findLast((i) => i < from) ?? first);
    case 'page-down':
      return enabled.find((i) => i >= from + 10) ?? last;
    case 'page-up':
      return enabled.findLast((i) => i <= from - 10) ?? first;
  }
}

/**
 * Type-ahead: the first enabled option after `from` (wrapping) whose label starts with `typed`;
 * a run of one repeated letter cycles through the options starting with it. -1 when none does.
 */
export function typeAhead(options: ParsedOption[], from: number, typed: string): number {
  const t = typed.toLocaleLowerCase();
  const repeated = t.length > 1 && [...t].every((c) => c === t[0]);
  const prefix = repeated ? t[0]! : t;
  // A fresh search starts at the current option (a longer prefix may still match it); a single
  // letter or a repeated one looks past it.
  const start = t.length === 1 || repeated ? from + 1 : Math.max(from, 0);
  for (let k = 0; k < options.length; k++) {
    const i = (start + k) % options.length;
    const o = options[i]!;
    if (!o.disabled && o.label.toLocaleLowerCase().startsWith(prefix)) return i;
  }
  return -1;
}
