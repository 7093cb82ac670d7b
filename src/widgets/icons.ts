/**
 * The ChatKit icons, drawn with Lucide (ISC) glyphs: each of the 64 widget icon names (which cover
 * the prompt and tool icons too) and the 46 header icon names maps to the Lucide icon closest to
 * ChatKit's glyph, and `lucide:<name>` draws any Lucide icon. The data is generated at build time
 * (scripts/generate-icons.mjs) into chunks of their own: icon-data.ts (the ChatKit names), loaded
 * the first time an icon is drawn, and every Lucide icon, compact, split by a hash of the name
 * into 32 chunks of a few KB (lucide-data/), each loaded only when a `lucide:` name outside the
 * first set that it holds is drawn. Until the data arrives an icon is an empty box of its final
 * size, so nothing moves when it does.
 */
import { nothing, svg } from 'lit';
import type { SVGTemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';

import type * as IconDataModule from './icon-data.js';
import { LUCIDE_BUCKETS, lucideBucket } from './lucide-data/buckets.js';

/** A Lucide icon: a list of SVG elements with their attributes. */
/** Header actions' names come with the icon code (the header draws its icons through it). */
export { headerActionName } from '../icons/header-icon-names.js';

export type IconNode = readonly (readonly [string, Readonly<Record<string, string | number>>])[];

/** Which names an icon is looked up among: the widget (and prompt, tool) names or the header's. */
export type IconSet = 'widget' | 'header';

/**
 * How an icon is drawn: among which names it is looked up, and where it reports an unknown name
 * and waits for its data (a widget's render context). Without `log` an unknown name is a console
 * warning (once per name); without `waitFor` the icon fills in when its data arrives without a
 * re-render.
 */
export interface IconContext {
  /** The names looked up: the widget names (the default) or the header's. */
  set?: IconSet;
  log?(name: string, data: Record<string, unknown>, message: string): void;
  waitFor?(loading: Promise<unknown>): void;
}

/** A `lucide:` name: lowercase words and digits joined by single hyphens (never a URL or CSS). */
const LUCIDE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_NAME = 64;

type IconData = typeof IconDataModule;

let data: IconData | null = null;
let failed = false;
let loading: Promise<void> | null = null;
/** The Lucide chunks that have arrived (their glyphs) or failed (null), by chunk number. */
const lucideChunks = new Map<number, Readonly<Record<string, string>> | null>();
/** Each Lucide chunk's load (once), by chunk number. */
const lucideLoading = new Map<number, Promise<void>>();
/** Decoded `lucide:` icons, by Lucide name. */
const decoded = new Map<string, IconNode | null>();
const warned = new Set<string>();

/** Loads the icon data (once); resolves when it has arrived or failed, never rejects. */
export function loadIcons(): Promise<void> {
  return (loading ??= import('./icon-data.js').then(
    (module) => {
      data = module;
    },
    (error: unknown) => {
      console.error('<chat-widgets>: the widget icons could not be loaded', error);
      failed = true;
    },
  ));
}

/** Loads one chunk of Lucide icons (once; concurrent requests share the load); never rejects. */
function loadLucideChunk(chunk: number): Promise<void> {
  let load = lucideLoading.get(chunk);
  if (!load) {
    load = LUCIDE_BUCKETS[chunk]!().then(
      (module) => {
        lucideChunks.set(chunk, module.LUCIDE_GLYPHS);
      },
      (error: unknown) => {
        console.error('<chat-widgets>: the Lucide icons could not be loaded', error);
        lucideChunks.set(chunk, null);
      },
    );
    lucideLoading.set(chunk, load);
  }
  return load;
}

/**
 * Loads the chunks of Lucide icons that hold these names (Lucide names, without `lucide:`), each
 * once: names in one chunk share its load. Resolves when they have arrived or failed, never rejects.
 */
export function loadLucideIcons(names: readonly string[]): Promise<void> {
  const chunks = new Set(names.map(lucideBucket));
  return Promise.all([...chunks].map(loadLucideChunk)).then(() => undefined);
}

/** The icon data's load while it is on its way, else null (so a view can wait for it). */
export function iconsPending(): Promise<void> | null {
  const pending = [...lucideLoading]
    .filter(([chunk]) => !lucideChunks.has(chunk))
    .map(([, load]) => load);
  if (!data && !failed && loading) pending.push(loading);
  return pending.length ? Promise.all(pending).then(() => undefined) : null;
}

/** Icons drawn filled rather than outlined. */
const FILLED = new Set(['check-circle-filled', 'star-filled', 'dot']);

/** The Lucide name of `lucide:<name>` when it is well formed, else null. */
function lucideName(name: string): string | null {
  if (!name.startsWith('lucide:')) return null;
  const rest = name.slice(7);
  return rest.length <= MAX_NAME && LUCIDE_NAME.test(rest) ? rest : null;
}

/** Turns the compact form of the Lucide chunks (lucide-data/) back into elements. */
function decode(compact: string): IconNode {
  return compact.split('|').map((part): IconNode[number] => {
    const kind = part[0];
    if (kind === 'M' || kind === 'm') return ['path', { d: part }];
    const n = part.slice(2).split(' ');
    if (kind === 'c' || kind === 'C') {
      const attrs = { cx: n[0]!, cy: n[1]!, r: n[2]! };
      return ['circle', kind === 'C' ? { ...attrs, fill: 'currentColor' } : attrs];
    }
    if (kind === 'e') return ['ellipse', { cx: n[0]!, cy: n[1]!, rx: n[2]!, ry: n[3]! }];
    return ['rect', { x: n[0]!, y: n[1]!, width: n[2]!, height: n[3]!, rx: n[4]!, ry: n[5]! }];
  });
}

/** A `lucide:` icon from the full set (null when unknown or its chunk is not loaded). */
function fullLucide(name: string): IconNode | null {
  const glyphs = lucideChunks.get(lucideBucket(name));
  if (!glyphs) return null;
  const cached = decoded.get(name);
  if (cached !== undefined) return cached;
  const compact = glyphs[name];
  const node = compact ? decode(compact) : null;
  decoded.set(name, node);
  return node;
}

/**
 * The icon for a name (`calendar`, `lucide:calendar`), or null when unknown or while the data it
 * needs is not loaded. `set` picks the header's names (`sidebar-left`) or the widget names.
 */
export function iconNode(name: unknown, set: IconSet = 'widget'): IconNode | null {
  if (typeof name !== 'string' || !data) return null;
  const fromLucide = lucideName(name);
  if (fromLucide) return data.LUCIDE_ICONS[fromLucide] ?? fullLucide(fromLucide);
  return (set === 'header' ? data.HEADER_ICONS[name] : null) ?? data.WIDGET_ICONS[name] ?? null;
}

/** The load an icon still needs before it can be drawn, or null when it can be drawn now. */
function neededLoad(name: unknown): Promise<void> | null {
  if (!data && !failed) return loadIcons();
  if (!data || typeof name !== 'string') return null;
  const fromLucide = lucideName(name);
  if (!fromLucide || data.LUCIDE_ICONS[fromLucide] || lucideChunks.has(lucideBucket(fromLucide)))
    return null;
  return loadLucideIcons([fromLucide]);
}

function element([tag, attrs]: IconNode[number]): SVGTemplateResult {
  switch (tag) {
    case 'path':
      return svg`<path d=${attrs['d']} />`;
    case 'circle':
      return svg`<circle cx=${attrs['cx']} cy=${attrs['cy']} r=${attrs['r']} fill=${attrs['fill'] === 'currentColor' ? 'currentColor' : nothing} />`;
    case 'rect':
      return svg`<rect x=${attrs['x']} y=${attrs['y']} width=${attrs['width']} height=${attrs['height']} rx=${attrs['rx'] ?? 0} ry=${attrs['ry'] ?? attrs['rx'] ?? 0} />`;
    case 'line':
      return svg`<line x1=${attrs['x1']} y1=${attrs['y1']} x2=${attrs['x2']} y2=${attrs['y2']} />`;
    case 'polyline':
      return svg`<polyline points=${attrs['points']} />`;
    case 'polygon':
      return svg`<polygon points=${attrs['points']} />`;
    case 'ellipse':
      return svg`<ellipse cx=${attrs['cx']} cy=${attrs['cy']} rx=${attrs['rx']} ry=${attrs['ry']} />`;
    default:
      return svg``;
  }
}

/**
 * Renders an icon as inline SVG (decorative: `aria-hidden`). An unknown name renders a neutral
 * placeholder dot of the same size, so layouts keep their shape, and is reported (`context.log`,
 * else the console); it never throws. Before the data the icon needs has arrived, an empty SVG of
 * the same size stands in: replaced when it arrives, or re-rendered through `context.waitFor`.
 */
export function renderIcon(
  name: unknown,
  sizePx: number,
  className = 'icon',
  context: IconContext = {},
): unknown {
  let load = neededLoad(name);
  if (!load) return drawIcon(name, sizePx, className, context);
  const pending = svg`<svg class=${className} data-icon=${typeof name === 'string' ? name : ''} data-known="pending" width=${sizePx} height=${sizePx} viewBox="0 0 24 24" aria-hidden="true" focusable="false"></svg>`;
  if (context.waitFor) {
    context.waitFor(load);
    return pending;
  }
  const ready = async (): Promise<SVGTemplateResult> => {
    while (load) {
      await load;
      load = neededLoad(name);
    }
    return drawIcon(name, sizePx, className, context);
  };
  return until(ready(), pending);
}

/** Whether a name is a `lucide:` name whose chunk could not be loaded (not reported as unknown). */
function lucideChunkFailed(name: unknown): boolean {
  const fromLucide = typeof name === 'string' ? lucideName(name) : null;
  return fromLucide !== null && lucideChunks.get(lucideBucket(fromLucide)) === null;
}

function report(name: unknown, context: IconContext): void {
  const shown = typeof name === 'string' ? name.slice(0, 120) : typeof name;
  const message = `unknown ${context.set ?? 'widget'} icon "${shown}": drawn as a placeholder`;
  if (context.log) {
    context.log('widget.unknown_icon', { name: shown }, message);
  } else if (!warned.has(shown) && warned.size < 200) {
    warned.add(shown);
    console.warn(`<chat-widgets>: ${message}`);
  }
}

function drawIcon(
  name: unknown,
  sizePx: number,
  className: string,
  context: IconContext,
): SVGTemplateResult {
  const node = iconNode(name, context.set);
  if (!node && !failed && !lucideChunkFailed(name)) report(name, context);
  const filled = typeof name === 'string' && FILLED.has(name);
  return svg`<svg class=${className} data-icon=${typeof name === 'string' ? name : ''} data-known=${node ? 'true' : 'false'} width=${sizePx} height=${sizePx} viewBox="0 0 24 24" fill=${filled ? 'currentColor' : 'none'} stroke=${name === 'check-circle-filled' ? 'var(--cw-color-surface, #fff)' : 'currentColor'} stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${
    node
      ? node.map(element)
      : svg`<circle cx="12" cy="12" r="3" fill="currentColor" stroke="none" opacity="0.35" />`
  }</svg>`;
}
