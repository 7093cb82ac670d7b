import { expect } from '@open-wc/testing';

import { CONTROL_SIZES, CONTROL_VARIANTS } from '../../control-base.js';
import { recordActions, renderWidget, shadow } from '../../../../test/helpers/widgets.js';
import { BUTTON_COLORS, BUTTON_ICON_SIZES } from './button.js';

describe('Button', () => {
  it('every colour × variant and every size is a class; unknown ones are primary, solid and md', async () => {
    const children: Record<string, string>[] = [
      ...BUTTON_COLORS.flatMap((color) =>
        CONTROL_VARIANTS.map((variant) => ({ type: 'Button', label: 'x', color, variant })),
      ),
      ...CONTROL_SIZES.map((size) => ({ type: 'Button', label: 'x', size })),
      { type: 'Button', label: 'x', color: 'neon', variant: 'glow', size: 'huge' },
    ];
    const el = await renderWidget({ type: 'Row', wrap: 'wrap', children });
    const buttons = [...shadow(el).querySelectorAll('.btn')];
    expect(buttons).to.have.length(children.length);
    buttons.slice(0, -1).forEach((button, i) => {
      const { color = 'primary', variant = 'solid', size = 'md' } = children[i]!;
      expect(button.className)
        .to.contain(`color-${color}`)
        .and.contain(`variant-${variant}`)
        .and.contain(`size-${size}`);
    });
    expect(buttons.at(-1)!.className)
      .to.contain('color-primary')
      .and.contain('variant-solid')
      .and.contain('size-md');
  });

  it('style presets; icon sizes; an icon-only button is uniform and labelled', async () => {
    const el = await renderWidget({
      type: 'Row',
      children: [
        { type: 'Button', label: 'p', style: 'primary' },
        { type: 'Button', label: 's', style: 'secondary' },
        ...BUTTON_ICON_SIZES.map((iconSize) => ({ type: 'Button', iconStart: 'plus', iconSize })),
      ],
    });
    const [primary, secondary, ...icons] = [...shadow(el).querySelectorAll('.btn')];
    expect(primary!.className).to.contain('color-primary').and.contain('variant-solid');
    expect(secondary!.className).to.contain('color-secondary').and.contain('variant-outline');
    const widths = icons.map((b) => Number(b.querySelector('svg')!.getAttribute('width')));
    for (let i = 1; i < widths.length; i++) expect(widths[i]).to.be.above(widths[i - 1]!);
    expect(icons[0]!.classList.contains('uniform')).to.equal(true);
    expect(icons[0]!.getAttribute('aria-label')).to.equal('plus');
  });

  it('a click fires onClickAction; a disabled button does not', async () => {
    const el = await renderWidget({
      type: 'Row',
      children: [
        { type: 'Button', label: 'Go', onClickAction: { type: 'go' } },
        { type: 'Button', label: 'No', disabled: true, onClickAction: { type: 'no' } },
      ],
    });
    const actions = recordActions(el);
    for (const b of shadow(el).querySelectorAll<HTMLButtonElement>('.btn')) b.click();
    expect(actions.map((a) => a.action)).to.deep.equal([{ type: 'go' }]);
    expect(actions[0]!.site).to.equal('button');
  });
});
