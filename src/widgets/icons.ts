/**
 * The 64 ChatKit widget icon names, drawn with Lucide (ISC) glyphs: each name maps to the Lucide
 * icon closest to ChatKit's glyph. The data is generated at build time (scripts/generate-icons.mjs
 * → icon-data.ts) and is a chunk of its own, loaded the first time an icon is drawn; until it
 * arrives an icon is an empty box of its final size, so nothing moves when it does.
 */
import { svg } from 'lit';
import type { SVGTemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';

import type * as IconDataModule from './icon-data.js';

/** A Lucide icon: a list of SVG elements with their attributes. */
export type IconNode = readonly (readonly [string, Readonly<Record<string, string | number>>])[];

type IconData = typeof IconDataModule;

let data: IconData | null = null;
let failed = false;
let loading: Promise<void> | null = null;

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

/** The icon data's load while it is on its way, else null (so a view can wait for it). */
export function iconsPending(): Promise<void> | null {
  return data || failed ? null : loading;
}

/** Icons drawn filled rather than outlined. */
const FILLED = new Set(['check-circle-filled', 'star-filled', 'dot']);

/**
 * The icon for a name (`calendar`, `lucide:calendar`, `vendor:x`), or null when unknown or while
 * the icon data is not loaded.
 */
export function iconNode(name: unknown): IconNode | null {
  if (typeof name !== 'string' || !data) return null;
  if (name.startsWith('lucide:')) return data.LUCIDE_ICONS[name.slice(7)] ?? null;
  return data.WIDGET_ICONS[name] ?? null;
}

function element([tag, attrs]: IconNode[number]): SVGTemplateResult {
  switch (tag) {
    case 'path':
      return svg`<path d=${attrs['d']} />`;
    case 'circle':
      return svg`<circle cx=${attrs['cx']} cy=${attrs['cy']} r=${attrs['r']} />`;
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
 * placeholder dot of the same size, so layouts keep their shape; it never throws. Before the icon
 * data has arrived, an empty SVG of the same size stands in (and is replaced when it arrives).
 */
export function renderIcon(name: unknown, sizePx: number, className = 'icon'): unknown {
  if (data || failed) return drawIcon(name, sizePx, className);
  return until(
    loadIcons().then(() => drawIcon(name, sizePx, className)),
    svg`<svg class=${className} data-icon=${typeof name === 'string' ? name : ''} data-known="pending" width=${sizePx} height=${sizePx} viewBox="0 0 24 24" aria-hidden="true" focusable="false"></svg>`,
  );
}

function drawIcon(name: unknown, sizePx: number, className: string): SVGTemplateResult {
  const node = iconNode(name);
  const filled = typeof name === 'string' && FILLED.has(name);
  return svg`<svg class=${className} data-icon=${typeof name === 'string' ? name : ''} data-known=${node ? 'true' : 'false'} width=${sizePx} height=${sizePx} viewBox="0 0 24 24" fill=${filled ? 'currentColor' : 'none'} stroke=${name === 'check-circle-filled' ? 'var(--cw-color-surface, #fff)' : 'currentColor'} stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${
    node
      ? node.map(element)
      : svg`<circle cx="12" cy="12" r="3" fill="currentColor" stroke="none" opacity="0.35" />`
  }</svg>`;
}
