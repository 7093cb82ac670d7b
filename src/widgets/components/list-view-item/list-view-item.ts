/** ListViewItem: a row of a ListView, clickable when it has an action. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { cssProps } from '../../css-props.js';

import { ALIGNMENTS, defineWidget } from '../../definition.js';
import type {
  ActionConfig,
  Alignment,
  SpacingValue,
  WidgetChildren,
  WidgetNodeBase,
} from '../../definition.js';
import type { WidgetRenderContext } from '../../registry.js';
import { align, compact, space } from '../../values.js';
import { resolveActionConfig } from '../../widget-host.js';
import { listViewItemStyles } from './list-view-item.styles.js';

/** A ListViewItem node (catalogue §3.1), valid only directly under a ListView. */
export interface ListViewItemNode extends WidgetNodeBase<'ListViewItem'> {
  children: WidgetChildren;
  onClickAction?: ActionConfig;
  gap?: SpacingValue;
  align?: Alignment;
}

/** Renders a ListViewItem. */
export function renderListViewItem(
  node: ListViewItemNode,
  ctx: WidgetRenderContext,
): TemplateResult {
  const style = cssProps(compact({ gap: space(node.gap), 'align-items': align(node.align) }));
  const action = resolveActionConfig(node.onClickAction);
  if (!action) {
    return html`<div class="list-item" role="listitem" ${style}>
      ${ctx.renderChildren(node.children)}
    </div>`;
  }
  const fire = (e: Event) => ctx.fire(node.onClickAction, 'list-item', e, node);
  return html`<div
    class="list-item interactive"
    role="listitem"
    tabindex="0"
    aria-busy=${ctx.isLoading(node) ? 'true' : 'false'}
    ${style}
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

/** The ListViewItem component. */
export const definition = defineWidget<ListViewItemNode>({
  type: 'ListViewItem',
  render: renderListViewItem,
  styles: listViewItemStyles,
  enums: { align: ALIGNMENTS },
  example: {
    type: 'ListViewItem',
    gap: 3,
    onClickAction: { type: 'example.open' },
    children: [
      { type: 'Icon', name: 'calendar' },
      { type: 'Text', value: 'A clickable row' },
    ],
  },
});
