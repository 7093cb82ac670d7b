import type { TokenizerExtension } from 'marked';

/**
 * TeX in Markdown, as `marked` extensions (used only when the `math` option is on): `$…$` and
 * `\(…\)` inline, `$$…$$` and `\[…\]` displayed, on lines of their own or inline.
 *
 * Prices stay text: an opening `$` must be followed by a non-space, a closing `$` preceded by a
 * non-space and not followed by a digit (`$5 and $6` is no formula). `\$` is a dollar sign. The
 * expressions are bounded ({@link MAX_TEX_CHARS}), so no pattern scans further than that.
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
const BLOCK_DOLLARS = new RegExp(`^ {0,3}\\$\\$([^$]{1,${N}}?)\\$\\$[ \\t]*(?:\\n+|$)`);
const BLOCK_BRACKETS = new RegExp(
  `^ {0,3}\\\\\\[((?:[^\\\\]|\\\\[^\\]]){1,${N}}?)\\\\\\][ \\t]*(?:\\n+|$)`,
);
const INLINE_DISPLAY = new RegExp(`^\\$\\$([^$]{1,${N}}?)\\$\\$`);
const INLINE_DOLLAR = new RegExp(
  `^\\$(?![\\s$])((?:\\\\[^\\n]|[^\\\\$]){1,${N}}?)(?<![\\s\\\\])\\$(?!\\d)`,
);
const INLINE_PAREN = new RegExp(`^\\\\\\(((?:[^\\\\]|\\\\[^)]){1,${N}}?)\\\\\\)`);
const INLINE_BRACKET = new RegExp(`^\\\\\\[((?:[^\\\\]|\\\\[^\\]]){1,${N}}?)\\\\\\]`);

const token = (raw: string, tex: string, display: boolean): MathToken => ({
  type: 'math',
  raw,
  text: tex.trim(),
  display,
});

const blockMath: TokenizerExtension = {
  name: 'math',
  level: 'block',
  tokenizer(src) {
    if (src.length < 4) return undefined;
    const m = BLOCK_DOLLARS.exec(src) ?? BLOCK_BRACKETS.exec(src);
    return m && m[1]!.trim() ? token(m[0], m[1]!, true) : undefined;
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
    const c = src[0];
    if (c === '$') {
      const d = INLINE_DISPLAY.exec(src);
      if (d) return d[1]!.trim() ? token(d[0], d[1]!, true) : undefined;
      const m = INLINE_DOLLAR.exec(src);
      return m ? token(m[0], m[1]!, false) : undefined;
    }
    if (c !== '\\') return undefined;
    const p = INLINE_PAREN.exec(src);
    if (p) return p[1]!.trim() ? token(p[0], p[1]!, false) : undefined;
    const b = INLINE_BRACKET.exec(src);
    return b && b[1]!.trim() ? token(b[0], b[1]!, true) : undefined;
  },
};

/** The extensions, in `marked`'s `use({ extensions })` form. */
export const MATH_EXTENSIONS = [blockMath, inlineMath];
