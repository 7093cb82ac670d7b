import { expect } from '@open-wc/testing';

import { renderWidget, shadow } from '../../../../test/helpers/widgets.js';

const css = (el: Element, prop: string) => getComputedStyle(el).getPropertyValue(prop).trim();

describe('Spacer', () => {
  it('pushes its siblings apart, at least minSize long', async () => {
    const el = await renderWidget({
      type: 'Row',
      width: 300,
      children: [
        { type: 'Text', value: 'a' },
        { type: 'Spacer', minSize: 12 },
        { type: 'Text', value: 'b' },
      ],
    });
    const spacer = shadow(el).querySelector('.spacer')!;
    expect(css(spacer, 'flex-basis')).to.equal('12px');
    expect(spacer.getBoundingClientRect().width).to.be.above(200);
  });

  it('minSize does not grow the cross axis: a Row stays one line tall, a Col keeps its width', async () => {
    const row = await renderWidget({
      type: 'Row',
      width: 300,
      children: [
        { type: 'Text', value: 'a' },
        { type: 'Spacer', minSize: 120 },
        { type: 'Text', value: 'b' },
      ],
    });
    const rowBox = shadow(row).querySelector('.box')!.getBoundingClientRect();
    expect(rowBox.height).to.be.below(40);
    expect(shadow(row).querySelector('.spacer')!.getBoundingClientRect().width).to.be.at.least(120);
    // Along a Col's main axis, the minimum holds even when the Col is squeezed.
    const col = await renderWidget({
      type: 'Row',
      children: [
        {
          type: 'Col',
          height: 60,
          children: [
            { type: 'Text', value: 'a' },
            { type: 'Spacer', minSize: 120 },
          ],
        },
        { type: 'Text', value: 'b' },
      ],
    });
    const spacer = shadow(col).querySelector('.spacer')!.getBoundingClientRect();
    expect(spacer.height).to.be.at.least(120);
    expect(spacer.width).to.be.below(60);
  });
});
