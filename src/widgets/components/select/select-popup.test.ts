import { expect, fixture, html } from '@open-wc/testing';

import type { CwWidget } from '../../widget-view.js';
import { settle, shadow } from '../../../../test/helpers/widgets.js';
import { placePopup } from '../../popup-geometry.js';
import { filterOptions, moveIndex, typeAhead } from './select-geometry.js';
import { SIZES, popup, q, rendered, trigger } from './select-helpers.test.js';

describe('Select popup and layout', () => {
  it('layout: in a column the box fills it with the chevron at its end; long text ends before the chevron', async () => {
    const host = await fixture<HTMLElement>(
      html`<div style="width: 320px">
        <cw-widget
          .widget=${{
            type: 'Col',
            children: [
              { type: 'Select', name: 'a', placeholder: 'Pick', options: SIZES },
              {
                type: 'Select',
                name: 'b',
                defaultValue: 'long',
                options: [{ value: 'long', label: 'A very long option label '.repeat(6) }],
              },
            ],
          }}
        ></cw-widget>
      </div>`,
    );
    const el = host.querySelector<CwWidget>('cw-widget')!;
    await settle(el);
    const [a, b] = [...shadow(el).querySelectorAll<HTMLElement>('.select-trigger')];
    const col = q(el, '.select-wrap').parentElement!.parentElement!.getBoundingClientRect();
    for (const t of [a!, b!]) {
      const box = t.getBoundingClientRect();
      const chevron = t.querySelector('.select-chevron')!.getBoundingClientRect();
      const value = t.querySelector('.select-value')!.getBoundingClientRect();
      expect(Math.abs(box.width - col.width)).to.be.below(1);
      expect(chevron.right).to.be.at.most(box.right);
      expect(box.right - chevron.right).to.be.below(24);
      expect(value.right).to.be.at.most(chevron.left);
    }
    const long = b!.querySelector<HTMLElement>('.select-value')!;
    expect(long.scrollWidth).to.be.above(long.clientWidth);
    expect(getComputedStyle(long).textOverflow).to.equal('ellipsis');
  });

  it('the popup opens inside the viewport, above when there is no room below, and no card clips it', async () => {
    const host = await fixture<HTMLElement>(
      html`<div
        style="position: fixed; left: 0; right: 0; bottom: 8px; height: 60px; overflow: hidden"
      >
        <cw-widget
          .widget=${{
            type: 'Card',
            children: [
              {
                type: 'Select',
                name: 'n',
                options: Array.from({ length: 12 }, (_, i) => ({ value: i, label: `Option ${i}` })),
              },
            ],
          }}
        ></cw-widget>
      </div>`,
    );
    const el = host.querySelector<CwWidget>('cw-widget')!;
    await settle(el);
    trigger(el).click();
    await rendered(el);
    const p = popup(el).getBoundingClientRect();
    const t = trigger(el).getBoundingClientRect();
    expect(popup(el).dataset['side']).to.equal('above');
    expect(p.bottom).to.be.at.most(t.top);
    expect(p.top).to.be.at.least(0);
    expect(p.left).to.be.at.least(0);
    expect(p.right).to.be.at.most(document.documentElement.clientWidth);
    // Not clipped by the 60 px overflow-hidden box: the popup is what is drawn at its middle.
    const hit = shadow(el).elementFromPoint(p.left + p.width / 2, p.top + 20);
    expect(popup(el).contains(hit)).to.equal(true);
    // It follows its trigger when a scroller inside another shadow root moves it.
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await rendered(el);
    const outer = document.createElement('div');
    const inner = outer.attachShadow({ mode: 'open' });
    inner.innerHTML =
      '<div style="height: 200px; overflow: auto"><div style="height: 600px"></div></div>';
    const scroller = inner.firstElementChild as HTMLElement;
    scroller.prepend(el);
    document.body.append(outer);
    try {
      await rendered(el);
      trigger(el).click();
      await rendered(el);
      expect(popup(el).dataset['side']).to.equal('below');
      const before =
        popup(el).getBoundingClientRect().top - trigger(el).getBoundingClientRect().bottom;
      scroller.scrollTop = 30;
      await new Promise((r) => scroller.addEventListener('scroll', r, { once: true }));
      await rendered(el);
      const after =
        popup(el).getBoundingClientRect().top - trigger(el).getBoundingClientRect().bottom;
      expect(trigger(el).getBoundingClientRect().top).to.be.below(
        scroller.getBoundingClientRect().top + 20,
      );
      expect(Math.abs(after - before)).to.be.below(1);
    } finally {
      outer.remove();
    }
    host.append(el);
    await rendered(el);
    // Moved while open, it comes back closed (a removed popover is hidden).
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    trigger(el).click();
    await rendered(el);
    // A click outside closes it.
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await rendered(el);
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it("right to left, the list is the mirror image of left to right: on the trigger's right edge, inside the viewport", async () => {
    const vw = document.documentElement.clientWidth;
    /** A 120 px Select (its list is 180 px: wider) at `left`, in a box of direction `dir`. */
    const selectAt = async (left: number, dir: 'ltr' | 'rtl') => {
      const host = await fixture<HTMLElement>(
        html`<div dir=${dir} style="position: fixed; top: 40px; left: ${left}px; width: 120px">
          <cw-widget .widget=${{ type: 'Select', name: 's', options: SIZES }}></cw-widget>
        </div>`,
      );
      const el = host.querySelector<CwWidget>('cw-widget')!;
      await settle(el);
      trigger(el).click();
      await rendered(el);
      return { t: trigger(el).getBoundingClientRect(), p: popup(el).getBoundingClientRect(), el };
    };
    // Room on both sides, then at the viewport's edges (where the list shifts inside).
    for (const left of [300, 20, 4, vw - 140]) {
      const ltr = await selectAt(left, 'ltr');
      const rtl = await selectAt(vw - left - 120, 'rtl');
      expect(Math.abs(rtl.t.right - (vw - ltr.t.left))).to.be.below(1);
      expect(Math.abs(rtl.p.left - (vw - ltr.p.right)), `left ${left}`).to.be.below(1);
      expect(Math.abs(rtl.p.right - (vw - ltr.p.left)), `right ${left}`).to.be.below(1);
      expect(Math.abs(rtl.p.top - ltr.p.top)).to.be.below(1);
      expect(rtl.p.width).to.be.above(rtl.t.width + 50);
      expect(rtl.p.left).to.be.at.least(8 - 0.5);
      expect(rtl.p.right).to.be.at.most(vw - 8 + 0.5);
      if (left === 300) {
        // Start-aligned: the trigger's right edge; the list grows to the left of the trigger.
        expect(Math.abs(rtl.p.right - rtl.t.right)).to.be.below(1);
        expect(Math.abs(ltr.p.left - ltr.t.left)).to.be.below(1);
        // The chevron at the end of the box: its left; the options read from the right.
        const chevron = q(rtl.el, '.select-chevron').getBoundingClientRect();
        expect(chevron.left - rtl.t.left).to.be.below(24);
        const text = document.createRange();
        text.selectNodeContents(q(rtl.el, '.select-option-label'));
        const label = text.getBoundingClientRect();
        expect(rtl.p.right - label.right).to.be.below(24);
        expect(label.left - rtl.p.left).to.be.above(24);
      }
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe closed and open (${theme})`, async () => {
      const background = theme === 'dark' ? '#212121' : '#ffffff';
      const host = await fixture<HTMLElement>(
        html`<main style="background:${background}">
          <cw-widget
            theme=${theme}
            .widget=${{
              type: 'Card',
              children: [
                { type: 'Label', value: 'Size', fieldName: 'size' },
                {
                  type: 'Select',
                  name: 'size',
                  clearable: true,
                  defaultValue: 'l',
                  options: SIZES,
                },
                { type: 'Select', name: 'city', searchable: true, options: SIZES },
              ],
            }}
          ></cw-widget>
        </main>`,
      );
      const el = host.querySelector<CwWidget>('cw-widget')!;
      await settle(el);
      await expect(host).to.be.accessible({ ignoredRules: ['region'] });
      const triggers = [...shadow(el).querySelectorAll<HTMLButtonElement>('.select-trigger')];
      triggers[0]!.click();
      await rendered(el);
      await expect(host).to.be.accessible({ ignoredRules: ['region'] });
      triggers[1]!.click();
      await settle(el);
      await expect(host).to.be.accessible({ ignoredRules: ['region'] });
    });
  }

  it('geometry: placement, moves, type-ahead and filtering', () => {
    const t = { top: 100, bottom: 136, left: 20, width: 100 };
    expect(placePopup(t, 200, 400, 800)).to.deep.equal({
      top: 140,
      left: 20,
      width: 180,
      maxHeight: 320,
      side: 'below',
    });
    const low = { top: 700, bottom: 736, left: 350, width: 100 };
    const above = placePopup(low, 200, 400, 800);
    expect(above.side).to.equal('above');
    expect(above.top).to.equal(700 - 4 - 200);
    expect(above.left + above.width).to.be.at.most(392);
    // Right to left, the list's right edge is the trigger's, kept inside the viewport.
    expect(placePopup({ ...t, left: 200 }, 200, 400, 800, true).left).to.equal(120);
    expect(placePopup(t, 200, 400, 800, true).left).to.equal(8);
    const opts = SIZES.map((o) => ({ disabled: false, ...o }));
    expect(moveIndex(opts, -1, 'first')).to.equal(1);
    expect(moveIndex(opts, 1, 'previous')).to.equal(1);
    expect(moveIndex(opts, 3, 'next')).to.equal(3);
    expect(
      moveIndex(
        opts.map((o) => ({ ...o, disabled: true })),
        -1,
        'first',
      ),
    ).to.equal(-1);
    expect(typeAhead(opts, 1, 'l')).to.equal(2);
    expect(typeAhead(opts, 2, 'me')).to.equal(1);
    expect(typeAhead(opts, 1, 's')).to.equal(-1);
    expect(filterOptions(opts, ' MOST ').map((o) => o.value)).to.deep.equal(['m']);
  });
});
