/**
 * Where the DatePicker's calendar opens: side and align against the trigger, flips, right to
 * left mirrored, the direction read from the picker, following a scrolling trigger; axe closed
 * and open; the pure calendar and placement helpers. Locales and the mirrored grid are in
 * date-picker-locale.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';

import type { CwWidget } from '../../widget-view.js';
import { placeBeside } from '../../popup-geometry.js';
import type { PopupAlign, PopupSide } from '../../popup-geometry.js';
import { settle } from '../../../../test/helpers/widgets.js';
import { addMonths, monthGrid, moveByKey } from './calendar.js';
import { openByKeyboard, popup, q, rendered, trigger } from './date-picker-helpers.test.js';

/**
 * A DatePicker in a fixed box at (`left`, `top`) of the viewport, open; `dir` is the box's `dir`
 * attribute (`'css'`: a `direction: rtl` style and no attribute, as a page's stylesheet may set).
 */
async function pickerAt(
  left: number,
  top: number,
  side: PopupSide,
  align: PopupAlign,
  dir: 'ltr' | 'rtl' | 'css' | '' = '',
) {
  const host = await fixture<HTMLElement>(
    html`<div
      dir=${dir === 'ltr' || dir === 'rtl' ? dir : nothing}
      style="position: fixed; left: ${left}px; top: ${top}px; width: 160px; ${dir === 'css' ? 'direction: rtl' : ''}"
    >
      <cw-widget
        .widget=${{ type: 'DatePicker', name: 'd', defaultValue: '2025-06-01', side, align }}
      ></cw-widget>
    </div>`,
  );
  const el = host.querySelector<CwWidget>('cw-widget')!;
  await settle(el);
  trigger(el).click();
  await rendered(el);
  return el;
}

const near = (a: number, b: number) => expect(Math.abs(a - b)).to.be.below(1.5);

