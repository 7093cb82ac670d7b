/**
 * A rollup plugin for the CDN builds: minifies the text of every Lit `css` tagged template with
 * esbuild's CSS minifier (terser keeps template text as written, so ~30 KB of indented,
 * commented CSS would otherwise ship verbatim). The npm build is plain tsc and is left alone:
 * the bundler of the page that uses it minifies (or not) as it does for any other code.
 *
 * Interpolations (`${unsafeCSS(TOKENS)}`) are swapped for placeholders before minifying and put
 * back after. A template the minifier cannot round-trip exactly (a placeholder lost, duplicated or
 * reordered, or a backslash escape whose raw and cooked forms differ) is left as it was.
 *
 * A plain template literal (no tag, no interpolation) whose whole text is a list of CSS
 * declarations (`--cw-color-text: #0d0d0d; …`, the token sets of src/theme/tokens.ts, which are
 * interpolated into several stylesheets and joined) loses its line breaks and indentation.
 */
import { transform } from 'esbuild';
import MagicString from 'magic-string';
import { parseAst } from 'rollup/parseAst';

/** A whole text of `property: value;` declarations (custom properties included), nothing else. */
const DECLARATIONS = /^\s*(-?-?[a-z][\w-]*\s*:[^;{}`\\$]+;\s*)+$/i;

/** The plain template literals of a module that hold only CSS declarations. */
function declarationLists(node, parent = null, found = []) {
  if (Array.isArray(node)) {
    for (const child of node) declarationLists(child, parent, found);
  } else if (node && typeof node.type === 'string') {
    if (
      node.type === 'TemplateLiteral' &&
      parent?.type !== 'TaggedTemplateExpression' &&
      node.expressions.length === 0 &&
      DECLARATIONS.test(node.quasis[0].value.raw)
    )
      found.push(node.quasis[0]);
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (value && typeof value === 'object') declarationLists(value, node, found);
    }
  }
  return found;
}

/**
 * A declaration list without its line breaks and indentation (whitespace between declarations,
 * or between a property's colon and a value that starts on the next line, means nothing); the
 * values are kept as written, so a custom property reads back as it was declared.
 */
export function minifyDeclarations(text) {
  return text.replace(/\s*\n\s*/g, '');
}

/** The end of the `${…}` starting at `start` (the index of `$`), skipping nested braces/strings. */
function interpolationEnd(code, start) {
  let depth = 0;
  for (let i = start + 1; i < code.length; i++) {
    const c = code[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
    else if (c === "'" || c === '"' || c === '`') {
      // Our CSS interpolations hold plain expressions; skip over a string literal in one.
      const quote = c;
      for (i++; i < code.length && code[i] !== quote; i++) if (code[i] === '\\') i++;
    }
  }
  return -1;
}

/** The `css\`…\`` templates of a module: the text's start and end, and its interpolations. */
function cssTemplates(code) {
  const found = [];
  const re = /\bcss`/g;
  let match;
  while ((match = re.exec(code))) {
    const start = match.index + match[0].length;
    const parts = [];
    let i = start;
    let end = -1;
    while (i < code.length) {
      const c = code[i];
      if (c === '\\') i += 2;
      else if (c === '`') {
        end = i;
        break;
      } else if (c === '$' && code[i + 1] === '{') {
        const close = interpolationEnd(code, i);
        if (close < 0) break;
        parts.push({ start: i, end: close + 1 });
        i = close + 1;
      } else i++;
    }
    if (end < 0) continue;
    re.lastIndex = end + 1;
    if (end === start) continue;
    found.push({ start, end, parts });
  }
  return found;
}

async function minifyTemplate(code, template) {
  const { start, end, parts } = template;
  // Declarations (`{ ${tokens} color: red }`) become a custom property, values an identifier:
  // both are CSS the minifier keeps verbatim.
  let text = '';
  let at = start;
  const placeholders = parts.map((part, index) => {
    text += code.slice(at, part.start);
    at = part.end;
    const before = code.slice(start, part.start).trimEnd();
    const after = code.slice(part.end, end).trimStart();
    const declaration = /[{;]$/.test(before) && /^([-\w]|}|$)/.test(after);
    const placeholder = declaration ? `--cw-slot-${index}:0;` : `__cw_slot_${index}__`;
    text += placeholder;
    return { placeholder, declaration, source: code.slice(part.start, part.end) };
  });
  text += code.slice(at, end);
  if (text.includes('\\')) return null;
  const { code: minified, warnings } = await transform(text, {
    loader: 'css',
    minify: true,
    logLevel: 'silent',
  });
  if (warnings.length) return null;
  let out = minified.trim();
  let searchFrom = 0;
  for (const { placeholder, declaration, source } of placeholders) {
    // The minifier drops the last `;` of a block: a declaration placeholder may lose its own.
    const token = declaration ? placeholder.slice(0, -1) : placeholder;
    const index = out.indexOf(token, searchFrom);
    if (index < 0 || out.indexOf(token, index + 1) >= 0) return null;
    const tokenEnd =
      index + token.length + (declaration && out[index + token.length] === ';' ? 1 : 0);
    // An interpolated declaration list gets a `;` after it (harmless if it ends with one).
    const replacement = declaration ? `${source};` : source;
    out = out.slice(0, index) + replacement + out.slice(tokenEnd);
    searchFrom = index + replacement.length;
  }
  if (out.includes('`')) return null;
  return out;
}

/** @returns {import('rollup').Plugin} */
export default function minifyCss() {
  return {
    name: 'minify-css-templates',
    async transform(code, id) {
      if (!id.includes('/src/')) return null;
      const templates = code.includes('css`') ? cssTemplates(code) : [];
      const lists = /`\s*-?-?[a-z][\w-]*\s*:/i.test(code) ? declarationLists(parseAst(code)) : [];
      if (!templates.length && !lists.length) return null;
      const out = new MagicString(code);
      for (const template of templates) {
        const minified = await minifyTemplate(code, template);
        if (minified === null) this.warn(`a css template in ${id} was left unminified`);
        else out.overwrite(template.start, template.end, minified);
      }
      for (const list of lists) {
        const minified = minifyDeclarations(list.value.raw);
        if (minified !== list.value.raw) out.overwrite(list.start, list.end, minified);
      }
      return { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
    },
  };
}
