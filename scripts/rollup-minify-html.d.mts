import type { Plugin } from 'rollup';

/** One template part's text with each run of whitespace holding a line break made one space. */
export function collapse(text: string): string;

/** Collapses the line breaks and indentation of the Lit `html`/`svg` templates of src/ (the CDN builds). */
export default function minifyHtml(): Plugin;
