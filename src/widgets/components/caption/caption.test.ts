import { expect } from '@open-wc/testing';

import { renderWidget, shadow } from '../../../../test/helpers/widgets.js';
import { CAPTION_SIZES } from './caption.js';

const css = (el: Element, prop: string) => getComputedStyle(el).getPropertyValue(prop).trim();

describe('Caption', () => {
  it('every size, md for an unknown one', async () => {
    const el = await renderWidget({
      type: 'Col',
      children: [...CAPTION_SIZES, 'tiny'].map((size) => ({ type: 'Caption', value: 'C', size })),
    });
    const captions = [...shadow(el).querySelectorAll('.caption')];
    expect(shadow(el).querySelector('.caption.size-lg')).to.not.equal(null);
    expect(captions.map((c) => parseFloat(css(c, 'font-size')))).to.deep.equal([
      11.25, 12.1875, 13.125, 12.1875,
    ]);
  });
});
