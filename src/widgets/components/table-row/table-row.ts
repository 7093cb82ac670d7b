/** Table.Row: a row of a Table; `header` makes its cells header cells. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';

import { defineWidget } from '../../definition.js';
import type { WidgetChildren, WidgetNodeBase } from '../../definition.js';
import type { WidgetRenderContext } from '../../registry.js';
import { renderTableCell } from '../table-cell/table-cell.js';
import type { TableCellNode } from '../table-cell/table-cell.js';
import { tableRowStyles } from './table-row.styles.js';

/** A Table.Row node (catalogue §3.5): `Table.Cell` children. */
export interface TableRowNode extends WidgetNodeBase<'Table.Row'> {
  children?: WidgetChildren;
  header?: boolean;
}

/** Children as a list (one node, an array, or nothing). */
export const childList = (children: unknown): unknown[] =>
  Array.isArray(children) ? children : children ? [children] : [];

/** Renders a Table.Row. */
export function renderTableRow(node: TableRowNode, ctx: WidgetRenderContext): TemplateResult {
  const header = node.header === true;
  return html`<tr class=${header ? 'header' : ''}>
    ${childList(node.children).map((cell) =>
      cell && typeof cell === 'object' && (cell as TableCellNode).type === 'Table.Cell'
        ? renderTableCell(cell as TableCellNode, ctx, header)
        : html`<td>${ctx.renderNode(cell)}</td>`,
    )}
  </tr>`;
}

/** The Table.Row component. */
export const definition = defineWidget<TableRowNode>({
  type: 'Table.Row',
  lazy: true,
  render: renderTableRow,
  styles: tableRowStyles,
  enums: {},
  example: {
    type: 'Table.Row',
    children: [
      { type: 'Table.Cell', children: [{ type: 'Text', value: 'A row outside a table' }] },
    ],
  },
});
