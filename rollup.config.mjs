// The CDN builds only; the npm output is plain tsc (unbundled ESM + .d.ts), built by `npm run
// build` before this. Both come from src/cdn.ts and register the elements when loaded:
//
// - dist/cdn/chat-widgets.js, an ES module for <script type="module" src=…>. It imports the
//   first-load code (chunks/core-<hash>.js); the rarely used parts (charts, date pickers, form
//   controls, …) are chunks in dist/cdn/chunks/ too, loaded with relative import()s the first time
//   they are needed: from beside the main file, on any CDN path, with nothing for the host to
//   configure. The shared code is a chunk of its own, not the main file, so that a page loading
//   `chat-widgets.js?v=2` (a different module URL) still gets one copy of it.
// - dist/cdn/chat-widgets.iife.js, one self-contained classic script for <script src=…> (tag
//   managers, CMSs that cannot add a module script): registers the elements, everything in one
//   file, nothing lazy.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

import minifyCss from './scripts/rollup-minify-css.mjs';
import minifyHtml from './scripts/rollup-minify-html.mjs';

const plugins = (module) => [
  nodeResolve({ exportConditions: ['production', 'browser', 'import', 'default'] }),
  esbuild({ tsconfig: 'tsconfig.json', target: 'es2022' }),
  minifyCss(),
  minifyHtml(),
  // A second compress pass folds what the first one exposed (about 50 B gzip of the first load).
  terser({ ecma: 2022, module, compress: { passes: 2 }, format: { comments: false } }),
];

/**
 * The classic build leaves out the chunks of every Lucide icon (32 lazy chunks of the module build,
 * 3–5 KB gzip each, 130 KB in all) and their loaders: one file must stay light. There, every
 * Lucide name is in one empty table, so a `lucide:` name outside the 93 bundled glyphs draws the
 * neutral placeholder, as an unknown name does.
 */
const withoutLucideTable = {
  name: 'without-lucide-table',
  resolveId(source, importer) {
    if (source === './lucide-data/buckets.js' && importer?.includes('/src/widgets/'))
      return '\0lucide-buckets';
    return null;
  },
  load(id) {
    if (id !== '\0lucide-buckets') return null;
    return `const none = { LUCIDE_GLYPHS: Object.create(null) };
export const lucideBucket = () => 0;
export const LUCIDE_BUCKETS = [() => Promise.resolve(none)];
`;
  },
};

/**
 * The classic build leaves out the Markdown extras' heavy chunks too: KaTeX (80 KB gzip, math then
 * shows as its TeX source) and the syntax highlighter with its grammars (code then shows plain).
 * Their modules become empty ones, which the loaders read as a failed load.
 */
const withoutMarkdownExtras = {
  name: 'without-markdown-extras',
  resolveId(source, importer) {
    if (!importer?.includes('/src/markdown/')) return null;
    if (source === './math-katex.js' || source === './highlight-core.js') return '\0cw-no-extra';
    if (source.startsWith('refractor/')) return '\0cw-no-extra';
    return null;
  },
  load(id) {
    if (id !== '\0cw-no-extra') return null;
    return 'export const refractor = null, typeset = null, katexStyles = null;\nexport default null;\n';
  },
};

export default [
  {
    // templates.js: `chat-widgets/templates` for pages without a bundler (its own entry, never
    // part of the first load).
    input: {
      'chat-widgets': 'src/cdn.ts',
      templates: 'src/templates/index.ts',
      protocol: 'src/cdn-protocol.ts',
    },
    output: {
      dir: 'dist/cdn',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      // Rollup names the shared chunk after the entry module (cdn.ts): call it core.
      chunkFileNames: ({ name }) => `chunks/${name === 'cdn' ? 'core' : name}-[hash].js`,
    },
    plugins: plugins(true),
  },
  {
    // Registration only: a classic script has no exports, and nothing but the element
    // definitions goes on `window` (the classes are `customElements.get('chat-widgets')`…).
    input: 'src/define-all.ts',
    output: {
      file: 'dist/cdn/chat-widgets.iife.js',
      format: 'iife',
      inlineDynamicImports: true,
      sourcemap: true,
    },
    plugins: [withoutLucideTable, withoutMarkdownExtras, ...plugins(false)],
  },
];
