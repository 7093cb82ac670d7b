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
    expect(css(spacer, 'min-width')).to.equal('12px');
    expect(spacer.getBoundingClientRect().width).to.be.above(200);
  });
});
