import { expect } from '@open-wc/testing';

import { renderWidget, shadow } from '../../../../test/helpers/widgets.js';
import { BOX_DIRECTIONS } from './box.js';

const css = (el: Element, prop: string) => getComputedStyle(el).getPropertyValue(prop).trim();

describe('Box', () => {
  it('direction (column accepted), wrap, flex, gap, padding/margin objects, border per side, radius, sizes, aspect ratio, background', async () => {
    const el = await renderWidget({
      type: 'Box',
      direction: 'column',
      wrap: 'wrap',
      flex: 'auto',
      gap: 3.5,
      padding: { top: 1, x: 2 },
      margin: { bottom: 4 },
      border: { top: { size: 3, color: 'red-500' }, x: 1 },
      radius: 'full',
      width: 200,
      minHeight: '10px',
      maxWidth: '50%',
      aspectRatio: 2,
      background: { light: 'blue-100', dark: 'blue-900' },
      children: [{ type: 'Spacer', minSize: 12 }],
    });
    const box = shadow(el).querySelector<HTMLElement>('.box')!;
    expect(css(box, 'flex-direction')).to.equal('column');
    expect(css(box, 'flex-wrap')).to.equal('wrap');
    expect(css(box, 'gap')).to.equal('14px');
    expect(css(box, 'padding-top')).to.equal('4px');
    expect(css(box, 'padding-left')).to.equal('8px');
    expect(css(box, 'margin-bottom')).to.equal('16px');
    expect(css(box, 'border-top-width')).to.equal('3px');
    expect(css(box, 'border-top-color')).to.equal('rgb(239, 68, 68)');
    expect(css(box, 'border-left-width')).to.equal('1px');
    expect(css(box, 'border-bottom-style')).to.equal('none');
    expect(css(box, 'border-top-left-radius')).to.equal('9999px');
    expect(css(box, 'width')).to.equal('200px');
    expect(css(box, 'aspect-ratio')).to.equal('2 / 1');
    expect(css(box, 'background-color')).to.equal(
      'rgb(219, 234, 254)',
      'light side of {light, dark}',
    );
    const dark = await renderWidget(
      { type: 'Box', background: { light: 'blue-100', dark: 'blue-900' }, children: [] },
      'dark',
    );
    expect(css(shadow(dark).querySelector('.box')!, 'background-color')).to.not.equal(
      'rgb(219, 234, 254)',
    );
    expect(css(shadow(el).querySelector('.spacer')!, 'flex-basis')).to.equal('12px');
  });

  it('every direction, and a column for an unknown one', async () => {
    for (const direction of [...BOX_DIRECTIONS, 'diagonal']) {
      const el = await renderWidget({ type: 'Box', direction, children: [] });
      const expected = direction === 'row' ? 'row' : 'column';
      expect(css(shadow(el).querySelector('.box')!, 'flex-direction'), direction).to.equal(
        expected,
      );
    }
  });
});
