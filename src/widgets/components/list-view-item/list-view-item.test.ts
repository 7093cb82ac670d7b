import { expect } from '@open-wc/testing';

import { contrast, paint } from '../../../../test/helpers/colour.js';
import {
  recordActions,
  renderWidget,
  restingAndHovered,
  shadow,
} from '../../../../test/helpers/widgets.js';
import { ALIGNMENTS } from '../../definition.js';

const css = (el: Element, prop: string) => getComputedStyle(el).getPropertyValue(prop).trim();
const flexValue: Record<string, string> = {
  start: 'flex-start',
  center: 'center',
  end: 'flex-end',
  baseline: 'baseline',
  stretch: 'stretch',
};

describe('ListViewItem', () => {
  it('every alignment and a gap; only an item with an action is interactive', async () => {
    for (const align of ALIGNMENTS) {
      const el = await renderWidget({
        type: 'ListView',
        children: [
          { type: 'ListViewItem', align, gap: 2, children: [{ type: 'Text', value: 'a' }] },
        ],
      });
      const item = shadow(el).querySelector('.list-item')!;
      expect(css(item, 'align-items'), align).to.equal(flexValue[align]);
      expect(css(item, 'gap')).to.equal('8px');
      expect(item.classList.contains('interactive')).to.equal(false);
      expect(item.hasAttribute('tabindex')).to.equal(false);
    }
  });

  it('a click fires the action bound to the row', async () => {
    const el = await renderWidget({
      type: 'ListView',
      children: [
        {
          type: 'ListViewItem',
          onClickAction: { type: 'row.open', payload: { id: 7 } },
          children: [{ type: 'Text', value: 'row' }],
        },
      ],
    });
    const actions = recordActions(el);
    shadow(el).querySelector<HTMLElement>('.list-item.interactive')!.click();
    expect(actions.map((a) => a.action)).to.deep.equal([{ type: 'row.open', payload: { id: 7 } }]);
  });

  it('the hover surface of an interactive row stands out from the list (≥ 1.15:1), light and dark (real pointer)', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const el = await renderWidget(
        {
          type: 'ListView',
          children: [
            {
              type: 'ListViewItem',
              onClickAction: { type: 'row.open' },
              children: [{ type: 'Text', value: 'row' }],
            },
          ],
        },
        theme,
      );
      const list = getComputedStyle(shadow(el).querySelector('.list-view')!).backgroundColor;
      const item = shadow(el).querySelector('.list-item.interactive')!;
      const { resting, hovered, matched } = await restingAndHovered(item, (s) => s.backgroundColor);
      expect(matched).to.equal(true);
      expect(contrast(paint(list), paint(list, resting)), `${theme} resting`).to.equal(1);
      const ratio = contrast(paint(list), paint(list, hovered));
      expect(ratio, `${theme} hover: ${ratio.toFixed(3)}`).to.be.at.least(1.15);
    }
  });
});
