/**
 * Rendering through the widget registry (registry.ts): a node by its type, a lazy type's load,
 * the neutral fallback. Part of the widget view's chunk; the registration functions hosts call
 * stay in the first load.
 */
import { html } from 'lit';
import type { CSSResult, TemplateResult } from 'lit';

import type { WidgetComponent } from '../protocol/wire-types.js';
import { lazy, renderers } from './registry.js';
import type { WidgetRenderContext } from './registry.js';
import { logText } from './widget-log.js';

const loadedStyles: CSSResult[] = [];
const styleListeners = new Set<() => void>();

/** The styles lazy components brought so far, in load order. */
export function lazyWidgetStyles(): readonly CSSResult[] {
  return loadedStyles;
}

/** Calls `listener` whenever a lazy component adds styles; returns the unsubscribe. */
export function onLazyWidgetStyles(listener: () => void): () => void {
  styleListeners.add(listener);
  return () => styleListeners.delete(listener);
}

/** Loads a lazy type (once at a time); resolves when it is registered or has failed. */
export function loadWidget(type: string): Promise<void> {
  const entry = lazy.get(type);
  if (!entry) return Promise.resolve();
  if (entry.loading) return entry.loading;
  if (entry.failed) return Promise.resolve();
  entry.loading = Promise.resolve()
    .then(entry.load)
    .then((loaded) => {
      // A host may have registered the type meanwhile; its registration wins.
      if (lazy.get(type) !== entry) return;
      const render = typeof loaded === 'function' ? loaded : loaded?.render;
      if (typeof render !== 'function') throw new TypeError('the loader gave no renderer');
      const styles = typeof loaded === 'function' ? undefined : loaded.styles;
      lazy.delete(type);
      renderers.set(
        type,
        typeof loaded === 'function' ? loaded : (node, context) => render(node as never, context),
      );
      if (styles && !loadedStyles.includes(styles)) {
        loadedStyles.push(styles);
        for (const listener of styleListeners) listener();
      }
    })
    .catch((error: unknown) => {
      console.error(`<chat-widgets>: the "${type}" widget component could not be loaded`, error);
      entry.failed = true;
    })
    .finally(() => {
      entry.loading = undefined;
    });
  return entry.loading;
}

/** Why a component shows the fallback. */
export type FallbackReason = 'unknown' | 'load-failed' | 'render-failed';

const FALLBACK_LOGS = {
  unknown: [
    'widget.unknown_component',
    'has no renderer (not a ChatKit component, nor registered)',
  ],
  'load-failed': ['widget.component_load_failed', 'could not be loaded'],
  'render-failed': ['widget.component_render_failed', 'failed to render'],
} as const;

/**
 * The stand-in for a component that cannot be shown: a neutral note for the user (no type names,
 * nothing a developer would write), and the detail for the developer in the console and the
 * `cw-log` event (`widget.unknown_component`, `widget.component_load_failed`,
 * `widget.component_render_failed`, with `data.type`).
 */
export function renderFallback(
  type: string,
  context: Pick<WidgetRenderContext, 'log' | 'strings'>,
  reason: FallbackReason = 'unknown',
): TemplateResult {
  const [name, what] = FALLBACK_LOGS[reason];
  const shown = logText(type);
  context.log(
    name,
    { type: shown },
    `the widget component "${shown}" ${what}; a placeholder shows instead.`,
  );
  return html`<div class="widget-fallback" role="note" data-type=${type}>
    ${context.strings.t('widget.unknown')}
  </div>`;
}

/** Renders a node through the registry; never throws (a failing renderer shows the fallback). */
export function renderNode(node: unknown, context: WidgetRenderContext): unknown {
  if (node === null || node === undefined) return null;
  if (
    typeof node !== 'object' ||
    Array.isArray(node) ||
    typeof (node as { type?: unknown }).type !== 'string'
  ) {
    return null;
  }
  const component = node as WidgetComponent;
  const renderer = renderers.get(component.type);
  if (!renderer) {
    const entry = lazy.get(component.type);
    if (!entry) return renderFallback(component.type, context);
    if (entry.failed) return renderFallback(component.type, context, 'load-failed');
    context.waitFor(loadWidget(component.type));
    return html`<div
      class="widget-loading"
      role="status"
      aria-busy="true"
      data-type=${component.type}
    >
      <span class="widget-loading-label">${context.strings.t('widget.loading')}</span>
    </div>`;
  }
  try {
    return renderer(component, context);
  } catch (error) {
    console.error(`<chat-widgets>: the "${component.type}" renderer failed`, error);
    return renderFallback(component.type, context, 'render-failed');
  }
}
