// Framework and editor integrations generated from custom-elements.json by the web-component
// toolkit's generators (break-stuff's custom-element-*-integration), run by `npm run build` after
// the compiler, into the shipped dist/:
//
// - dist/types/jsx.d.ts: the elements as JSX intrinsic elements (React 19, Preact, Solid, …);
// - dist/types/vue.d.ts: Vue's GlobalComponents (props, `@cw-*` events, slots) for Volar/vue-tsc;
// - dist/types/svelte.d.ts: svelteHTML.IntrinsicElements (props, `oncw-*` events) for
//   svelte-check;
// - dist/vscode.html-custom-data.json and dist/vscode.css-custom-data.json: VS Code's HTML and
//   CSS custom data (tags, attributes, `--cw-*` properties);
// - dist/web-types.json: JetBrains web-types (package.json `web-types`).
//
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

const root = new URL('../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));

// Every element class and event class is exported by the main entry; <cw-chart> is internal (a
// Chart component's chunk registers it) and left out.
const types = { globalTypePath: '../index.js', exclude: ['CwChart'], hideLogs: true };

const typesDir = new URL('dist/types/', root).pathname;
const distDir = new URL('dist/', root).pathname;
mkdirSync(typesDir, { recursive: true });

const plugins = [
  customElementJsxPlugin({ outdir: typesDir, ...types, fileName: 'jsx.d.ts' }),
  customElementVuejsPlugin({ outdir: typesDir, ...types, fileName: 'vue.d.ts' }),
  customElementSveltePlugin({ outdir: typesDir, ...types, fileName: 'svelte.d.ts' }),
  customElementVsCodePlugin({
    outdir: distDir,
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
    hideLogs: true,
  }),
  customElementJetBrainsPlugin({
    outdir: distDir,
    webTypesFileName: 'web-types.json',
    // Not true: it would write an absolute path into package.json; `web-types` there is set by
    // hand to ./dist/web-types.json.
    packageJson: false,
    hideLogs: true,
  }),
];
// The generators are analyzer plugins; their last phase is all they need. They log each file they
// write, `hideLogs` or not: the build stays quiet.
const log = console.log;
console.log = () => {};
try {
  for (const plugin of plugins) {
    plugin.packageLinkPhase({ customElementsManifest: structuredClone(manifest), context: {} });
  }
} finally {
  console.log = log;
}

// Two fixes to what the generators write: an event class two elements share
// (`CwWidgetActionEvent`) is imported twice (a duplicate identifier for TypeScript), so each name
// is kept once; and they take an event's type for its detail (`CustomEvent<CwReadyEvent>`), while
// the manifest names the event's class, which is the listener's argument.
for (const file of ['jsx.d.ts', 'vue.d.ts', 'svelte.d.ts']) {
  const path = typesDir + file;
  const text = readFileSync(path, 'utf8').replace(
    /import type \{([^}]*)\} from "\.\.\/index\.js";/,
    (_, names) => {
      const unique = [
        ...new Set(
          names
            .split(',')
            .map((n) => n.trim())
            .filter(Boolean),
        ),
      ];
      return `import type {\n  ${unique.join(',\n  ')},\n} from "../index.js";`;
    },
  );
  writeFileSync(path, text.replace(/CustomEvent<(Cw\w+Event)>/g, '$1'));
}

// The Svelte generator writes Svelte 4 template syntax and a few things no Svelte project can
// read; what it writes is kept (Svelte 5 still accepts `on:`/`bind:` in components that do not use
// runes) and completed:
// - its `declare namespace svelteHTML` sits in a module (the file imports the element types), so
//   it declared a namespace of its own and typed nothing; it goes into `declare global`, which
//   merges with Svelte's `svelteHTML.IntrinsicElements` (svelte/svelte-html.d.ts);
// - `JSX.Element` and `JSX.CSSProperties` (Solid's names) do not exist in a Svelte project:
//   children are markup and `style` is a string there;
// - Svelte 5 sets a property when the element has it (`options={…}`) and binds an event with an
//   `on<name>` attribute (`oncw-ready={…}`): each `bind:<property>` gets its plain form and each
//   `on:<event>` its `on<event>` form, with the same type;
// - `data-*` and `aria-*` attributes are allowed on every element, as on Svelte's own elements.
{
  const path = typesDir + 'svelte.d.ts';
  let text = readFileSync(path, 'utf8')
    .replace('children?: JSX.Element;', 'children?: unknown;')
    .replace('style?: JSX.CSSProperties;', 'style?: string;')
    .replace(
      'type BaseEvents = {};',
      'type BaseEvents = {};\n\ntype DataAndAriaAttributes = {\n' +
        '  [key: `data-${string}`]: unknown;\n' +
        '  [key: `aria-${string}`]: string | number | boolean | null | undefined;\n' +
        '  role?: string;\n};',
    )
    .replace(/ & BaseProps & BaseEvents>/g, ' & BaseProps & BaseEvents> & DataAndAriaAttributes')
    .replace(/^( *)"(on|bind):([^"]+)"(\?: .*)$/gm, (line, indent, kind, name, rest) => {
      const plain =
        kind === 'on' ? `"on${name}"` : /^[A-Za-z_$][\w$]*$/.test(name) ? name : `"${name}"`;
      return `${line}\n${indent}${plain}${rest}`;
    });
  const namespace = /declare namespace svelteHTML \{\n(?:.*\n)*?\}\n?$/;
  if (!namespace.test(text) || /JSX\./.test(text)) {
    throw new Error(
      'svelte.d.ts: the generator output changed; revisit scripts/framework-types.mjs',
    );
  }
  text = text.replace(
    namespace,
    'declare global {\n  namespace svelteHTML {\n' +
      '    // eslint-disable-next-line @typescript-eslint/no-empty-object-type\n' +
      '    interface IntrinsicElements extends CustomElements {}\n  }\n}\n',
  );
  writeFileSync(path, text);
}
