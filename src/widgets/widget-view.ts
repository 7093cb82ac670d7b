// The English words of this lazy part come with it.
import '../i18n/en-parts.js';
import { ENGLISH } from '../i18n/index.js';
import { LitElement, adoptStyles, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { consume } from '@lit/context';

import { CwErrorEvent } from '../events/error.js';
import { CwLogEvent } from '../events/log.js';
import type { CwLogEventDetail } from '../events/log.js';
import type { MarkdownOptions } from '../markdown/render.js';
import { imageUrlAllowed } from '../util/url-policy.js';
import type { CwWidgetActionEventDetail } from '../events/widget-action.js';
import { reset } from '../theme/tokens.js';
import { BUILT_IN_STYLES, registerBuiltInWidgets } from './catalogue.js';
import { controlBaseStyles } from './control-base.styles.js';
import { iconsPending } from './icons.js';
import { lazyWidgetStyles, onLazyWidgetStyles, renderNode } from './render-node.js';
import type { WidgetRenderContext } from './registry.js';
import { allowedImageHostsOf, localeOf, stringsOf, widgetHostContext } from './widget-host.js';
import type { WidgetHost } from './widget-host.js';
import { statusStyles } from './status.styles.js';
import { textBaseStyles, textModifierStyles } from './text-base.styles.js';
import { widgetBaseStyles, widgetEndStyles } from './widget-base.styles.js';
import { WidgetActionDispatch } from './widget-action-dispatch.js';
import { WidgetLog } from './widget-log.js';
import { WidgetTemplateSource } from './widget-template-source.js';

// For <chat-widgets>, which adopts the palette when its first widget asks it for its host.
export { paletteStyles } from '../theme/palette.js';

/** Detail of `cw-widget-action` (the class and its detail live in src/events). */
export type WidgetActionEventDetail = CwWidgetActionEventDetail;

/** How deep a widget tree renders; deeper subtrees show a labelled note instead. */
export const MAX_WIDGET_DEPTH = 64;
/** How many components one widget renders; the rest are counted in a visible note. */
export const MAX_WIDGET_NODES = 5000;

const isNode = (v: unknown): v is { type: string } =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  typeof (v as { type?: unknown }).type === 'string';

/** The components in a subtree (through `children`), counted without recursion and capped. */
function countNodes(root: unknown, cap = 1_000_000): number {
  let count = 0;
  const stack: unknown[] = [root];
  while (stack.length && count < cap) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const child of node) stack.push(child);
      continue;
    }
    if (!isNode(node)) continue;
    count++;
    const children = (node as { children?: unknown }).children;
    if (children && typeof children === 'object') stack.push(children);
  }
  return count;
}

const markdownOptionsCache = new WeakMap<readonly string[], MarkdownOptions>();
const anyImageHost: MarkdownOptions = Object.freeze({ allowedImageHosts: null });

/** The widget Markdown options for an allow-list: the same object for the same list. */
function markdownOptionsFor(hosts: readonly string[] | null | undefined): MarkdownOptions {
  if (!Array.isArray(hosts)) return anyImageHost;
  let options = markdownOptionsCache.get(hosts);
  if (!options) markdownOptionsCache.set(hosts, (options = { allowedImageHosts: hosts }));
  return options;
}

/** A key for each child: `key`, else `id`, else its position; duplicates are made unique. */
function childKeys(children: readonly unknown[]): string[] {
  const seen = new Map<string, number>();
  return children.map((child, i) => {
    const c = child as { key?: unknown; id?: unknown } | null;
    const base =
      typeof c?.key === 'string'
        ? `k:${c.key}`
        : typeof c?.id === 'string'
          ? `i:${c.id}`
          : `p:${i}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n ? `${base}#${n}` : base;
  });
}

