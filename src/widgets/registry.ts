import { html } from 'lit';
import type { CSSResult, TemplateResult } from 'lit';

import type { MarkdownOptions } from '../markdown/render.js';
import type { WidgetComponent } from '../protocol/wire-types.js';
import type { ActionSite } from './widget-host.js';
import { logText } from './widget-log.js';

/** What a widget renderer gets besides its node. */
export interface WidgetRenderContext {
  /** Renders any node through the registry (unknown types show a neutral fallback). */
  renderNode(node: unknown): unknown;
  /** Renders `children` (an array, one node, or null), keyed by `key` or `id` when present. */
  renderChildren(children: unknown): unknown;
  /**
   * Fires the action config bound at `site` from the control that raised `event`: form values are
   * collected from the control's form, the loading state starts, the host routes it.
   */
  fire(
    config: unknown,
    site: ActionSite,
    event: Event,
    node: object,
    extra?: Record<string, unknown>,
  ): void;
  /** Whether an action fired from this node is in flight (its `self` loading state). */
  isLoading(node: object): boolean;
  /** The colour scheme in force (a root `theme` may override the page's). */
  scheme: 'light' | 'dark';
  /** Per-widget UI state that survives re-renders (a ListView's "show more"). */
  uiState(key: string): { expanded?: boolean };
  /** Asks the widget to render again (after a UI state change). */
  requestUpdate(): void;
  /**
   * Whether an image URL from the widget may load: the shared policy of src/util/url-policy.ts
   * with the thread's allowed image hosts. A refused image shows a visible placeholder.
   */
  imageAllowed(src: unknown): boolean;
  /** Options for widget Markdown (the thread's allowed image hosts). */
  markdownOptions: MarkdownOptions;
  /**
   * Tells the widget that part of its tree waits for `loading` (a lazy component's chunk): the
   * widget renders again when it settles, and its `updateComplete` waits for it.
   */
  waitFor(loading: Promise<unknown>): void;
  /**
   * Reports a problem with the widget's content (an unknown component type, a value converted or
   * dropped) to the page, never to the user: a `cw-log` event named `name` with `data`, and
   * `message` as a console warning, each once per widget (see widget-log.ts).
   */
  log(name: string, data: Record<string, unknown>, message: string): void;
}

/** Renders one widget node type. */
export type WidgetRenderer = (node: WidgetComponent, context: WidgetRenderContext) => unknown;

/** What a lazy component's loader resolves to: a renderer, or a render method and its styles. */
export type LoadedWidget =
  | WidgetRenderer
  | {
      render(node: never, context: WidgetRenderContext): unknown;
      /** Adopted by every `<cw-widget>` once loaded (constructable stylesheets: CSP-safe). */
      readonly styles?: CSSResult;
    };

/** Loads a component on first use: typically `() => import('./my-widget.js')…`. */
export type WidgetLoader = () => Promise<LoadedWidget>;

interface LazyEntry {
  readonly load: WidgetLoader;
  /** Settles (never rejects) when the load ended; `failed` then tells how. */
  loading?: Promise<void>;
  failed?: boolean;
}

const renderers = new Map<string, WidgetRenderer>();
const lazy = new Map<string, LazyEntry>();
const loadedStyles: CSSResult[] = [];
const styleListeners = new Set<() => void>();

/**
 * Registers the renderer of a widget component type. Hosts can add their own types, which
 * ChatKit itself cannot do; registering an existing type replaces it.
 */
export function registerWidget(type: string, renderer: WidgetRenderer): void {
  lazy.delete(type);
  renderers.set(type, renderer);
}

/**
 * Registers a component type that loads on first use (its own chunk): a widget that holds it
 * shows a placeholder of the component until `load` resolves, then renders it, with the styles
 * it brought adopted by every `<cw-widget>`. A load that fails shows the neutral fallback wherever
 * the type appears (until the page reloads or the type is registered again). Registering
 * replaces the type.
 */
export function registerWidgetLoader(type: string, load: WidgetLoader): void {
  renderers.delete(type);
  lazy.set(type, { load });
}

/** Whether a type has a renderer (loaded or lazy). */
export function hasWidget(type: string): boolean {
  return renderers.has(type) || lazy.has(type);
}

/** The registered types (loaded or lazy). */
export function widgetTypes(): string[] {
  return [...renderers.keys(), ...lazy.keys()];
}

/** Whether a type is registered lazily and not loaded yet. */
export function isWidgetPending(type: string): boolean {
  return lazy.has(type);
}

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
  context: Pick<WidgetRenderContext, 'log'>,
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
    This content can’t be shown.
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
      <span class="widget-loading-label">Loading</span>
    </div>`;
  }
  try {
    return renderer(component, context);
  } catch (error) {
    console.error(`<chat-widgets>: the "${component.type}" renderer failed`, error);
    return renderFallback(component.type, context, 'render-failed');
  }
}
