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

  it('keeps its text size inside a table (no compounding), and a long label ends inside the row', async () => {
    const el = await renderWidget({
      type: 'Card',
      children: [
        { type: 'Badge', label: 'Outside' },
        {
          type: 'Table',
          children: [
            {
              type: 'Table.Row',
              header: true,
              children: [{ type: 'Table.Cell', children: [{ type: 'Badge', label: 'Header' }] }],
            },
            {
              type: 'Table.Row',
              children: [{ type: 'Table.Cell', children: [{ type: 'Badge', label: 'Body' }] }],
            },
          ],
        },
        {
          type: 'Row',
          gap: 2,
          children: [
            {
              type: 'Badge',
              label: 'A long badge label that goes on and on past the width of the card',
            },
            { type: 'Badge', label: 'next', color: 'info' },
          ],
        },
      ],
    });
    el.style.width = '320px';
    await new Promise((r) => requestAnimationFrame(r));
    const badges = [...shadow(el).querySelectorAll<HTMLElement>('.badge')];
    const sizes = badges.slice(0, 3).map((b) => getComputedStyle(b).fontSize);
    expect(new Set(sizes).size, sizes.join(', ')).to.equal(1);
    const [long, next] = badges.slice(3);
    const card = shadow(el).querySelector('.card')!.getBoundingClientRect();
    expect(next!.getBoundingClientRect().right).to.be.at.most(card.right + 0.5);
    expect(next!.scrollWidth, 'the short label is whole').to.be.at.most(next!.clientWidth);
    expect(getComputedStyle(long!).textOverflow).to.equal('ellipsis');
  });
});
