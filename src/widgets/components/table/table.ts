/** Table (ChatKit JS 1.7): a real table; header rows go to `<thead>`. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';

import type { WidgetComponent } from '../../../protocol/wire-types.js';
import { defineWidget } from '../../definition.js';
import type { WidgetChildren, WidgetNodeBase } from '../../definition.js';
import type { WidgetRenderContext } from '../../registry.js';
import { childList } from '../table-row/table-row.js';
import { tableStyles } from './table.styles.js';

/** A Table node (catalogue §3.5): `Table.Row` children. */
export interface TableNode extends WidgetNodeBase<'Table'> {
  children?: WidgetChildren;
}

/** Renders a Table. */
export function renderTable(node: TableNode, ctx: WidgetRenderContext): TemplateResult {
  const rows = childList(node.children) as WidgetComponent[];
  const header = rows.filter((r) => r?.type === 'Table.Row' && r['header'] === true);
  const body = rows.filter((r) => !header.includes(r));
  return html`<div class="table-wrap">
    <table class="table">
      ${
        header.length
          ? html`<thead>
              ${header.map((r) => ctx.renderNode(r))}
            </thead>`
          : ''
      }
      <tbody>
        ${body.map((r) => ctx.renderNode(r))}
      </tbody>
    </table>
  </div>`;
}

const cell = (value: string) => ({
  type: 'Table.Cell',
  children: [{ type: 'Text', value }],
});

/** The Table component. */
export const definition = defineWidget<TableNode>({
  type: 'Table',
  lazy: true,
  render: renderTable,
  styles: tableStyles,
  enums: {},
  example: {
    type: 'Table',
    children: [
      { type: 'Table.Row', header: true, children: [cell('Item'), cell('Qty')] },
      { type: 'Table.Row', children: [cell('Tea'), cell('2')] },
    ],
  },
});
