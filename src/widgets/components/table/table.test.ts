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

  it('a narrow Table scrolls horizontally instead of breaking words, inside its card', async () => {
    const words = [
      'Identifier',
      'Description',
      'Outstanding',
      '$12,345.67',
      'Supercalifragilistic',
    ];
    const el = await renderWidget({
      type: 'Card',
      children: [
        {
          type: 'Table',
          children: [
            {
              type: 'Table.Row',
              header: true,
              children: words.map((value) => ({
                type: 'Table.Cell',
                children: [{ type: 'Text', value }],
              })),
            },
            {
              type: 'Table.Row',
              children: words.map((value) => ({
                type: 'Table.Cell',
                children: [{ type: 'Text', value }],
              })),
            },
          ],
        },
      ],
    });
    el.style.width = '280px';
    await new Promise((r) => requestAnimationFrame(r));
    const wrap = shadow(el).querySelector('.table-wrap')!;
    const card = shadow(el).querySelector('.card')!.getBoundingClientRect();
    expect(wrap.scrollWidth).to.be.above(wrap.clientWidth);
    expect(wrap.getBoundingClientRect().right).to.be.at.most(card.right + 0.5);
    const lineHeight = parseFloat(
      getComputedStyle(shadow(el).querySelector('td .text')!).lineHeight,
    );
    for (const text of shadow(el).querySelectorAll('.table .text')) {
      expect(text.getBoundingClientRect().height, text.textContent!).to.be.below(lineHeight * 1.5);
    }
  });
});
