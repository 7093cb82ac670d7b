import { html } from 'lit';
import type { TemplateResult } from 'lit';

import type { MarkdownOptions } from '../markdown/render.js';
import type { WidgetComponent } from '../protocol/wire-types.js';
import type { ActionSite } from './widget-host.js';

/** What a widget renderer gets besides its node. */
export interface WidgetRenderContext {
  /** Renders any node through the registry (unknown types show a labelled fallback). */
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
}

/** Renders one widget node type. */
export type WidgetRenderer = (node: WidgetComponent, context: WidgetRenderContext) => unknown;

const renderers = new Map<string, WidgetRenderer>();
const warnedTypes = new Set<string>();

/**
 * Registers the renderer of a widget component type. Hosts can add their own types, which
 * ChatKit itself cannot do; registering an existing type replaces it.
 */
export function registerWidget(type: string, renderer: WidgetRenderer): void {
  renderers.set(type, renderer);
}

/** Whether a type has a renderer. */
export function hasWidget(type: string): boolean {
  return renderers.has(type);
}

/** The registered types. */
export function widgetTypes(): string[] {
  return [...renderers.keys()];
}

/** The visible, labelled stand-in for a component type nobody registered. */
export function renderFallback(
  type: string,
  reason = 'Unsupported widget component',
): TemplateResult {
  if (!warnedTypes.has(type)) {
    warnedTypes.add(type);
    console.warn(`<chat-widgets>: no renderer for widget type "${type}"; showing a placeholder.`);
  }
  return html`<div class="widget-fallback" role="note" data-type=${type}>
    ${reason}: <code>${type}</code>
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
  if (!renderer) return renderFallback(component.type);
  try {
    return renderer(component, context);
  } catch (error) {
    console.error(`<chat-widgets>: the "${component.type}" renderer failed`, error);
    return renderFallback(component.type, 'This widget component could not be shown');
  }
}
