import { expect } from '@open-wc/testing';

import { renderWidget, shadow } from '../../../../test/helpers/widgets.js';
import { TABLE_CELL_ALIGNS, TABLE_COL_SIZES } from './table-cell.js';

describe('Table.Cell', () => {
  const cell = (props: Record<string, unknown>) => ({
    type: 'Table.Row',
    children: [{ type: 'Table.Cell', ...props, children: [{ type: 'Text', value: 'x' }] }],
  });

  it('every column size is a width, growing; width wins; an unknown size sets none', async () => {
    const el = await renderWidget({
      type: 'Table',
      children: [
        ...TABLE_COL_SIZES.map((colSize) => cell({ colSize })),
        cell({ colSize: 'md', width: 99 }),
        cell({ colSize: 'constructor' }),
      ],
    });
    const widths = [...shadow(el).querySelectorAll<HTMLElement>('td')].map((td) => td.style.width);
    const sized = widths.slice(0, TABLE_COL_SIZES.length).map((w) => parseFloat(w));
    for (let i = 1; i < sized.length; i++) expect(sized[i]).to.be.above(sized[i - 1]!);
    expect(widths.slice(-2)).to.deep.equal(['99px', '']);
  });

  it('every alignment, vertical alignment; unknown ones are start and center', async () => {
    const el = await renderWidget({
      type: 'Table',
      children: [
        ...TABLE_CELL_ALIGNS.map((align) => cell({ align, vAlign: align })),
        cell({ align: 'justify', vAlign: 'baseline' }),
      ],
    });
    const cells = [...shadow(el).querySelectorAll<HTMLElement>('td')];
    expect(cells.map((td) => td.style.textAlign)).to.deep.equal([...TABLE_CELL_ALIGNS, 'start']);
    expect(cells.map((td) => td.style.verticalAlign)).to.deep.equal([
      'top',
      'middle',
      'bottom',
      'middle',
    ]);
  });
});
