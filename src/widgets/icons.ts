/**
 * The ChatKit icons, drawn with Lucide (ISC) glyphs: each of the 64 widget icon names (which cover
 * the prompt and tool icons too) and the 46 header icon names maps to the Lucide icon closest to
 * ChatKit's glyph, and `lucide:<name>` draws any Lucide icon. The data is generated at build time
 * (scripts/generate-icons.mjs) into two chunks of their own: icon-data.ts (the ChatKit names),
 * loaded the first time an icon is drawn, and lucide-data.ts (every Lucide icon, compact), loaded
 * only when a `lucide:` name outside the first set is drawn. Until the data arrives an icon is an
 * empty box of its final size, so nothing moves when it does.
 */
import { nothing, svg } from 'lit';
import type { SVGTemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';

import type * as IconDataModule from './icon-data.js';
import type * as LucideDataModule from './lucide-data.js';

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
type LucideData = typeof LucideDataModule;

let data: IconData | null = null;
let failed = false;
let loading: Promise<void> | null = null;
let lucide: LucideData | null = null;
let lucideFailed = false;
let lucideLoading: Promise<void> | null = null;
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

/** Loads every Lucide icon (once), for `lucide:` names; never rejects. */
export function loadLucideIcons(): Promise<void> {
  return (lucideLoading ??= import('./lucide-data.js').then(
    (module) => {
      lucide = module;
    },
    (error: unknown) => {
      console.error('<chat-widgets>: the Lucide icons could not be loaded', error);
      lucideFailed = true;
    },
  ));
}

/** The icon data's load while it is on its way, else null (so a view can wait for it). */
export function iconsPending(): Promise<void> | null {
  const pending = [
    data || failed ? null : loading,
    lucide || lucideFailed ? null : lucideLoading,
  ].filter((p): p is Promise<void> => p !== null);
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

/** Turns the compact form of lucide-data.ts back into elements. */
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

/** A `lucide:` icon from the full set (null when unknown or not loaded). */
function fullLucide(name: string): IconNode | null {
  if (!lucide) return null;
  const cached = decoded.get(name);
  if (cached !== undefined) return cached;
  const canonical = lucide.LUCIDE_ALIASES[name] ?? name;
  const compact = lucide.LUCIDE_GLYPHS[canonical];
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
  if (!fromLucide || data.LUCIDE_ICONS[fromLucide] || lucide || lucideFailed) return null;
  return loadLucideIcons();
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
  if (!node && !failed && !(lucideFailed && typeof name === 'string' && lucideName(name))) {
    report(name, context);
  }
  const filled = typeof name === 'string' && FILLED.has(name);
  return svg`<svg class=${className} data-icon=${typeof name === 'string' ? name : ''} data-known=${node ? 'true' : 'false'} width=${sizePx} height=${sizePx} viewBox="0 0 24 24" fill=${filled ? 'currentColor' : 'none'} stroke=${name === 'check-circle-filled' ? 'var(--cw-color-surface, #fff)' : 'currentColor'} stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${
    node
      ? node.map(element)
      : svg`<circle cx="12" cy="12" r="3" fill="currentColor" stroke="none" opacity="0.35" />`
  }</svg>`;
}
