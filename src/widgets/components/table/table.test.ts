import { expect } from '@open-wc/testing';

import { loadFixture, renderWidget, shadow } from '../../../../test/helpers/widgets.js';

const css = (el: Element, prop: string) => getComputedStyle(el).getPropertyValue(prop).trim();

describe('Table', () => {
  it('header row cells, spans, alignment and cell padding', async () => {
    const el = await renderWidget(await loadFixture('order-table'));
    const table = shadow(el).querySelector('table')!;
    expect([...table.querySelectorAll('thead th')].map((t) => t.textContent!.trim())).to.deep.equal(
      ['Item', 'Qty', 'Price'],
    );
    const total = [...table.querySelectorAll('td')].find((td) =>
      td.textContent!.includes('Total'),
    )!;
    expect(total.colSpan).to.equal(2);
    expect(css(total, 'padding-top')).to.equal('12px');
    const price = table.querySelector('tbody tr td:last-child')!;
    expect(css(price, 'text-align')).to.equal('end');
  });
});
