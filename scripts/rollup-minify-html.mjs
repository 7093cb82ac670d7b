/**
 * A rollup plugin for the CDN builds: collapses the indentation of Lit `html` and `svg` tagged
 * templates. Terser keeps template text as written, so the line breaks and indentation of every
 * multi-line template would otherwise ship verbatim (about 3 KB of the first load, 0.4 KB gzip).
 *
 * Each run of whitespace that holds a line break becomes one space. Outside `white-space: pre*`
 * that renders the same (HTML collapses whitespace, and between attributes any whitespace is one
 * separator); inside such an element a line break in a template would already show, so templates
 * whose text reaches one are written on one line (the bubble, plain Markdown chunks, widget text).
 * Whitespace without a line break, and every whitespace-only text node, are kept: a space between
 * two inline elements is part of the layout. A template holding `<pre` or `<textarea` (raw text
 * kept as written) is left alone, as is anything outside `src/`. The npm build is plain tsc and
 * is left alone, like the CSS minifier's.
 */
import MagicString from 'magic-string';
import { parseAst } from 'rollup/parseAst';

const TAGS = new Set(['html', 'svg']);

/** The tagged templates `html\`…\`` / `svg\`…\`` of a module's syntax tree, nested ones too. */
function templates(node, found = []) {
  if (Array.isArray(node)) {
    for (const child of node) templates(child, found);
  } else if (node && typeof node.type === 'string') {
    if (
      node.type === 'TaggedTemplateExpression' &&
      node.tag.type === 'Identifier' &&
      TAGS.has(node.tag.name)
    )
      found.push(node.quasi);
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (value && typeof value === 'object') templates(value, found);
    }
  }
  return found;
}

/** The text of one template part with its line-break whitespace collapsed. */
export function collapse(text) {
  return text.replace(/[ \t\r\n]*\n[ \t\r\n]*/g, ' ');
}

/** @returns {import('rollup').Plugin} */
export default function minifyHtml() {
  return {
    name: 'minify-html-templates',
    transform(code, id) {
      if (!id.includes('/src/') || !/\b(html|svg)`/.test(code)) return null;
      const out = new MagicString(code);
      let changed = false;
      for (const quasi of templates(parseAst(code))) {
        const parts = quasi.quasis;
        if (parts.some((p) => /<(pre|textarea)\b/i.test(p.value.raw))) continue;
        for (const part of parts) {
          const text = code.slice(part.start, part.end);
          const collapsed = collapse(text);
          if (collapsed === text) continue;
          out.overwrite(part.start, part.end, collapsed);
          changed = true;
        }
      }
      if (!changed) return null;
      return { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
    },
  };
}
