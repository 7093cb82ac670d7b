/** Table, Table.Row and Table.Cell (ChatKit JS 1.7): a real table with header rows and spans. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';

import type { WidgetComponent } from '../../protocol/wire-types.js';
import type { WidgetRenderContext } from '../registry.js';
import { compact, oneOf, px, sides } from '../values.js';
import { lookupTable } from '../../util/safe-object.js';

const childList = (children: unknown): unknown[] =>
  Array.isArray(children) ? children : children ? [children] : [];

/** Table: rows of cells. */
export function renderTable(node: WidgetComponent, ctx: WidgetRenderContext): TemplateResult {
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

/** Table.Row: a row; `header` makes its cells header cells. */
export function renderTableRow(node: WidgetComponent, ctx: WidgetRenderContext): TemplateResult {
  const header = node['header'] === true;
  return html`<tr class=${header ? 'header' : ''}>
    ${childList(node.children).map((cell) =>
      cell && typeof cell === 'object' && (cell as WidgetComponent).type === 'Table.Cell'
        ? renderTableCell(cell as WidgetComponent, ctx, header)
        : html`<td>${ctx.renderNode(cell)}</td>`,
    )}
  </tr>`;
}

const COL_SIZES = lookupTable<string>({
  xs: '64px',
  sm: '120px',
  md: '180px',
  lg: '260px',
  xl: '360px',
});

/** Table.Cell: any content, with width, padding (object), spans and alignment. */
export function renderTableCell(
  node: WidgetComponent,
  ctx: WidgetRenderContext,
  header = false,
): TemplateResult {
  const style = styleMap(
    compact({
      width: px(node['width']) ?? COL_SIZES[oneOf(node['colSize'], Object.keys(COL_SIZES), '')],
      'text-align': oneOf(node['align'], ['start', 'center', 'end'] as const, 'start'),
      'vertical-align': { start: 'top', center: 'middle', end: 'bottom' }[
        oneOf(node['vAlign'], ['start', 'center', 'end'] as const, 'center')
      ],
      ...sides('padding', typeof node['padding'] === 'object' ? node['padding'] : undefined),
    }),
  );
  const colSpan =
    typeof node['colSpan'] === 'number' && node['colSpan'] > 1 ? node['colSpan'] : undefined;
  const rowSpan =
    typeof node['rowSpan'] === 'number' && node['rowSpan'] > 1 ? node['rowSpan'] : undefined;
  const content = ctx.renderChildren(node.children);
  return header
    ? html`<th
        scope="col"
        colspan=${ifDefined(colSpan)}
        rowspan=${ifDefined(rowSpan)}
        style=${style}
      >
        ${content}
      </th>`
    : html`<td colspan=${ifDefined(colSpan)} rowspan=${ifDefined(rowSpan)} style=${style}>
        ${content}
      </td>`;
}
