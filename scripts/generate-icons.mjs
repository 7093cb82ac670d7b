// Generates the icon data from Lucide's icons at build time (`lucide` is a dev dependency):
// - src/widgets/icon-data.ts, a small lazy chunk: every ChatKit widget icon name (widget-catalogue
//   §2.6, which also covers the prompt and tool icons, `ChatKitIcon`) and every header icon name
//   (client-api `HeaderIcon`) mapped to the Lucide glyph closest to ChatKit's (the tables below);
// - src/widgets/lucide-data/: every Lucide icon (and its aliases) in a compact string form, split
//   by a hash of the name into 32 chunks of a few KB (lucide-00.ts to lucide-31.ts), each loaded
//   the first time one of its names is drawn as `lucide:<name>` outside the small set; buckets.ts
//   holds the hash and the chunks' loaders.
// `npm run generate` writes them all; `--check` (part of `npm test`) fails when any is stale or
// missing, or when src/widgets/lucide-data/ holds a file the script does not write.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { check, writeGenerated } from './generated-files.mjs';

const target = 'src/widgets/icon-data.ts';

/** ChatKit icon name → Lucide icon name. */
const WIDGET_ICONS = {
  agent: 'bot',
  analytics: 'chart-line',
  atom: 'atom',
  batch: 'layers',
  bolt: 'zap',
  'book-clock': 'book-open-text',
  'book-closed': 'book',
  'book-open': 'book-open',
  bug: 'bug',
  calendar: 'calendar',
  chart: 'chart-column',
  check: 'check',
  'check-circle': 'circle-check',
  'check-circle-filled': 'circle-check',
  'chevron-left': 'chevron-left',
  'chevron-right': 'chevron-right',
  'circle-question': 'circle-question-mark',
  clock: 'clock',
  compass: 'compass',
  confetti: 'party-popper',
  cube: 'box',
  desktop: 'monitor',
  document: 'file-text',
  dot: 'dot',
  'dots-horizontal': 'ellipsis',
  'dots-vertical': 'ellipsis-vertical',
  'empty-circle': 'circle',
  'external-link': 'external-link',
  globe: 'globe',
  images: 'images',
  info: 'info',
  keys: 'key-round',
  lab: 'flask-conical',
  lifesaver: 'life-buoy',
  lightbulb: 'lightbulb',
  mail: 'mail',
  'map-pin': 'map-pin',
  maps: 'map',
  mobile: 'smartphone',
  name: 'id-card',
  notebook: 'notebook',
  'notebook-pencil': 'notebook-pen',
  'page-blank': 'file',
  phone: 'phone',
  play: 'play',
  plus: 'plus',
  profile: 'circle-user',
  'profile-card': 'contact',
  reload: 'refresh-cw',
  search: 'search',
  'settings-slider': 'sliders-horizontal',
  sparkle: 'sparkle',
  'sparkle-double': 'sparkles',
  'square-code': 'square-code',
  'square-image': 'image',
  'square-text': 'notepad-text',
  star: 'star',
  'star-filled': 'star',
  suitcase: 'briefcase',
  user: 'user',
  wreath: 'award',
  write: 'pencil',
  'write-alt': 'pen-line',
  'write-alt2': 'square-pen',
};

/**
 * ChatKit header icon name (`HeaderIcon`, client-api) → Lucide icon name. Where Lucide has no
 * distinct glyph for a variant, the closest one is shared (noted).
 */
const HEADER_ICONS = {
  'sidebar-left': 'panel-left',
  'sidebar-right': 'panel-right',
  'sidebar-open-left': 'panel-left-open',
  'sidebar-open-right': 'panel-right-open',
  // The "alt" open state: the panel with its collapse arrow.
  'sidebar-open-left-alt': 'panel-left-close',
  'sidebar-open-right-alt': 'panel-right-close',
  // A floating sidebar: a panel drawn dashed (detached from the frame).
  'sidebar-floating-left': 'panel-left-dashed',
  'sidebar-floating-right': 'panel-right-dashed',
  'sidebar-floating-open-left': 'panel-left-open',
  'sidebar-floating-open-right': 'panel-right-open',
  'sidebar-collapse-left': 'panel-left-close',
  'sidebar-collapse-right': 'panel-right-close',
  'collapse-left': 'arrow-left-to-line',
  'collapse-right': 'arrow-right-to-line',
  'open-left': 'arrow-left-from-line',
  'open-right': 'arrow-right-from-line',
  'double-chevron-left': 'chevrons-left',
  'double-chevron-right': 'chevrons-right',
  home: 'house',
  // Lucide has one plain house outline.
  'home-alt': 'house',
  'back-small': 'chevron-left',
  'back-large': 'arrow-left',
  'expand-large': 'maximize-2',
  'collapse-large': 'minimize-2',
  'expand-small': 'expand',
  'collapse-small': 'shrink',
  star: 'star',
  'star-filled': 'star',
  bug: 'bug',
  'chat-temporary': 'message-circle-dashed',
  'settings-cog': 'settings',
  grid: 'layout-grid',
  'dots-horizontal': 'ellipsis',
  'dots-vertical': 'ellipsis-vertical',
  'dots-horizontal-circle': 'circle-ellipsis',
  // Lucide has no vertical ellipsis in a circle.
  'dots-vertical-circle': 'circle-ellipsis',
  menu: 'menu',
  'menu-inverted': 'text-align-end',
  hamburger: 'menu',
  history: 'rotate-ccw-clock',
  'book-open': 'book-open',
  compose: 'square-pen',
  share: 'share',
  'light-mode': 'sun',
  'dark-mode': 'moon',
  close: 'x',
};

