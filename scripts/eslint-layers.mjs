// The layer rule: each folder of src/ may import only the folders and packages on its allow-list,
// so lower layers never reach higher ones. One table, one rule (no later config block can quietly
// replace an earlier one), and test/tooling/layers.node.test.ts probes every edge of it.
import { builtinModules } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Each layer with the layers and packages it may import (its own folder is always allowed). `pure`
 * layers hold no DOM code: they run in Node, workers and servers as they are.
 */
/** Everything below the widgets, in order: the upper layers each add the one beneath them. */
const BELOW_WIDGETS = [
  'util',
  'i18n',
  'protocol',
  'state',
  'theme',
  'icons',
  'internal',
  'events',
  'markdown',
];

export const LAYERS = {
  util: { layers: [], packages: [], pure: true },
  protocol: { layers: ['util'], packages: ['eventsource-parser'], pure: true },
  state: { layers: ['util', 'protocol'], packages: [], pure: true },
  // The element's strings per locale and their lookup: Intl only, no DOM.
  i18n: { layers: ['util'], packages: [], pure: true },
  // `.widget` templates (the `chat-widgets/templates` entry point): never in the core bundle; the
  // widgets layer reaches it only through a dynamic import.
  templates: {
    layers: ['util'],
    packages: ['@huggingface/jinja', '@cfworker/json-schema'],
    pure: true,
  },
  theme: { layers: ['util'], packages: ['lit'] },
  icons: { layers: ['util', 'i18n'], packages: ['lit'] },
  internal: { layers: ['util'], packages: ['lit'] },
  events: { layers: ['util', 'protocol', 'state'], packages: [] },
  markdown: {
    layers: ['util', 'i18n', 'theme', 'icons', 'internal'],
    packages: ['lit', 'marked', 'refractor', 'katex'],
  },
  widgets: { layers: [...BELOW_WIDGETS, 'templates'], packages: ['lit', '@lit/context'] },
  composer: { layers: [...BELOW_WIDGETS, 'widgets'], packages: ['lit', '@lit/context'] },
  element: { layers: [...BELOW_WIDGETS, 'widgets', 'composer'], packages: ['lit', '@lit/context'] },
  // What chat-widgets/react (src/react.ts) does without React: useChatKit's options handling.
  react: { layers: ['util', 'element'], packages: [] },
  types: { layers: [], packages: [] },
};

/** The demo's backend runs in Node and in a browser page: only the pure layers. */
export const DEMO_BACKEND = { layers: ['util', 'protocol', 'state', 'templates'] };

/** DOM globals the pure layers may not use. */
export const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'customElements',
  'HTMLElement',
  'localStorage',
  'sessionStorage',
  'location',
  'CustomEvent',
  'Element',
  'Node',
];

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** The package name of a bare specifier (`lit/decorators.js` → `lit`, `@lit/context` → itself). */
function packageName(source) {
  const parts = source.split('/');
  return source.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Where a file is: `{area: 'src', layer}` (layer null for src/*.ts), `demo-backend`, or other. */
function place(file) {
  const rel = relative(ROOT, file).split(sep).join('/');
  const src = /^src\/([^/]+)\//.exec(rel);
  if (src) return { area: 'src', layer: src[1] };
  if (/^src\/[^/]+$/.test(rel)) return { area: 'src', layer: null };
  if (rel.startsWith('demo/backend/')) return { area: 'demo-backend', layer: null };
  if (rel.startsWith('test/')) return { area: 'test', layer: null };
  return { area: 'other', layer: null };
}

/** Why an import from `file` of `source` breaks the layering, or null when it is allowed. */
export function layerViolation(file, source) {
  const from = place(file);
  if (from.area !== 'src' && from.area !== 'demo-backend') return null;
  if (source.startsWith('.')) {
    const to = place(resolve(dirname(file), source));
    if (to.area === 'test') return 'nothing imports from test/';
    if (from.area === 'demo-backend') {
      if (to.area === 'demo-backend') return null;
      if (to.area === 'src' && DEMO_BACKEND.layers.includes(to.layer)) return null;
      return `demo/backend/ may import only src/{${DEMO_BACKEND.layers.join(',')}}`;
    }
    if (to.area !== 'src') return 'src/ imports nothing outside src/';
    if (from.layer === null) return null; // the package's entry points wire everything together
    const rule = LAYERS[from.layer];
    if (!rule)
      return `src/${from.layer}/ is not a known layer: add it to scripts/eslint-layers.mjs`;
    if (to.layer === from.layer) return null;
    if (to.layer === null) return `src/${from.layer}/ may not import the entry points`;
    if (rule.layers.includes(to.layer)) return null;
    return `src/${from.layer}/ may not import src/${to.layer}/ (allowed: ${rule.layers.join(', ') || 'none'})`;
  }
  if (from.area === 'demo-backend') return null;
  const name = packageName(source);
  if (BUILTINS.has(source) || BUILTINS.has(name)) return 'src/ runs in browsers: no Node modules';
  if (from.layer === null) return null;
  const rule = LAYERS[from.layer];
  if (!rule) return `src/${from.layer}/ is not a known layer: add it to scripts/eslint-layers.mjs`;
  if (rule.packages.includes(name)) return null;
  return `src/${from.layer}/ may not import the package "${name}" (allowed: ${rule.packages.join(', ') || 'none'})`;
}

/** The ESLint plugin: `layers/allowed-imports`. */
export const layersPlugin = {
  rules: {
    'allowed-imports': {
      meta: { type: 'problem', schema: [], messages: { layer: '{{why}}' } },
      create(context) {
        const check = (node) => {
          const source = node.source;
          if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
          const why = layerViolation(context.filename, source.value);
          if (why) context.report({ node: source, messageId: 'layer', data: { why } });
        };
        return {
          ImportDeclaration: check,
          ExportNamedDeclaration: check,
          ExportAllDeclaration: check,
          ImportExpression: check,
        };
      },
    },
  },
};
