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
});
