import { expect } from '@open-wc/testing';

import { renderWidget, shadow } from '../../../../test/helpers/widgets.js';

const css = (el: Element, prop: string) => getComputedStyle(el).getPropertyValue(prop).trim();

describe('Basic', () => {
  it('direction, gap, padding, align; a ListView child that is not a ListViewItem gets a row', async () => {
    const el = await renderWidget({
      type: 'Basic',
      direction: 'row',
      gap: 2,
      padding: 1,
      align: 'center',
      children: [
        { type: 'Text', value: 'a' },
        { type: 'ListView', children: [{ type: 'Text', value: 'loose' }] },
      ],
    });
    const basic = shadow(el).querySelector<HTMLElement>('.basic')!;
    expect(css(basic, 'flex-direction')).to.equal('row');
    expect(css(basic, 'gap')).to.equal('8px');
    expect(css(basic, 'padding-top')).to.equal('4px');
    expect(css(basic, 'align-items')).to.equal('center');
    expect(shadow(el).querySelector('.list-item')!.textContent!.trim()).to.equal('loose');
  });

  it('a column by default, and for an unknown direction', async () => {
    for (const direction of [undefined, 'diagonal']) {
      const el = await renderWidget({ type: 'Basic', direction, children: [] });
      expect(css(shadow(el).querySelector('.basic')!, 'flex-direction')).to.equal('column');
    }
  });
});
