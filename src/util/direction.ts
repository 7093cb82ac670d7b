/**
 * Text direction by the first strong character, as `dir="auto"` decides it.
 *
 * `dir="auto"` is what the chat uses wherever text of unknown language shows, and it stays the
 * rule. But Chromium and WebKit work it out again on every node inserted under such an element,
 * reading its text from the start until a strong character: a paragraph of thousands of inline
 * nodes with no letter early (escapes, citations, formulas) took seconds to render (2.7 s in
 * Chromium and 7 s in WebKit for 6,000 nodes). Past {@link AUTO_DIR_MAX_NODES} nodes the
 * renderers therefore set the direction this module computes instead, once.
 *
 * The character classes follow Closure Library's (goog.i18n.bidi), a close approximation of the
 * Unicode bidirectional classes L and R/AL, by code point; emoji and symbols are neutral.
 */

/** A resolved text direction. */
export type TextDirection = 'ltr' | 'rtl';

const LTR =
  'A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02B8\u0300-\u0590\u0900-\u1FFF\u200E\u2C00-\uD7FF' +
  '\uF900-\uFB1C\uFE00-\uFE6F\uFEFD-\uFFFF\u{10000}-\u{107FF}\u{11000}-\u{1E7FF}\u{20000}-\u{10FFFF}';
const RTL =
  '\u0591-\u065F\u066A-\u06EF\u06FA-\u08FF\u200F\uFB1D-\uFDFF\uFE70-\uFEFC\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}';
// The classes are ranges of code points; combining marks (U+0300…) are strong L as in Closure.
// eslint-disable-next-line no-misleading-character-class
const STRONG = new RegExp(`[${LTR}${RTL}]`, 'u');
const RTL_CHAR = new RegExp(`^[${RTL}]$`, 'u');

/** Most nodes under one `dir="auto"` element before its direction is computed here instead. */
export const AUTO_DIR_MAX_NODES = 200;

/** The direction of the first strong character in `text`, or null when it has none. */
export function firstStrongDirection(text: string): TextDirection | null {
  const m = STRONG.exec(text);
  if (!m) return null;
  return RTL_CHAR.test(m[0]) ? 'rtl' : 'ltr';
}

/**
 * Finds the direction of a run of texts read in order, the way `dir="auto"` would over them: feed
 * each text until {@link DirectionFinder.found} is set. With no strong character at all the
 * direction is `ltr`, as for `dir="auto"`.
 */
export class DirectionFinder {
  found: TextDirection | null = null;

  add(text: string): void {
    if (this.found === null) this.found = firstStrongDirection(text);
  }

  get direction(): TextDirection {
    return this.found ?? 'ltr';
  }
}
