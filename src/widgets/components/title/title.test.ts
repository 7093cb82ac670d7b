import { expect } from '@open-wc/testing';

import { renderWidget, shadow } from '../../../../test/helpers/widgets.js';
import { TITLE_SIZES } from './title.js';

const css = (el: Element, prop: string) => getComputedStyle(el).getPropertyValue(prop).trim();

describe('Title', () => {
  it('a heading with size, colour and weight', async () => {
    const el = await renderWidget({
      type: 'Title',
      value: 'T',
      size: '3xl',
      color: 'danger',
      weight: 'normal',
    });
    const title = shadow(el).querySelector('.title')!;
    expect(title.tagName).to.equal('H3');
    expect(css(title, 'font-weight')).to.equal('400');
    expect(title.classList.contains('size-3xl')).to.equal(true);
  });

  it('every size is larger than the one before; semibold by default', async () => {
    const el = await renderWidget({
      type: 'Col',
      children: TITLE_SIZES.map((size) => ({ type: 'Title', value: size, size })),
    });
    const titles = [...shadow(el).querySelectorAll('.title')];
    const sizes = titles.map((t) => parseFloat(css(t, 'font-size')));
    for (let i = 1; i < sizes.length; i++)
      expect(sizes[i], TITLE_SIZES[i]).to.be.above(sizes[i - 1]!);
    expect(css(titles[0]!, 'font-weight')).to.equal('600');
  });
});