/**
 * Renders one ChatKit widget (a `Card`, `ListView` or `Basic` root) in its own shadow root,
 * through the widget registry: every catalogue component natively, unknown types as a labelled
 * placeholder. Actions go to the `<chat-widgets>` around it; a standalone widget fires
 * `cw-widget-action` instead.
 *
 * Typed values, focus and scroll survive updates where the structure still matches: children are
 * keyed by `key`/`id`, and control defaults never overwrite what the user typed.
 *
 * Widget JSON is untrusted: a tree deeper than 64 levels shows a labelled note past that depth, a
 * tree of more than 5,000 components a "N more components not shown" note, every style value is
 * parsed (values.ts) and written through the CSSOM (css-props.ts), and images follow the shared URL
 * policy (src/util/url-policy.ts) with the host's `allowedImageHosts`. A standalone widget (no
 * `<chat-widgets>` around it) allows http(s) images from any host.
 *
 * @summary One ChatKit widget, anywhere on a page.
 * @tagname cw-widget
 * @fires {CwWidgetActionEvent} cw-widget-action - A standalone widget's action (cancelable); `detail` is the action request.
 * @fires {CwErrorEvent} cw-error - A standalone widget's errors (a form value dropped because the action's payload already has it); also `chatkit.error`. Inside `<chat-widgets>` they come from the chat element.
 * @fires {CwLogEvent} cw-log - A standalone widget's diagnostics (an unknown component, a value converted or dropped); also `chatkit.log`. Inside `<chat-widgets>` they come from the chat element.
 * @cssprop [--cw-widget-space-unit=4px] - One spacing unit of widget props (`gap: 2` is two units).
 * @cssprop [--cw-widget-radius=var(--cw-radius-l)] - Corner radius of cards and lists.
 */
export class CwWidget extends LitElement {
  // Shared styles, then each component's own (components/<name>/<name>.styles.ts), then the text
  // modifiers and focus rings, which win over a component's defaults. Lazy components bring their
  // styles with their chunk: `adoptLazyStyles` slots them in before the modifiers.
  private static readonly headStyles = [
    reset,
    widgetBaseStyles,
    statusStyles,
    textBaseStyles,
    controlBaseStyles,
    ...BUILT_IN_STYLES,
  ];
  private static readonly tailStyles = [textModifierStyles, widgetEndStyles];
  static override styles = [...CwWidget.headStyles, ...CwWidget.tailStyles];

  /** The widget JSON (root node). */
  @property({ attribute: false }) widget: unknown = null;

  /** A Widget Builder `.widget` file (its JSON text, or parsed) to build `widget` from with `data`. */
  @property() template: string | object | null = null;

  /** The data for `template`: an object (the `data` attribute holds its JSON). */
  @property() data: Record<string, unknown> | string | null = null;

  // prettier-ignore
  private readonly templateSource = new WidgetTemplateSource(this, (l) => this.context.waitFor(l), (e) => this.emitError(e));

  /** The thread item that holds the widget (the action sender). */
  @property({ attribute: false }) itemId: string | null = null;

  /** `light` or `dark`, for a standalone widget (inside `<chat-widgets>` the chat's theme applies). */
  @property({ reflect: true }) theme: 'light' | 'dark' = 'light';

  /** Where actions go; provided by `<chat-widgets>`. */
  @consume({ context: widgetHostContext, subscribe: true })
  @property({ attribute: false })
  host: WidgetHost | undefined;

  /** Its actions: the request, the busy state while one is handled, where it goes. */
  private readonly actions = new WidgetActionDispatch(this, {
    log: (detail) => this.emitLog(detail),
    error: (error) => this.emitError(error),
  });

  private readonly ui = new Map<string, { expanded?: boolean }>();

  /** Problems with the content, sent after each render (see widget-log.ts). */
  private readonly diagnostics = new WidgetLog((detail) => this.emitLog(detail));

  /** Loads (lazy components' chunks) the last render is waiting for. */
  private readonly loads = new Set<Promise<unknown>>();
  /** How many lazy stylesheets this shadow root has adopted. */
  private adoptedLazy = 0;
  private unsubscribeStyles: (() => void) | undefined;

  // The render pass's depth and component count (render functions run eagerly, depth first).
  private depth = 0;
  private rendered = 0;
  private notShown = 0;

  /** Renders one node within the depth and size limits. */
  private renderLimited(node: unknown): unknown {
    if (!isNode(node)) return renderNode(node, this.context);
    if (this.rendered >= MAX_WIDGET_NODES) {
      this.notShown += countNodes(node);
      return nothing;
    }
    this.rendered++;
    if (this.depth >= MAX_WIDGET_DEPTH) {
      this.notShown += countNodes((node as { children?: unknown }).children);
      return html`<div class="widget-fallback widget-too-deep" role="note" data-type=${node.type}>
        ${this.context.strings.t('widget.tooDeep', { n: MAX_WIDGET_DEPTH })}
      </div>`;
    }
    this.depth++;
    try {
      return renderNode(node, this.context);
    } finally {
      this.depth--;
    }
  }

