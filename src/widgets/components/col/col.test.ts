import { expect } from '@open-wc/testing';

import { renderWidget, shadow } from '../../../../test/helpers/widgets.js';
import { WRAPS } from '../../definition.js';

const css = (el: Element, prop: string) => getComputedStyle(el).getPropertyValue(prop).trim();

describe('Col', () => {
  it('a vertical flex box with every wrap; an unknown wrap is left out', async () => {
    for (const wrap of [...WRAPS, 'sideways']) {
      const el = await renderWidget({ type: 'Col', wrap, gap: 1, children: [] });
      const col = shadow(el).querySelector('.dir-col')!;
      expect(css(col, 'flex-direction')).to.equal('column');
      expect(css(col, 'gap')).to.equal('4px');
      expect(css(col, 'flex-wrap'), wrap).to.equal(wrap === 'sideways' ? 'nowrap' : wrap);
    }
  });

  it('an empty Col takes no gap; an empty Col with a size still shows', async () => {
    const el = await renderWidget({
      type: 'Col',
      gap: 4,
      children: [
        { type: 'Text', value: 'above' },
        { type: 'Col', gap: 2, children: [] },
        { type: 'Text', value: 'below' },
        { type: 'Col', height: 10, background: 'surface-secondary', children: [] },
      ],
    });
    const [above, below] = [...shadow(el).querySelectorAll('.text')].map((t) =>
      t.getBoundingClientRect(),
    );
    expect(below!.top - above!.bottom).to.be.closeTo(16, 0.5);
    const sized = shadow(el).querySelectorAll('.dir-col .dir-col')[1]!;
    expect(sized.getBoundingClientRect().height).to.be.closeTo(10, 0.5);
  });
});
