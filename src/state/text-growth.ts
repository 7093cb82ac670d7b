/**
 * What a streamed text grew by, known without reading the text.
 *
 * A streamed answer is a rope: each delta is appended in constant time, but any slice, compare or
 * scan of it makes the engine copy the whole string into flat memory. A view that re-reads the
 * text to learn what was appended (a 2 MB answer, once per frame) thus does O(message) work per
 * frame. Instead, each appended version of a text remembers the deltas it grew by, in a log shared
 * by every version of one growing text: a view that saw version `count = 10` and is given
 * `count = 14` reads the four deltas in between, and never the text.
 *
 * The log is append-only and each version reads only its own first `count` entries, so versions
 * stay immutable in effect. Only the newest version of a log extends it; appending to an older
 * version (state replayed from an earlier snapshot) starts a new log, so no two lines of growth
 * ever share one.
 */

/** The growth of one version of a text: the log's first `count` chunks, appended in order. */
export interface TextGrowth {
  /** Every chunk appended to the text since the log began (shared by its versions). */
  readonly log: readonly string[];
  /** How many chunks of the log this version holds. */
  readonly count: number;
  /** The length of this version's text. */
  readonly length: number;
}

const growths = new WeakMap<object, TextGrowth>();

/** Returns a copy of `part` with `delta` appended to its text, remembering the growth. */
export function appendText<T extends { readonly text: string }>(part: T, delta: string): T {
  const next = { ...part, text: part.text + delta };
  const previous = growths.get(part);
  const log = previous && previous.log.length === previous.count ? (previous.log as string[]) : [];
  log.push(delta);
  growths.set(next, { log, count: log.length, length: next.text.length });
  return next;
}

/** The growth of a part made by {@link appendText}; `undefined` for any other object. */
export function textGrowth(part: object): TextGrowth | undefined {
  return growths.get(part);
}

/**
 * The text appended between two versions of one growing text, or `null` when `to` does not
 * extend `from` (another log, an older version, or either unknown).
 */
export function appendedBetween(
  from: TextGrowth | undefined,
  to: TextGrowth | undefined,
): string | null {
  if (!from || !to || from.log !== to.log || to.count < from.count) return null;
  return to.log.slice(from.count, to.count).join('');
}