describe('DatePicker popup', () => {
  it('side and align place the calendar against the trigger; it flips when it does not fit', async () => {
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const cases: [number, number, PopupSide, PopupAlign][] = [
      [200, 20, 'bottom', 'start'],
      [200, 20, 'bottom', 'center'],
      [200, 20, 'bottom', 'end'],
      [200, vh - 60, 'top', 'start'],
      [200, vh - 60, 'top', 'end'],
      // The calendar is about 300 px tall: each vertical alignment where it fits the viewport.
      [20, 100, 'right', 'start'],
      [20, vh - 200, 'right', 'end'],
      [vw - 200, vh / 2, 'left', 'center'],
      [vw - 200, 100, 'left', 'start'],
    ];
    for (const [left, top, side, align] of cases) {
      const el = await pickerAt(left, top, side, align);
      const t = trigger(el).getBoundingClientRect();
      const p = popup(el).getBoundingClientRect();
      const what = `${side} ${align}`;
      expect(popup(el).dataset['side'], what).to.equal(side);
      if (side === 'bottom') near(p.top, t.bottom + 4);
      if (side === 'top') near(p.bottom, t.top - 4);
      if (side === 'right') near(p.left, t.right + 4);
      if (side === 'left') near(p.right, t.left - 4);
      const vertical = side === 'top' || side === 'bottom';
      const [ps, pe, ts, te] = vertical
        ? [p.left, p.right, t.left, t.right]
        : [p.top, p.bottom, t.top, t.bottom];
      if (align === 'start') near(ps, ts);
      if (align === 'end') near(pe, te);
      if (align === 'center') near((ps + pe) / 2, (ts + te) / 2);
      expect(p.left).to.be.at.least(0);
      expect(p.right).to.be.at.most(vw);
      expect(p.bottom).to.be.at.most(vh);
    }
    // Asked for the top with no room there: below.
    const flipped = await pickerAt(200, 20, 'top', 'start');
    expect(popup(flipped).dataset['side']).to.equal('bottom');
    expect(popup(flipped).getBoundingClientRect().top).to.be.at.least(
      trigger(flipped).getBoundingClientRect().bottom,
    );
    // Asked for the left at the left edge: the right.
    const right = await pickerAt(8, 100, 'left', 'start');
    expect(popup(right).dataset['side']).to.equal('right');
  });

  it('right to left, the placement is the mirror image of left to right (a chat RTL on an LTR page)', async () => {
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const mirror: Record<string, string> = { left: 'right', right: 'left' };
    const cases: [number, number, PopupSide, PopupAlign][] = [
      [200, 20, 'bottom', 'start'],
      [200, 20, 'bottom', 'center'],
      [200, 20, 'bottom', 'end'],
      [200, vh - 60, 'top', 'start'],
      [200, vh - 60, 'top', 'end'],
      // Room on both sides: the side asked for, mirrored.
      [Math.round(vw / 2) - 80, 100, 'right', 'start'],
      [Math.round(vw / 2) - 80, 100, 'left', 'start'],
      [20, 100, 'right', 'start'],
      [vw - 200, vh / 2, 'left', 'center'],
      // At the edge: the side asked has no room, both fall back to the other side, mirrored.
      [8, 100, 'left', 'start'],
    ];
    for (const [left, top, side, align] of cases) {
      const what = `${side} ${align}`;
      const ltr = await pickerAt(left, top, side, align, 'ltr');
      const l = popup(ltr).getBoundingClientRect();
      const ltrSide = popup(ltr).dataset['side']!;
      // The trigger mirrored in the viewport: its right edge where the LTR one's left edge is.
      const rtl = await pickerAt(vw - left - 160, top, side, align, 'rtl');
      const t = trigger(rtl).getBoundingClientRect();
      near(t.right, vw - left);
      const r = popup(rtl).getBoundingClientRect();
      expect(popup(rtl).dataset['side'], what).to.equal(mirror[ltrSide] ?? ltrSide);
      near(r.left, vw - l.right);
      near(r.right, vw - l.left);
      near(r.top, l.top);
      expect(r.left, what).to.be.at.least(0);
      expect(r.right, what).to.be.at.most(vw);
      expect(r.bottom, what).to.be.at.most(vh);
      // Start is the trigger's right edge; asked for the right, it opens on the left, before it.
      if (what === 'bottom start') near(r.right, t.right);
      if (what === 'bottom end') near(r.left, t.left);
      if (what === 'right start') near(r.right, t.left - 4);
      if (what === 'left start' && r.left > t.right) near(r.left, t.right + 4);
    }
  });

  it("reads the direction from the picker, not the page: LTR in an RTL page, RTL from a stylesheet's direction", async () => {
    const page = document.documentElement;
    page.dir = 'rtl';
    try {
      const ltr = await pickerAt(300, 20, 'bottom', 'start', 'ltr');
      near(popup(ltr).getBoundingClientRect().left, trigger(ltr).getBoundingClientRect().left);
      expect(popup(ltr).dataset['dir']).to.equal('ltr');
    } finally {
      page.removeAttribute('dir');
    }
    // `direction: rtl` from CSS, no `dir` attribute anywhere (`:dir(rtl)` would not match).
    const css = await pickerAt(300, 20, 'bottom', 'start', 'css');
    near(popup(css).getBoundingClientRect().right, trigger(css).getBoundingClientRect().right);
    expect(popup(css).dataset['dir']).to.equal('rtl');
    const icon = q(css, '.date-previous .date-nav-icon');
    expect(new DOMMatrix(getComputedStyle(icon).transform).a).to.equal(-1);
  });

  it('follows its trigger when a scroller in another shadow root scrolls; an outside press closes it', async () => {
    const outer = document.createElement('div');
    const inner = outer.attachShadow({ mode: 'open' });
    inner.innerHTML =
      '<div style="height: 200px; overflow: auto"><div style="height: 900px"></div></div>';
    const scroller = inner.firstElementChild as HTMLElement;
    const el = document.createElement('cw-widget') as CwWidget;
    el.widget = { type: 'DatePicker', name: 'd', defaultValue: '2025-06-01' };
    scroller.prepend(el);
    document.body.append(outer);
    try {
      await settle(el);
      trigger(el).click();
      await rendered(el);
      const gap = () =>
        popup(el).getBoundingClientRect().top - trigger(el).getBoundingClientRect().bottom;
      const before = gap();
      scroller.scrollTop = 30;
      await new Promise((r) => scroller.addEventListener('scroll', r, { once: true }));
      await rendered(el);
      near(gap(), before);
      document.body.dispatchEvent(
        new PointerEvent('pointerdown', { bubbles: true, composed: true }),
      );
      await rendered(el);
      expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    } finally {
      outer.remove();
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
                { type: 'Label', value: 'Start', fieldName: 'start' },
                {
                  type: 'DatePicker',
                  name: 'start',
                  clearable: true,
                  defaultValue: '2025-06-12',
                  min: '2025-06-05',
                  max: '2025-06-25',
                },
                { type: 'DatePicker', name: 'end', placeholder: 'End date' },
              ],
            }}
          ></cw-widget>
        </main>`,
      );
      const el = host.querySelector<CwWidget>('cw-widget')!;
      await settle(el);
      await expect(host).to.be.accessible({ ignoredRules: ['region'] });
      await openByKeyboard(el);
      expect(popup(el).matches('.open')).to.equal(true);
      await expect(host).to.be.accessible({ ignoredRules: ['region'] });
    });
  }

  it('calendar helpers: month grid, key moves, month steps, placement numbers', () => {
    const grid = monthGrid('2025-02-14', 1);
    expect(grid).to.have.length(6);
    expect(grid[0]).to.deep.equal([null, null, null, null, null, '2025-02-01', '2025-02-02']);
    expect(grid.flat().filter(Boolean)).to.have.length(28);
    expect(addMonths('2025-01-31', 1)).to.equal('2025-02-28');
    expect(addMonths('2024-01-31', 1)).to.equal('2024-02-29');
    expect(addMonths('2025-01-15', -1)).to.equal('2024-12-15');
    expect(moveByKey('2025-06-04', 'Home', false, 1)).to.equal('2025-06-02');
    expect(moveByKey('2025-06-04', 'End', false, 1)).to.equal('2025-06-08');
    expect(moveByKey('2025-06-04', 'Home', false, 0)).to.equal('2025-06-01');
    expect(moveByKey('2024-02-29', 'PageDown', true, 0)).to.equal('2025-02-28');
    expect(moveByKey('2025-06-04', 'a', false, 0)).to.equal(undefined);
    expect(moveByKey('2025-06-04', 'ArrowLeft', false, 0, true)).to.equal('2025-06-05');
    expect(moveByKey('2025-06-04', 'ArrowRight', false, 0, true)).to.equal('2025-06-03');
    expect(moveByKey('2025-06-04', 'ArrowLeft', false, 0)).to.equal('2025-06-03');
    const t = { top: 100, left: 100, width: 100, height: 36 };
    expect(placeBeside(t, 200, 300, 1000, 800, 'bottom', 'end')).to.deep.equal({
      top: 140,
      left: 8, // 0 kept inside the viewport's margin
      side: 'bottom',
    });
    // Right to left, start is the right edge; a popup wider than the room left of it shifts in.
    const rtl = { ...t, left: 400 };
    expect(placeBeside(rtl, 200, 300, 1000, 800, 'bottom', 'start', true).left).to.equal(300);
    expect(placeBeside(rtl, 200, 300, 1000, 800, 'bottom', 'end', true).left).to.equal(400);
    expect(placeBeside(t, 200, 300, 1000, 800, 'left', 'start')).to.deep.equal({
      top: 100,
      left: 204,
      side: 'right',
    });
    // Right to left, left and right swap: the left asked for is the right, and the reverse.
    expect(placeBeside(rtl, 200, 300, 1000, 800, 'left', 'start', true)).to.deep.equal({
      top: 100,
      left: 504,
      side: 'right',
    });
    expect(placeBeside(rtl, 200, 300, 1000, 800, 'right', 'start', true).side).to.equal('left');
  });
});
