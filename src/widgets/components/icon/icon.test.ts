import { expect } from '@open-wc/testing';

import { WIDGET_ICON_NAMES } from '../../icons.js';
import { loadFixture, renderWidget, shadow } from '../../../../test/helpers/widgets.js';
import { ICON_SIZES, ICON_SIZE_PX } from './icon.js';

describe('Icon', () => {
  it('all 64 names are known, sizes apply, lucide: prefix works, an unknown name renders a placeholder', async () => {
    expect(WIDGET_ICON_NAMES).to.have.length(64);
    const el = await renderWidget(await loadFixture('icons'));
    const icons = [...shadow(el).querySelectorAll('svg[data-icon]')];
    const known = icons
      .filter((i) => i.getAttribute('data-known') === 'true')
      .map((i) => i.getAttribute('data-icon'));
    for (const name of WIDGET_ICON_NAMES) expect(known, name).to.include(name);
    expect(known).to.include('lucide:calendar');
    expect(
      icons.find((i) => i.getAttribute('data-icon') === 'chevron-down')!.getAttribute('data-known'),
    ).to.equal('false');
    const sizes = icons
      .filter((i) => i.getAttribute('data-icon') === 'star')
      .map((i) => i.getAttribute('width'));
    expect(sizes).to.include.members(['12', '14', '16', '20', '24', '32', '40']);
  });

  it('every size has its pixels; an unknown size is md', async () => {
    const el = await renderWidget({
      type: 'Row',
      children: [...ICON_SIZES, 'huge'].map((size) => ({ type: 'Icon', name: 'star', size })),
    });
    const widths = [...shadow(el).querySelectorAll('svg[data-icon]')].map((i) =>
      Number(i.getAttribute('width')),
    );
    expect(widths).to.deep.equal([...ICON_SIZES.map((s) => ICON_SIZE_PX[s]), ICON_SIZE_PX['md']]);
  });
});
