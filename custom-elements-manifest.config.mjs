// custom-elements.json is generated from the element modules' JSDoc, committed, and checked for
// staleness and completeness by `npm run analyze:check` (part of `npm test`). Only modules that
// define elements are read; the modules are sorted by path so the output does not depend on file
// system order. The plugin below completes what JSDoc would only repeat:
//
// - the theme tokens (`--cw-*` in src/theme/tokens.ts, with their light defaults) and the palette
//   family as CSS custom properties of <chat-widgets> and of a standalone <cw-widget>;
// - each event that ChatKit also names (`(also \`chatkit.x\`)` in its description) under that
//   name too, with the same class; and no events the analyzer guessed from code (`detail`);
// - the tag registrations of `chat-widgets/define` as custom-element-definition exports;
// - paths of the shipped files: `src/x.ts` becomes `dist/x.js` (src/ is not in the package).
import { readFileSync } from 'node:fs';

/** `--cw-name: value;` declarations of the light token set, in order. */
export function themeTokens() {
  const text = readFileSync(new URL('./src/theme/tokens.ts', import.meta.url), 'utf8');
  const light = text.slice(text.indexOf('LIGHT_TOKENS'), text.indexOf('DARK_TOKENS'));
  return [...light.matchAll(/(--cw-[a-z0-9-]+):\s*([^;]+);/g)].map(([, name, value]) => ({
    name,
    default: value.replace(/\s+/g, ' ').trim(),
  }));
}

/** The tags chat-widgets registers (at once or with their chunk), with the class each gets. */
export function registrations() {
  const read = (p) => readFileSync(new URL(p, import.meta.url), 'utf8');
  const pairs = [
    ...read('./src/define.ts').matchAll(/defineElement\('([a-z0-9-]+)',\s*(\w+)\)/g),
    ...read('./src/element/internal-elements.ts').matchAll(/'([a-z0-9-]+)':\s*(\w+),/g),
    // The lazy elements: `'cw-widget': () => import('…').then((m) => m.CwWidget)`.
    ...read('./src/element/internal-elements.ts').matchAll(
      /'([a-z0-9-]+)':\s*\(\)\s*=>[^\n]*?\(m\)\s*=>\s*m\.(\w+)\)/g,
    ),
    // `<cw-chart>`, registered by the Chart component's chunk.
    ...read('./src/widgets/components/chart/chart.ts').matchAll(
      /defineElement\('([a-z0-9-]+)',\s*(\w+)\)/g,
    ),
  ];
  return pairs.map(([, tag, className]) => ({ tag, className }));
}

const FAMILIES = [
  ['--cw-color-', 'Theme colour (this is the light value; `theme="dark"` has its own).'],
  ['--cw-space-', 'Spacing step.'],
  ['--cw-radius-', 'Corner radius step.'],
  ['--cw-shadow-', 'Shadow.'],
  ['--cw-duration-', 'Animation duration (0ms under `prefers-reduced-motion`).'],
  ['--cw-font-', 'Typography.'],
];
const PALETTE = {
  name: '--cw-palette-<hue>-<shade>',
  description:
    'The primitive colours widgets name (`blue-500`): hues gray, red, orange, yellow, green, teal, blue, purple, pink; shades 50, 100 to 900. The scale runs the other way in dark mode.',
};

const shipped = (path) => path.replace(/^src\/(.*)\.ts$/, 'dist/$1.js');

function rewritePaths(node) {
  if (Array.isArray(node)) node.forEach(rewritePaths);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') {
        node[key] = shipped(value);
      } else rewritePaths(value);
    }
  }
}

function complete(manifest) {
  const declarations = manifest.modules.flatMap((m) =>
    (m.declarations ?? []).map((d) => ({ d, module: m.path })),
  );
  const tokens = themeTokens();
  for (const { d } of declarations) {
    if (!d.customElement) continue;
    if (d.tagName === 'chat-widgets' || d.tagName === 'cw-widget') {
      const documented = new Set((d.cssProperties ?? []).map((p) => p.name));
      const added = tokens
        .filter((t) => !documented.has(t.name))
        .map((t) => ({
          name: t.name,
          default: t.default,
          description:
            FAMILIES.find(([prefix]) => t.name.startsWith(prefix))?.[1] ?? 'Theme token.',
        }));
      d.cssProperties = [...(d.cssProperties ?? []), ...added, PALETTE];
    }
    if (d.events) {
      d.events = d.events.filter((e) => /^cw-/.test(e.name ?? ''));
      d.events = d.events.flatMap((e) => {
        const chatkit = /\(also `(chatkit\.[a-z.]+)`\)/.exec(e.description ?? '')?.[1];
        return chatkit
          ? [e, { ...e, name: chatkit, description: `The ChatKit name of \`${e.name}\`.` }]
          : [e];
      });
    }
  }
  const definitions = registrations().map(({ tag, className }) => {
    const found = declarations.find(({ d }) => d.name === className && d.tagName === tag);
    return {
      kind: 'custom-element-definition',
      name: tag,
      declaration: { name: className, module: found?.module ?? 'unknown' },
    };
  });
  manifest.modules.push({
    kind: 'javascript-module',
    path: 'src/define.ts',
    declarations: [],
    exports: definitions,
  });
  manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  rewritePaths(manifest.modules);
}

export default {
  globs: [
    'src/element/*.ts',
    'src/composer/composer.ts',
    'src/composer/mention-menu.ts',
    'src/composer/tool-picker.ts',
    'src/markdown/markdown-view.ts',
    'src/widgets/widget-view.ts',
    'src/widgets/components/chart/chart-element.ts',
  ],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts', 'src/element/internal-elements.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    {
      name: 'chat-widgets',
      packageLinkPhase({ customElementsManifest }) {
        complete(customElementsManifest);
      },
    },
  ],
};
