import type { Plugin } from 'rollup';

/** Minifies the text of the Lit `css` templates of src/ (the CDN builds). */
export default function minifyCss(): Plugin;

/** A CSS declaration list without its line breaks and indentation. */
export function minifyDeclarations(text: string): string;
