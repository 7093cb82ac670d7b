import { expect } from '@open-wc/testing';

import { renderWidget, shadow } from '../../../../test/helpers/widgets.js';

const css = (el: Element, prop: string) => getComputedStyle(el).getPropertyValue(prop).trim();

describe('Divider', () => {
  it('colour, size, spacing, flush', async () => {
    const el = await renderWidget({
      type: 'Card',
      children: [{ type: 'Divider', color: 'red-600', size: 3, spacing: 2, flush: true }],
    });
    const hr = shadow(el).querySelector<HTMLElement>('hr')!;
    expect(css(hr, 'border-top-width')).to.equal('3px');
    expect(css(hr, 'border-top-color')).to.equal('rgb(220, 38, 38)');
    expect(css(hr, 'margin-top')).to.equal('8px');
    expect(hr.classList.contains('flush')).to.equal(true);
    expect(css(hr, 'margin-left')).to.equal('-16px');
  });
});
