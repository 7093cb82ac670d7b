/** Table.Cell: any content, with width, padding (object), spans and alignment. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { cssProps } from '../../css-props.js';

import { defineWidget } from '../../definition.js';
import type { Spacing, WidgetChildren, WidgetNodeBase } from '../../definition.js';
import type { WidgetRenderContext } from '../../registry.js';
import { compact, isOneOf, oneOf, px, sides } from '../../values.js';
import { lookupTable, ownValue } from '../../../util/safe-object.js';
import { tableCellStyles } from './table-cell.styles.js';

/** Horizontal and vertical cell alignments. */
export const TABLE_CELL_ALIGNS = ['start', 'center', 'end'] as const;
/** A cell alignment. */
export type TableCellAlign = (typeof TABLE_CELL_ALIGNS)[number];
/** Column widths by name. */
export const TABLE_COL_SIZES = ['xs', 'sm', 'md', 'lg', 'xl'] as const;
/** A column width name. */
export type TableColSize = (typeof TABLE_COL_SIZES)[number];

const COL_WIDTH = lookupTable<string>({
  xs: '64px',
  sm: '120px',
  md: '180px',
  lg: '260px',
  xl: '360px',
} satisfies Record<TableColSize, string>);
const V_ALIGN = lookupTable<string>({
  start: 'top',
  center: 'middle',
  end: 'bottom',
} satisfies Record<TableCellAlign, string>);

/** A Table.Cell node (catalogue §3.5). */
export interface TableCellNode extends WidgetNodeBase<'Table.Cell'> {
  children?: WidgetChildren;
  width?: number | string;
  /** An object only, unlike padding elsewhere. */
  padding?: Spacing;
  colSpan?: number;
  rowSpan?: number;
  align?: TableCellAlign;
  vAlign?: TableCellAlign;
  colSize?: TableColSize;
}

/** Renders a Table.Cell: a header cell in a header row. */
export function renderTableCell(
  node: TableCellNode,
  ctx: WidgetRenderContext,
  header = false,
): TemplateResult {
  const style = cssProps(
    compact({
      width:
        px(node.width) ??
        (isOneOf(node.colSize, TABLE_COL_SIZES) ? COL_WIDTH[node.colSize] : undefined),
      'text-align': oneOf(node.align, TABLE_CELL_ALIGNS, 'start'),
      'vertical-align': ownValue(V_ALIGN, oneOf(node.vAlign, TABLE_CELL_ALIGNS, 'center')),
      ...sides('padding', typeof node.padding === 'object' ? node.padding : undefined),
    }),
  );
  const colSpan = typeof node.colSpan === 'number' && node.colSpan > 1 ? node.colSpan : undefined;
  const rowSpan = typeof node.rowSpan === 'number' && node.rowSpan > 1 ? node.rowSpan : undefined;
  const content = ctx.renderChildren(node.children);
  return header
    ? html`<th scope="col" colspan=${ifDefined(colSpan)} rowspan=${ifDefined(rowSpan)} ${style}>
        ${content}
      </th>`
    : html`<td colspan=${ifDefined(colSpan)} rowspan=${ifDefined(rowSpan)} ${style}>
        ${content}
      </td>`;
}

/** The Table.Cell component. */
export const definition = defineWidget<TableCellNode>({
  type: 'Table.Cell',
  lazy: true,
  render: (node, ctx) => renderTableCell(node, ctx),
  styles: tableCellStyles,
  enums: { align: TABLE_CELL_ALIGNS, vAlign: TABLE_CELL_ALIGNS, colSize: TABLE_COL_SIZES },
  example: { type: 'Table.Cell', align: 'end', children: [{ type: 'Text', value: '42' }] },
});
