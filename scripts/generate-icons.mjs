// Generates the icon data from Lucide's icons at build time (`lucide` is a dev dependency):
// - src/widgets/icon-data.ts, a small lazy chunk: every ChatKit widget icon name (widget-catalogue
//   §2.6, which also covers the prompt and tool icons, `ChatKitIcon`) and every header icon name
//   (client-api `HeaderIcon`) mapped to the Lucide glyph closest to ChatKit's (the tables below);
// - src/widgets/lucide-data.ts, a second lazy chunk, loaded only when a `lucide:<name>` outside
//   the small set is first drawn: every Lucide icon (and its aliases) in a compact string form.
// `npm run generate` writes both files; `--check` (part of `npm test`) fails when either is stale.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { check, writeGenerated } from './generated-files.mjs';

const target = 'src/widgets/icon-data.ts';
const lucideTarget = 'src/widgets/lucide-data.ts';

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

const lucideSource = `${header}
// A chunk of its own: src/widgets/icons.ts loads it the first time a \`lucide:<name>\` outside the
// bundled icons (icon-data.ts) is drawn. Each icon is its elements joined by \`|\`: a path's \`d\`,
// or \`c cx cy r\` (\`C\` filled), \`r x y width height rx ry\`, \`e cx cy rx ry\`.
import { lookupTable } from '../util/safe-object.js';

/** Every Lucide icon (${allNames.length}) by its name, in the compact form. */
export const LUCIDE_GLYPHS = lookupTable<string>({
  ${allNames.map((name) => `${key(name)}: ${JSON.stringify(all[name])}`).join(',\n  ')},
});

/** Lucide's other names for its icons (${Object.keys(aliases).length}) → the icon's name. */
export const LUCIDE_ALIASES = lookupTable<string>({
  ${Object.keys(aliases)
    .sort()
    .map((name) => `${key(name)}: ${JSON.stringify(aliases[name])}`)
    .join(',\n  ')},
});
`;

await writeGenerated([
  [target, source],
  [lucideTarget, lucideSource],
]);
const counts = `${Object.keys(WIDGET_ICONS).length} widget names, ${Object.keys(HEADER_ICONS).length} header names, ${lucideNames.length} bundled glyphs, ${allNames.length} Lucide icons and ${Object.keys(aliases).length} aliases`;
console.log(check ? `The icon data is up to date (${counts}).` : counts);
