/**
 * The math chunk: KaTeX, its styles (adopted by the views that show math) and its fonts, added to
 * the document through the FontFace API the first time a formula is typeset (@font-face rules do
 * not apply inside shadow roots). The fonts load from `./katex-fonts/` beside this chunk; should
 * they fail (not shipped, or the page's CSP forbids them), formulas use the system's fonts.
 */
import katex from 'katex';

import { katexFonts, katexStyles } from './katex-styles.js';

export { katexStyles };

/** What KaTeX may do with hostile TeX: no links or HTML extensions, bounded sizes and macros. */
const OPTIONS = {
  throwOnError: true,
  trust: false,
  strict: 'ignore',
  maxSize: 20,
  maxExpand: 500,
  output: 'htmlAndMathml',
} as const;

let fontsAdded = false;

function addFonts(): void {
  if (fontsAdded) return;
  fontsAdded = true;
  if (typeof FontFace !== 'function' || !document.fonts) return;
  for (const [family, style, weight, url] of katexFonts()) {
    try {
      document.fonts.add(
        new FontFace(family, `url(${JSON.stringify(url.href)}) format("woff2")`, {
          style,
          weight,
          display: 'swap',
        }),
      );
    } catch {
      // A font that cannot be added leaves its glyphs to the system's fonts.
    }
  }
}

/**
 * Typesets TeX as DOM nodes (KaTeX's `render` builds elements with `createElement`; no HTML
 * string is parsed), or returns the error for invalid TeX.
 */
export function typeset(tex: string, display: boolean): Node | Error {
  addFonts();
  const into = document.createElement('span');
  try {
    katex.render(tex, into, { ...OPTIONS, displayMode: display });
    return into;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return new Error(message.slice(0, 300));
  }
}
