/** ListView: rows with an optional "Show more" past `limit`. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

import { WIDGET_THEMES, defineWidget } from '../../definition.js';
import type {
  WidgetChildren,
  WidgetNodeBase,
  WidgetStatus,
  WidgetTheme,
} from '../../definition.js';
import type { WidgetRenderContext } from '../../registry.js';
import { renderStatus, themed } from '../../status.js';
import { listViewStyles } from './list-view.styles.js';

/** How many rows `limit: 'auto'` shows. */
export const AUTO_LIMIT = 5;

/** A ListView node (catalogue §3.1). */
export interface ListViewNode extends WidgetNodeBase<'ListView'> {
  children: WidgetChildren;
  limit?: number | 'auto';
  status?: WidgetStatus;
  theme?: WidgetTheme;
}

/** Renders a ListView. */
export function renderListView(node: ListViewNode, ctx: WidgetRenderContext): TemplateResult {
  const raw = Array.isArray(node.children) ? node.children : node.children ? [node.children] : [];
  // A ListView holds ListViewItems only: anything else gets a row of its own.
  const children = raw.map((child) =>
    child && typeof child === 'object' && child.type !== 'ListViewItem'
      ? { type: 'ListViewItem', key: child.key ?? undefined, children: [child] }
      : child,
  );
  const limit =
    typeof node.limit === 'number' && node.limit > 0
      ? Math.floor(node.limit)
      : node.limit === 'auto'
        ? AUTO_LIMIT
        : Infinity;
  const state = ctx.uiState(`listview:${node.key ?? node.id ?? ''}`);
  const shown = state.expanded ? children : children.slice(0, limit);
  const hidden = children.length - shown.length;
  return themed(
    node,
    html`<section class="list-view">
      ${renderStatus(node.status, ctx)}
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
              ${ctx.strings.t('widget.showMore', { n: hidden })}
            </button>`
          : nothing
      }
    </section>`,
  );
}

/** The ListView component. */
export const definition = defineWidget<ListViewNode>({
  type: 'ListView',
  render: renderListView,
  styles: listViewStyles,
  enums: { theme: WIDGET_THEMES },
  example: {
    type: 'ListView',
    limit: 2,
    children: ['One', 'Two', 'Three'].map((value) => ({
      type: 'ListViewItem',
      key: value,
      children: [{ type: 'Text', value }],
    })),
  },
});
