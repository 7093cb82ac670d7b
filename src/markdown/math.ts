import { html } from 'lit';
import type { TemplateResult } from 'lit';

import { adoptInto } from '../internal/lazy-parts.js';
import { trackExtra } from './extras.js';
import type { MathToken } from './math-syntax.js';
import type * as MathChunk from './math-katex.js';

/**
 * Math typeset by KaTeX, loaded lazily (math-katex.ts, a chunk of its own with KaTeX's styles and
 * fonts). KaTeX builds DOM nodes (never an HTML string); the node is rendered as a Lit child value.
 * Until KaTeX arrives, and when it fails or the TeX is invalid or too deeply nested, the source
 * shows as code.
 */

type Katex = typeof MathChunk;

/** Braces or `\left` groups nested deeper than this are not typeset (shown as source). */
export const MAX_TEX_DEPTH = 40;
/** Typeset expressions kept for re-renders (a streamed block re-renders its formulas per delta). */
const CACHE_SIZE = 200;

let katex: Katex | null = null;
let loading: Promise<Katex | null> | null = null;
const cache = new Map<string, Node | Error>();

function loadKatex(): void {
  loading ??= trackExtra(
    import('./math-katex.js').then(
      // The classic build has an empty module here: no typesetter, sources shown.
      (m) => (katex = typeof m.typeset === 'function' ? m : null),
      (error: unknown) => {
        console.error('<chat-widgets>: the math typesetter could not be loaded', error);
        return null;
      },
    ),
  );
}

/** How deeply braces and `\left…\right` nest in a TeX source. */
export function texDepth(tex: string): number {
  let depth = 0;
  let most = 0;
  for (let i = 0; i < tex.length; i++) {
    const c = tex[i];
    if (c === '\\') {
      if (tex.startsWith('left', i + 1)) depth++;
      else if (tex.startsWith('right', i + 1)) depth--;
      i++;
    } else if (c === '{') depth++;
    else if (c === '}') depth--;
    if (depth > most) most = depth;
  }
  return most;
}

/** The typeset node of an expression (a fresh copy), or the error KaTeX gave; null while loading. */
function typeset(tex: string, display: boolean): Node | Error | null {
  if (!katex) {
    loadKatex();
    return null;
  }
  const key = `${display ? 'D' : 'I'}${tex}`;
  let done = cache.get(key);
  if (!done) {
    done =
      texDepth(tex) > MAX_TEX_DEPTH ? new Error('nested too deeply') : katex.typeset(tex, display);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, done);
  }
  return done instanceof Error ? done : done.cloneNode(true);
}

/** A formula: typeset when KaTeX has loaded, else (or when invalid) its source as code. */
export function renderMath(token: MathToken): TemplateResult {
  const node = typeset(token.text, token.display);
  const display = token.display ? 'math math-display' : 'math math-inline';
  if (node instanceof Node) return html`<span class=${display}>${node}</span>`;
  const failed = node instanceof Error;
  return html`<code
    class="${display} math-source ${failed ? 'math-error' : ''}"
    title=${failed ? node.message : token.text}
    >${token.raw}</code
  >`;
}

/** Adds KaTeX's styles to a view's shadow root once KaTeX has loaded (the view calls it). */
export function adoptMathStyles(root: Node): void {
  if (katex) adoptInto(root, katex.katexStyles);
}
