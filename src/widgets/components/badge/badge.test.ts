import { expect } from '@open-wc/testing';

import { renderWidget, shadow } from '../../../../test/helpers/widgets.js';
import { BADGE_COLORS, BADGE_SIZES, BADGE_VARIANTS } from './badge.js';

describe('Badge', () => {
  it('colour, variant, size and pill', async () => {
    const el = await renderWidget({
      type: 'Badge',
      label: 'New',
      color: 'success',
      variant: 'solid',
      size: 'lg',
      pill: true,
    });
    const badge = shadow(el).querySelector('.badge')!;
    expect(badge.className)
      .to.contain('color-success')
      .and.contain('variant-solid')
      .and.contain('size-lg')
      .and.contain('pill');
  });

  it('every colour × variant × size is a class; colours differ from the default', async () => {
    const children = BADGE_COLORS.flatMap((color) =>
      BADGE_VARIANTS.flatMap((variant) =>
        BADGE_SIZES.map((size) => ({ type: 'Badge', label: 'x', color, variant, size })),
      ),
    );
    const el = await renderWidget({ type: 'Row', wrap: 'wrap', children });
    const badges = [...shadow(el).querySelectorAll('.badge')];
    expect(badges).to.have.length(children.length);
    badges.forEach((badge, i) => {
      const { color, variant, size } = children[i]!;
      expect(badge.className).to.contain(`color-${color}`).and.contain(`variant-${variant}`);
      expect(badge.className).to.contain(`size-${size}`);
    });
    const soft = (color: string) =>
      getComputedStyle(
        badges[children.findIndex((c) => c.color === color && c.variant === 'soft')]!,
      ).color;
    for (const color of BADGE_COLORS.filter((c) => c !== 'secondary'))
      expect(soft(color), color).to.not.equal(soft('secondary'));
  });
});
