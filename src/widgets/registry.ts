import type { Strings } from '../i18n/index.js';
import type { CSSResult } from 'lit';

import type { MarkdownOptions } from '../markdown/render.js';
import type { WidgetComponent } from '../protocol/wire-types.js';
import type { ActionSite } from './widget-host.js';

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
  /** The locale dates are formatted in (the host's `locale`; `undefined`: the browser's). */
  locale: string | undefined;
  /** The element's strings in the chat's language (English outside a chat). */
  strings: Strings;
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

/** A type registered with a loader (internal: the widget view's render-node.ts reads it). */
export interface LazyEntry {
  readonly load: WidgetLoader;
  /** Settles (never rejects) when the load ended; `failed` then tells how. */
  loading?: Promise<void>;
  failed?: boolean;
}

// The tables are shared with render-node.ts (the widget view's chunk), which renders and loads
// through them; this module is the part hosts call (in the first load), kept small.
export const renderers = new Map<string, WidgetRenderer>();
export const lazy = new Map<string, LazyEntry>();

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