const require = createRequire(import.meta.url);
const lucideVersion = JSON.parse(
  readFileSync(require.resolve('lucide/package.json'), 'utf8'),
).version;
const iconsDir = new URL('../node_modules/lucide/dist/esm/', import.meta.url);
const lucideNames = [
  ...new Set([...Object.values(WIDGET_ICONS), ...Object.values(HEADER_ICONS)]),
].sort();
const ident = (name) => `i_${name.replace(/-/g, '_')}`;
const key = (name) => (/^[a-z_][a-z0-9_]*$/.test(name) ? name : `'${name}'`);

async function lucideIcon(name) {
  const { default: node } = await import(new URL(`icons/${name}.mjs`, iconsDir).href);
  if (!Array.isArray(node) || !node.length) throw new Error(`lucide has no icon data for ${name}`);
  return node;
}

const glyphs = [];
for (const name of lucideNames) {
  glyphs.push(`const ${ident(name)}: IconNode = ${JSON.stringify(await lucideIcon(name))};`);
}

const header = `// Generated by scripts/generate-icons.mjs from lucide ${lucideVersion} (ISC licence,
// https://lucide.dev): do not edit. Run \`npm run generate\` after changing the icons there.`;

const table = (entries) =>
  entries.map(([name, lucide]) => `${key(name)}: ${ident(lucide)}`).join(',\n  ');

const source = `${header}
// A chunk of its own: src/widgets/icons.ts loads it the first time an icon is drawn.
import { lookupTable } from '../util/safe-object.js';
import type { IconNode } from './icons.js';

${glyphs.join('\n')}

/** Lucide name → icon, for \`lucide:<name>\` among the bundled icons. */
export const LUCIDE_ICONS = lookupTable<IconNode>({
  ${lucideNames.map((name) => `${key(name)}: ${ident(name)}`).join(',\n  ')},
});

/** ChatKit widget icon name → icon (also the prompt and tool icons, \`ChatKitIcon\`). */
export const WIDGET_ICONS = lookupTable<IconNode>({
  ${table(Object.entries(WIDGET_ICONS))},
});

/** ChatKit header icon name (\`HeaderIcon\`) → icon. */
export const HEADER_ICONS = lookupTable<IconNode>({
  ${table(Object.entries(HEADER_ICONS))},
});

/** Every ChatKit widget icon name. */
export const WIDGET_ICON_NAMES: readonly string[] = Object.keys(WIDGET_ICONS);

/** Every ChatKit header icon name. */
export const HEADER_ICON_NAMES: readonly string[] = Object.keys(HEADER_ICONS);
`;

// The compact form of every Lucide icon: its elements joined by `|`; a path is its `d`, the
// other elements a letter and their numbers (`c cx cy r`, `C` for a filled circle,
// `r x y width height rx ry`, `e cx cy rx ry`); lines, polylines and polygons become paths.
const num = (v) => {
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`not a number: ${v}`);
  return String(n);
};
function compact(node, name) {
  return node
    .map(([tag, a]) => {
      switch (tag) {
        case 'path':
          if (/[|]/.test(a.d) || !/^[Mm]/.test(a.d)) throw new Error(`odd path in ${name}`);
          return a.d;
        case 'circle':
          return `${a.fill ? 'C' : 'c'} ${[a.cx, a.cy, a.r].map(num).join(' ')}`;
        case 'rect':
          return `r ${[a.x ?? 0, a.y ?? 0, a.width, a.height, a.rx ?? 0, a.ry ?? a.rx ?? 0].map(num).join(' ')}`;
        case 'ellipse':
          return `e ${[a.cx, a.cy, a.rx, a.ry].map(num).join(' ')}`;
        case 'line':
          return `M${num(a.x1)} ${num(a.y1)}L${num(a.x2)} ${num(a.y2)}`;
        case 'polyline':
        case 'polygon':
          return `M${a.points.trim()}${tag === 'polygon' ? 'Z' : ''}`;
        default:
          throw new Error(`lucide icon ${name} has a <${tag}>`);
      }
    })
    .join('|');
}