  private readonly context: WidgetRenderContext = {
    renderNode: (node) => this.renderLimited(node),
    renderChildren: (children) => {
      const list = Array.isArray(children)
        ? children
        : children && typeof children === 'object'
          ? [children]
          : [];
      const keys = childKeys(list);
      // Rendered now, not lazily inside repeat(), so that depth and count are those of this pass.
      // Children past the size limit (counted as not shown) get no part at all: tens of thousands
      // of empty parts, two comment markers each, cost WebKit seconds of layout.
      const rendered: { key: unknown; content: unknown }[] = [];
      list.forEach((child, i) => {
        const full = this.rendered >= MAX_WIDGET_NODES;
        const content = this.renderLimited(child);
        if (!(full && content === nothing)) rendered.push({ key: keys[i], content });
      });
      return repeat(
        rendered,
        (entry) => entry.key,
        (entry) => entry.content,
      );
    },
    fire: (config, site, event, node, extra) => this.actions.fire(config, site, event, node, extra),
    isLoading: (node) => this.actions.isBusy(node),
    scheme: 'light',
    uiState: (key) => {
      let entry = this.ui.get(key);
      if (!entry) this.ui.set(key, (entry = {}));
      return entry;
    },
    requestUpdate: () => this.requestUpdate(),
    imageAllowed: (src) =>
      imageUrlAllowed(src, allowedImageHostsOf(this.host), { base: document.baseURI }),
    markdownOptions: anyImageHost,
    locale: undefined,
    strings: ENGLISH,
    waitFor: (loading) => {
      if (this.loads.has(loading)) return;
      this.loads.add(loading);
      const settled = () => {
        this.loads.delete(loading);
        this.requestUpdate();
      };
      loading.then(settled, settled);
    },
    log: (name, data, message) => this.diagnostics.report(name, data, message),
  };

  constructor() {
    super();
    registerBuiltInWidgets();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribeStyles = onLazyWidgetStyles(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribeStyles?.();
  }

  /** Adopts the styles lazy components brought since the last render (constructable sheets). */
  private adoptLazyStyles(): void {
    const lazy = lazyWidgetStyles();
    if (lazy.length === this.adoptedLazy || !(this.renderRoot instanceof ShadowRoot)) return;
    this.adoptedLazy = lazy.length;
    adoptStyles(this.renderRoot, [...CwWidget.headStyles, ...lazy, ...CwWidget.tailStyles]);
  }

  /**
   * Resolves once the widget has rendered and the chunks its tree uses (lazy components, the icon
   * data) have loaded (or failed) and rendered too.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.loads.size || iconsPending()) {
      await Promise.all([...this.loads, iconsPending()]);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** A log entry: to the host's log inside `<chat-widgets>`, else a `cw-log` event of our own. */
  private emitError(error: Error): void {
    if (this.host?.error) this.host.error(error);
    else {
      this.dispatchEvent(new CwErrorEvent({ error }));
      this.dispatchEvent(new CwErrorEvent({ error }, 'chatkit.error'));
    }
  }

  private emitLog({ name, data = {} }: CwLogEventDetail): void {
    if (this.host?.log) {
      this.host.log(name, data);
      return;
    }
    this.dispatchEvent(new CwLogEvent({ name, data }));
    this.dispatchEvent(new CwLogEvent({ name, data }, 'chatkit.log'));
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('template') || changed.has('data')) this.templateSource.update();
  }

  protected override updated(): void {
    this.diagnostics.flush();
  }

  override render() {
    this.adoptLazyStyles();
    this.context.markdownOptions = markdownOptionsFor(allowedImageHostsOf(this.host));
    this.context.locale = localeOf(this.host);
    this.context.strings = stringsOf(this.host);
    this.depth = 0;
    this.rendered = 0;
    this.notShown = 0;
    const content = this.renderLimited(this.widget);
    const notShown = this.notShown;
    const busy = this.actions.containerBusy;
    return html`<div
      class="root ${busy ? 'busy' : ''}"
      ?inert=${busy}
      aria-busy=${busy ? 'true' : 'false'}
    >
      ${content} ${this.templateSource.renderError()}
      ${
        notShown > 0
          ? html`<p class="widget-truncated" role="note">
              ${this.context.strings.t('widget.notShown', { n: notShown })}
            </p>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cw-widget': CwWidget;
  }
}
