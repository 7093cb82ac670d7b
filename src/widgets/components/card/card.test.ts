import { expect } from '@open-wc/testing';

import { loadFixture, renderWidget, shadow } from '../../../../test/helpers/widgets.js';
import { CARD_SIZES } from './card.js';

const css = (el: Element, prop: string) => getComputedStyle(el).getPropertyValue(prop).trim();

describe('Card', () => {
  it('size, padding, background, border, status with favicon, confirm and cancel', async () => {
    const el = await renderWidget({
      type: 'Card',
      size: 'sm',
      padding: { x: 6, y: 2 },
      background: 'surface-secondary',
      border: { size: 2, color: 'strong', style: 'dashed' },
      status: {
        text: 'Acme',
        favicon: '/test/fixtures/widgets/assets/pixel.gif',
        frame: true,
      },
      children: [{ type: 'Text', value: 'Body' }],
      confirm: { label: 'Yes', action: { type: 'yes' } },
      cancel: { label: 'No', action: { type: 'no' } },
    });
    const card = shadow(el).querySelector<HTMLElement>('.card')!;
    expect(card.classList.contains('size-sm')).to.equal(true);
    expect(css(card, 'max-width')).to.equal('360px');
    expect(css(card, 'border-top-style')).to.equal('dashed');
    expect(css(card, 'border-top-width')).to.equal('2px');
    expect(card.style.background).to.contain('--cw-color-surface-secondary');
    const body = shadow(el).querySelector<HTMLElement>('.card-body')!;
    expect(css(body, 'padding-left')).to.equal('24px');
    expect(css(body, 'padding-top')).to.equal('8px');
    expect(shadow(el).querySelector('.status img.favicon.framed')).to.not.equal(null);
    expect(shadow(el).querySelector('.status')!.textContent!.trim()).to.equal('Acme');
    expect(
      [...shadow(el).querySelectorAll('.card-footer button')].map((b) => b.textContent!.trim()),
    ).to.deep.equal(['No', 'Yes']);
  });

  it('every size is a width class; an unknown size is md', async () => {
    const widths: Record<string, string> = { sm: '360px', md: '480px', lg: '640px', full: 'none' };
    for (const size of [...CARD_SIZES, 'gigantic']) {
      const el = await renderWidget({ type: 'Card', size, children: [] });
      const card = shadow(el).querySelector('.card')!;
      const expected = size === 'gigantic' ? 'md' : size;
      expect(card.classList.contains(`size-${expected}`), size).to.equal(true);
      expect(css(card, 'max-width'), size).to.equal(widths[expected]);
    }
  });

  it('collapsed hides body and footer; theme forces a scheme', async () => {
    const collapsed = await renderWidget(await loadFixture('collapsed-card'));
    expect(shadow(collapsed).querySelector<HTMLElement>('.card-body')!.hidden).to.equal(true);
    expect(shadow(collapsed).querySelector('.card-footer')).to.equal(null);
    const dark = await renderWidget(await loadFixture('dark-card'), 'light');
    const themed = shadow(dark).querySelector('.theme-dark')!;
    expect(css(themed, 'color-scheme')).to.equal('dark');
    expect(css(themed, '--cw-color-surface')).to.equal('#212121');
  });

  it('the footer has top spacing when the card has padding 0 (and no extra spacing otherwise)', async () => {
    const gaps: number[] = [];
    for (const padding of [0, { x: 4, bottom: 0 }, undefined]) {
      const el = await renderWidget({
        type: 'Card',
        padding,
        children: [{ type: 'Text', value: 'Body' }],
        confirm: { label: 'OK', action: { type: 'ok' } },
      });
      const text = shadow(el).querySelector('.text')!.getBoundingClientRect();
      const button = shadow(el).querySelector('.card-footer .btn')!.getBoundingClientRect();
      gaps.push(button.top - text.bottom);
    }
    for (const gap of gaps) expect(gap).to.be.closeTo(16, 0.5);
  });
});