const kebab = (pascal) =>
  pascal
    .replace(/([a-z])([A-Z0-9])/g, '$1-$2')
    .replace(/([0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
const all = {};
const aliases = {};
const index = readFileSync(new URL('iconsAndAliases.mjs', iconsDir), 'utf8');
for (const [, exported, file] of index.matchAll(
  /export \{ (.*) \} from '\.\/icons\/([^']+)\.mjs'/g,
)) {
  all[file] = compact(await lucideIcon(file), file);
  for (const name of exported.split(', ').map((part) => kebab(part.replace('default as ', '')))) {
    if (name !== file) aliases[name] = file;
  }
}
for (const name of Object.keys(aliases))
  if (all[name] || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) delete aliases[name];
const allNames = Object.keys(all).sort();
if (allNames.length < 1000) throw new Error(`only ${allNames.length} lucide icons found`);

// Every Lucide name (icons and aliases; an alias carries its icon's glyph, so one chunk draws it)
// goes to one of BUCKETS chunks by a hash of the name: src/widgets/icons.ts computes the same hash,
// so no index ships and drawing one icon fetches one chunk of a few KB. The hash's seed is the one
// (of the first 64) that gives the most even chunks.
const BUCKETS = 32;
const glyphOf = (name) => all[name] ?? all[aliases[name]];
const everyName = [...allNames, ...Object.keys(aliases)].sort();
/** FNV-1a over the UTF-16 code units, seeded: the same code as `lucideBucket` below. */
function bucketOf(name, seed) {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return (h >>> 0) % BUCKETS;
}
function split(seed) {
  const buckets = Array.from({ length: BUCKETS }, () => []);
  for (const name of everyName) buckets[bucketOf(name, seed)].push(name);
  return buckets;
}
const largest = (buckets) =>
  Math.max(...buckets.map((names) => names.reduce((n, name) => n + glyphOf(name).length, 0)));
let seed = 0;
for (let s = 1, best = largest(split(0)); s < 64; s++) {
  const size = largest(split(s));
  if (size < best) [seed, best] = [s, size];
}
const buckets = split(seed);
const lucideDir = 'src/widgets/lucide-data';
const bucketFile = (i) => `lucide-${String(i).padStart(2, '0')}`;

const bucketsSource = `${header}
// Which of the ${BUCKETS} chunks of Lucide icons (lucide-NN.ts beside this file, ${allNames.length} icons and
// ${Object.keys(aliases).length} aliases in all) holds a name: a hash of the name, so no index ships with the code
// that draws icons (src/widgets/icons.ts), and each chunk is loaded the first time one of its
// names is drawn.

/** The Lucide icons of one chunk, by name (an alias carries its icon's glyph), compact. */
export interface LucideBucket {
  readonly LUCIDE_GLYPHS: Readonly<Record<string, string>>;
}

/** The chunk (0 to ${BUCKETS - 1}) that holds a Lucide name: FNV-1a, seeded, over its UTF-16 code units. */
export function lucideBucket(name: string): number {
  let h = 0x811c9dc5 ^ ${seed};
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return (h >>> 0) % ${BUCKETS};
}

/** Each chunk's loader, by chunk number. */
export const LUCIDE_BUCKETS: readonly (() => Promise<LucideBucket>)[] = [
  ${buckets.map((_, i) => `() => import('./${bucketFile(i)}.js')`).join(',\n  ')},
];
`;

const bucketSource = (names, i) => `${header}
// Chunk ${i} of the ${BUCKETS} chunks of Lucide icons: the names that \`lucideBucket\` (buckets.ts) puts
// here. src/widgets/icons.ts loads it the first time one of them is drawn as \`lucide:<name>\`
// (outside the bundled icons, icon-data.ts). Each icon is its elements joined by \`|\`: a path's
// \`d\`, or \`c cx cy r\` (\`C\` filled), \`r x y width height rx ry\`, \`e cx cy rx ry\`.
import { lookupTable } from '../../util/safe-object.js';

/** ${names.length} Lucide icons and aliases (an alias carries its icon's glyph) by name, compact. */
export const LUCIDE_GLYPHS = lookupTable<string>({
  ${names.map((name) => `${key(name)}: ${JSON.stringify(glyphOf(name))}`).join(',\n  ')},
});
`;

await writeGenerated(
  [
    [target, source],
    [`${lucideDir}/buckets.ts`, bucketsSource],
    ...buckets.map((names, i) => [`${lucideDir}/${bucketFile(i)}.ts`, bucketSource(names, i)]),
  ],
  '',
  [lucideDir],
);
const counts = `${Object.keys(WIDGET_ICONS).length} widget names, ${Object.keys(HEADER_ICONS).length} header names, ${lucideNames.length} bundled glyphs, ${allNames.length} Lucide icons and ${Object.keys(aliases).length} aliases in ${BUCKETS} chunks (hash seed ${seed})`;
console.log(check ? `The icon data is up to date (${counts}).` : counts);
