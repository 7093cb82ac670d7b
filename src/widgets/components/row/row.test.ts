import { expect } from '@open-wc/testing';

import { renderWidget, shadow } from '../../../../test/helpers/widgets.js';
import { JUSTIFICATIONS } from '../../definition.js';

const css = (el: Element, prop: string) => getComputedStyle(el).getPropertyValue(prop).trim();

describe('Row', () => {
  it('Row and Col lay out horizontally and vertically; floats such as 4.0 and children: null are fine', async () => {
    const el = await renderWidget({
      type: 'Col',
      padding: 4.0,
      children: [
        {
          type: 'Row',
          gap: 2.0,
          justify: 'between',
          children: [
            { type: 'Box', children: null },
            { type: 'Text', value: 'x' },
          ],
        },
      ],
    });
    expect(css(shadow(el).querySelector('.dir-col')!, 'padding-top')).to.equal('16px');
    const row = shadow(el).querySelector('.dir-row')!;
    expect(css(row, 'justify-content')).to.equal('space-between');
    expect(css(row, 'flex-direction')).to.equal('row');
  });

  it('every justification', async () => {
    const expected: Record<string, string> = {
      start: 'flex-start',
      center: 'center',
      end: 'flex-end',
      between: 'space-between',
      around: 'space-around',
      evenly: 'space-evenly',
      stretch: 'stretch',
    };
    for (const justify of JUSTIFICATIONS) {
      const el = await renderWidget({ type: 'Row', justify, children: [] });
      expect(css(shadow(el).querySelector('.dir-row')!, 'justify-content'), justify).to.equal(
        expected[justify],
      );
    }
  });
});
