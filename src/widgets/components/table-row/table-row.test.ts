import { expect } from '@open-wc/testing';

import { renderWidget, shadow } from '../../../../test/helpers/widgets.js';

describe('Table.Row', () => {
  it('a header row has header cells; a child that is not a cell gets a cell of its own', async () => {
    const el = await renderWidget({
      type: 'Table',
      children: [
        {
          type: 'Table.Row',
          header: true,
          children: [{ type: 'Table.Cell', children: [{ type: 'Text', value: 'H' }] }],
        },
        { type: 'Table.Row', children: { type: 'Text', value: 'loose' } },
      ],
    });
    const table = shadow(el).querySelector('table')!;
    expect(table.querySelector('thead th[scope=col]')!.textContent!.trim()).to.equal('H');
    expect(table.querySelector('tbody td')!.textContent!.trim()).to.equal('loose');
  });
});
