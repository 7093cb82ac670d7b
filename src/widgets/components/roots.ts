/**
 * Root components: Card, ListView (with ListViewItem) and Basic, plus the status header they
 * share. A root may force a colour scheme on its subtree (`theme`).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { styleMap } from 'lit/directives/style-map.js';

import type { WidgetComponent } from '../../protocol/wire-types.js';
import { renderIcon } from '../icons.js';
import type { WidgetRenderContext } from '../registry.js';
import { resolveActionConfig } from '../widget-host.js';
import {
  align,
  background,
  border,
  boxStyle,
  compact,
  oneOf,
  on,
  sides,
  space,
  str,
} from '../values.js';

/** The header above a Card or ListView: favicon (optionally framed) or icon, and text. */
export function renderStatus(status: unknown): TemplateResult | typeof nothing {
  if (typeof status === 'string' && status)
    return html`<div class="status"><span>${status}</span></div>`;
  if (typeof status !== 'object' || status === null) return nothing;
  const s = status as Record<string, unknown>;
  if (typeof s['text'] !== 'string') return nothing;
  const favicon = str(s['favicon']);
  return html`<div class="status">
    ${
      favicon
        ? html`<img
            class=${classMap({ favicon: true, framed: on(s['frame']) })}
            src=${favicon}
            alt=""
          />`
        : s['icon']
          ? renderIcon(s['icon'], 16)
          : nothing
    }
    <span>${s['text']}</span>
  </div>`;
}

/** Wraps a root so that its `theme` prop forces a colour scheme on the subtree. */
function themed(node: WidgetComponent, content: TemplateResult): TemplateResult {
  const theme = node['theme'];
  return theme === 'light' || theme === 'dark'
    ? html`<div class="theme-${theme}">${content}</div>`
    : content;
}

function cardFooter(
  node: WidgetComponent,
  ctx: WidgetRenderContext,
): TemplateResult | typeof nothing {
  const confirm = node['confirm'] as { label?: unknown; action?: unknown } | undefined;
  const cancel = node['cancel'] as { label?: unknown; action?: unknown } | undefined;
  const hasConfirm = confirm && resolveActionConfig(confirm.action);
  const hasCancel = cancel && resolveActionConfig(cancel.action);
  if (!hasConfirm && !hasCancel) return nothing;
  const asForm = on(node['asForm']);
  return html`<div class="card-footer">
    ${
      hasCancel
        ? html`<button
            type="button"
            class="btn variant-outline color-secondary size-md"
            formnovalidate
            @click=${(e: Event) => ctx.fire(cancel.action, 'card-cancel', e, cancel)}
          >
            ${str(cancel.label) ?? 'Cancel'}
          </button>`
        : nothing
    }
    ${
      hasConfirm
        ? html`<button
            type=${asForm ? 'submit' : 'button'}
            class="btn variant-solid color-primary size-md"
            aria-busy=${ctx.isLoading(confirm) ? 'true' : 'false'}
            @click=${asForm ? nothing : (e: Event) => ctx.fire(confirm.action, 'card-confirm', e, confirm)}
          >
            ${str(confirm.label) ?? 'Confirm'}
          </button>`
        : nothing
    }
  </div>`;
}

/** Card: the default container, with status header, confirm/cancel footer, sizes and `asForm`. */
export function renderCard(node: WidgetComponent, ctx: WidgetRenderContext): TemplateResult {
  const size = oneOf(node['size'], ['sm', 'md', 'lg', 'full'] as const, 'md');
  const collapsed = on(node['collapsed']);
  const padding = node['padding'] === undefined ? {} : sides('padding', node['padding']);
  const style = styleMap(
    compact({ background: background(node['background']), ...border(node['border']) }),
  );
  const body = html`<div class="card-body" style=${styleMap(compact(padding))} ?hidden=${collapsed}>
    ${ctx.renderChildren(node.children)}
  </div>`;
  const confirm = node['confirm'] as { action?: unknown } | undefined;
  const content = html`${renderStatus(node['status'])}${
    on(node['asForm'])
      ? html`<form
          class="card-form"
          @submit=${(e: SubmitEvent) => {
            e.preventDefault();
            if (confirm?.action) ctx.fire(confirm.action, 'card-confirm', e, confirm);
          }}
        >
          ${body}${collapsed ? nothing : cardFooter(node, ctx)}
        </form>`
      : html`${body}${collapsed ? nothing : cardFooter(node, ctx)}`
  }`;
  return themed(
    node,
    html`<section class="card size-${size} ${collapsed ? 'collapsed' : ''}" style=${style}>
      ${content}
    </section>`,
  );
}

/** ListView: rows with an optional "Show more" past `limit`. */
export function renderListView(node: WidgetComponent, ctx: WidgetRenderContext): TemplateResult {
  const raw = Array.isArray(node.children) ? node.children : node.children ? [node.children] : [];
  // A ListView holds ListViewItems only: anything else gets a row of its own.
  const children = raw.map((child) =>
    child && typeof child === 'object' && child.type !== 'ListViewItem'
      ? { type: 'ListViewItem', key: child.key ?? undefined, children: [child] }
      : child,
  );
  const limit =
    typeof node['limit'] === 'number' && node['limit'] > 0
      ? Math.floor(node['limit'])
      : node['limit'] === 'auto'
        ? 5
        : Infinity;
  const state = ctx.uiState(`listview:${node.key ?? node.id ?? ''}`);
  const shown = state.expanded ? children : children.slice(0, limit);
  const hidden = children.length - shown.length;
  return themed(
    node,
    html`<section class="list-view">
      ${renderStatus(node['status'])}
      <div class="list-items" role="list">${ctx.renderChildren(shown)}</div>
      ${
        hidden > 0
          ? html`<button
              type="button"
              class="show-more"
              @click=${() => {
                state.expanded = true;
                ctx.requestUpdate();
              }}
            >
              Show ${hidden} more
            </button>`
          : nothing
      }
    </section>`,
  );
}

/** ListViewItem: a row of a ListView, clickable when it has an action. */
export function renderListViewItem(
  node: WidgetComponent,
  ctx: WidgetRenderContext,
): TemplateResult {
  const style = styleMap(compact({ gap: space(node['gap']), 'align-items': align(node['align']) }));
  const action = resolveActionConfig(node['onClickAction']);
  if (!action) {
    return html`<div class="list-item" role="listitem" style=${style}>
      ${ctx.renderChildren(node.children)}
    </div>`;
  }
  const fire = (e: Event) => ctx.fire(node['onClickAction'], 'list-item', e, node);
  return html`<div
    class="list-item interactive"
    role="listitem"
    tabindex="0"
    aria-busy=${ctx.isLoading(node) ? 'true' : 'false'}
    style=${style}
    @click=${fire}
    @keydown=${(e: KeyboardEvent) => {
      if ((e.key === 'Enter' || e.key === ' ') && e.target === e.currentTarget) {
        e.preventDefault();
        fire(e);
      }
    }}
  >
    ${ctx.renderChildren(node.children)}
  </div>`;
}

/** Basic: a bare root (also used for entity previews); may hold other roots. */
export function renderBasic(node: WidgetComponent, ctx: WidgetRenderContext): TemplateResult {
  const direction = node['direction'] === 'row' ? 'row' : 'col';
  return themed(
    node,
    html`<div class="basic box dir-${direction}" style=${styleMap(boxStyle(node))}>
      ${ctx.renderChildren(node.children)}
    </div>`,
  );
}
