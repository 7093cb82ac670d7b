import type { TokenizerExtension } from 'marked';

/**
 * TeX in Markdown, as `marked` extensions (used only when the `math` option is on): `$…$` and
 * `\(…\)` inline, `$$…$$` and `\[…\]` displayed, on lines of their own or inline.
 *
 * Prices stay text: an opening `$` must be followed by a non-space, a closing `$` preceded by a
 * non-space and not followed by a digit (`$5 and $6` is no formula). `\$` is a dollar sign. The
 * expressions are bounded ({@link MAX_TEX_CHARS}).
 *
 * The delimiters are found by hand-written scans, not by regular expressions with a bounded lazy
 * repetition: those cost a step per character up to the bound at every opener without a closer,
 * so three thousand `\(` in one answer took seconds (7.7 s in WebKit). A scan stops at the first
 * character that decides, and a `\(` without any `\)` in reach is refused by one native search.
 */

/** A math token: its TeX source, and whether it is displayed (a block of its own). */
export interface MathToken {
  type: 'math';
  raw: string;
  text: string;
  display: boolean;
}

/** Longest expression recognised; a longer one stays text. */
export const MAX_TEX_CHARS = 4000;

const N = MAX_TEX_CHARS;

const token = (raw: string, tex: string, display: boolean): MathToken => ({
  type: 'math',
  raw,
  text: tex.trim(),
  display,
});

const SPACE = /\s/;
const isSpace = (c: string | undefined): boolean => c !== undefined && SPACE.test(c);

/**
 * Where the content opened at `from` ends: the index of the backslash of the first `\` + `close`
 * (`\)` or `\]`). In the content a backslash and the character after it go together, so `\\)`
 * does not close. -1 when there is no such closer within {@link MAX_TEX_CHARS} units, or the
 * content is empty.
 */
function escapedClose(src: string, from: number, close: string): number {
  // Units are one or two characters: the closer, if any, is within 2N characters.
  if (src.slice(from, from + 2 * N + 2).indexOf('\\' + close) === -1) return -1;
  let units = 0;
  for (let i = from; i < src.length; units++) {
    if (src[i] === '\\') {
      if (src[i + 1] === close) return units === 0 ? -1 : i;
      if (i + 1 >= src.length) return -1;
      i += 2;
    } else i++;
    if (units + 1 > N) return -1;
  }
  return -1;
}

/** Where `$$…$$` content opened at `from` ends (the index of the closing `$$`), or -1. */
function doubleDollarClose(src: string, from: number): number {
  const end = src.indexOf('$', from);
  if (end === -1 || end === from || end - from > N || src[end + 1] !== '$') return -1;
  return end;
}

/** The length of `[ \t]*(?:\n+|$)` at `at`, or -1 when the line goes on. */
function lineEnd(src: string, at: number): number {
  let i = at;
  while (src[i] === ' ' || src[i] === '\t') i++;
  if (i === src.length) return i - at;
  if (src[i] !== '\n') return -1;
  while (src[i] === '\n') i++;
  return i - at;
}

/** Up to three leading spaces, as Markdown allows before a block. */
function indent(src: string): number {
  let i = 0;
  while (i < 3 && src[i] === ' ') i++;
  return i;
}

function blockMathAt(src: string): MathToken | undefined {
  const at = indent(src);
  if (src[at] === '$' && src[at + 1] === '$') {
    const end = doubleDollarClose(src, at + 2);
    if (end === -1) return undefined;
    const tail = lineEnd(src, end + 2);
    if (tail === -1) return undefined;
    const tex = src.slice(at + 2, end);
    return tex.trim() ? token(src.slice(0, end + 2 + tail), tex, true) : undefined;
  }
  if (src[at] === '\\' && src[at + 1] === '[') {
    const end = escapedClose(src, at + 2, ']');
    if (end === -1) return undefined;
    const tail = lineEnd(src, end + 2);
    if (tail === -1) return undefined;
    const tex = src.slice(at + 2, end);
    return tex.trim() ? token(src.slice(0, end + 2 + tail), tex, true) : undefined;
  }
  return undefined;
}

/** `$…$`: the index of the closing dollar, or -1. */
function dollarClose(src: string): number {
  const first = src[1];
  if (first === undefined || first === '$' || isSpace(first)) return -1;
  let units = 0;
  for (let i = 1; i < src.length && units < N; units++) {
    const c = src[i];
    if (c === '$') return -1;
    if (c === '\\') {
      if (i + 1 >= src.length || src[i + 1] === '\n') return -1;
      i += 2;
    } else i++;
    // The shortest content that may end here: a closing `$` after a non-space, non-backslash,
    // and not before a digit. Anything else goes on to the next unit.
    if (src[i] === '$') {
      const before = src[i - 1];
      const after = src[i + 1];
      if (
        !isSpace(before) &&
        before !== '\\' &&
        !(after !== undefined && after >= '0' && after <= '9')
      )
        return i;
    }
  }
  return -1;
}

function inlineMathAt(src: string): MathToken | undefined {
  const c = src[0];
  if (c === '$') {
    if (src[1] === '$') {
      const end = doubleDollarClose(src, 2);
      if (end !== -1) {
        const tex = src.slice(2, end);
        return tex.trim() ? token(src.slice(0, end + 2), tex, true) : undefined;
      }
    }
    const end = dollarClose(src);
    return end === -1 ? undefined : token(src.slice(0, end + 1), src.slice(1, end), false);
  }
  if (c !== '\\') return undefined;
  if (src[1] === '(') {
    const end = escapedClose(src, 2, ')');
    if (end !== -1) {
      const tex = src.slice(2, end);
      return tex.trim() ? token(src.slice(0, end + 2), tex, false) : undefined;
    }
    return undefined;
  }
  if (src[1] === '[') {
    const end = escapedClose(src, 2, ']');
    if (end === -1) return undefined;
    const tex = src.slice(2, end);
    return tex.trim() ? token(src.slice(0, end + 2), tex, true) : undefined;
  }
  return undefined;
}

const blockMath: TokenizerExtension = {
  name: 'math',
  level: 'block',
  tokenizer(src) {
    return src.length < 5 ? undefined : blockMathAt(src);
  },
};

const inlineMath: TokenizerExtension = {
  name: 'math',
  level: 'inline',
  start(src) {
    const at = src.search(/\$|\\[([]/);
    return at === -1 ? undefined : at;
  },
  tokenizer(src) {
    return inlineMathAt(src);
  },
};

/** The extensions, in `marked`'s `use({ extensions })` form. */
export const MATH_EXTENSIONS = [blockMath, inlineMath];

/** The scanners alone, for tests. */
export const mathScanners = { block: blockMathAt, inline: inlineMathAt };
