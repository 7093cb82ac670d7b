import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';

import { createWidgetHost } from '../../../element/widget-actions.js';
import type { CwWidget } from '../../widget-view.js';
import { localeOf } from '../../widget-host.js';
import { placeBeside } from '../../popup-geometry.js';
import type { PopupAlign, PopupSide } from '../../popup-geometry.js';
import { settle, shadow } from '../../../../test/helpers/widgets.js';
import { addMonths, monthGrid, moveByKey, weekStart } from './calendar.js';
import {
  activeDay,
  heading,
  openByKeyboard,
  popup,
  press,
  q,
  rendered,
  renderInLocale,
  trigger,
  BROWSER_LOCALE,
} from './date-picker-helpers.test.js';

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
  it('week start and names follow the locale: en-US from Sunday, de-DE and fr-FR from Monday', async () => {
    const cases = [
      ['en-US', 'Sunday', 'June 2025', 'Jun 1, 2025', '2025-06-01'],
      ['de-DE', 'Montag', 'Juni 2025', '01.06.2025', '2025-05-26'],
      ['fr-FR', 'lundi', 'juin 2025', '1 juin 2025', '2025-05-26'],
    ] as const;
    for (const [locale, first, month, shown, home] of cases) {
      const el = await renderInLocale(
        { type: 'DatePicker', name: 'd', defaultValue: '2025-06-01' },
        locale,
      );
      expect(q(el, '.date-value').textContent, locale).to.equal(shown);
      await openByKeyboard(el);
      const headers = [...shadow(el).querySelectorAll('th')];
      expect(headers).to.have.length(7);
      expect(headers[0]!.getAttribute('abbr'), locale).to.equal(first);
      expect(heading(el), locale).to.equal(month);
      expect(popup(el).lang).to.equal(locale);
      // 1 June 2025 is a Sunday: the first column in en-US, the last in de-DE and fr-FR.
      const firstRow = [...shadow(el).querySelectorAll('tbody tr')][0]!;
      const cells = [...firstRow.querySelectorAll('td')];
      expect(
        cells.findIndex((c) => c.dataset['date'] === '2025-06-01'),
        locale,
      ).to.equal(locale === 'en-US' ? 0 : 6);
      await press(el, 'Home');
      expect(activeDay(el), locale).to.equal(home);
      await press(el, 'Escape');
    }
    expect(weekStart('en-US')).to.equal(0);
    expect(weekStart('de')).to.equal(1);
    expect(weekStart('ar-EG')).to.equal(6);
    expect(weekStart('not a locale')).to.equal(1);
  });

  it('weekday headers fit their column: narrow names where the short ones are words (ar, he)', async () => {
    for (const [locale, short] of [
      ['ar', false],
      ['he', false],
      ['en-US', true],
      ['ja', true],
    ] as const) {
      const el = await renderInLocale(
        { type: 'DatePicker', name: 'd', defaultValue: '2025-06-01' },
        locale,
      );
      await openByKeyboard(el);
      const headers = [...shadow(el).querySelectorAll<HTMLElement>('th')];
      const texts = headers.map((th) => th.textContent!.trim());
      const expected = new Intl.DateTimeFormat(locale, {
        weekday: short ? 'short' : 'narrow',
        timeZone: 'UTC',
      });
      expect(
        texts.map((t) => [...t].length <= 4),
        locale,
      ).to.deep.equal(Array(7).fill(true));
      expect(texts).to.include(expected.format(Date.UTC(1970, 0, 8)), locale);
      // One line each: no header is taller than the first day's cell.
      const cell = shadow(el).querySelector<HTMLElement>('tbody td')!.getBoundingClientRect();
      for (const th of headers)
        expect(th.getBoundingClientRect().height, `${locale} ${th.textContent}`).to.be.at.most(
          cell.height,
        );
      // The full name stays for assistive technology.
      expect(headers.every((th) => (th.getAttribute('abbr') ?? '').length > 0)).to.equal(true);
      await press(el, 'Escape');
    }
  });

  it("the chat's locale reaches the picker through its widget host; an invalid one falls back to the browser's", async () => {
    const route = () => ({ host: document.body, session: null, onAction: null });
    const widget = { type: 'DatePicker', name: 'd', defaultValue: '2025-07-25' };
    const host = createWidgetHost(
      document.body,
      route,
      () => null,
      () => 'de-DE',
    );
    expect(localeOf(host)).to.equal('de-DE');
    const el = await fixture<CwWidget>(
      html`<cw-widget .host=${host} .widget=${widget}></cw-widget>`,
    );
    await settle(el);
    expect(q(el, '.date-value').textContent).to.equal('25.07.2025');
    expect(trigger(el).lang).to.equal('de-DE');
    for (const bad of ['not a locale!', '', 42]) {
      expect(localeOf({ ...host, locale: bad as string })).to.equal(undefined);
      const other = await renderInLocale(widget, bad as string);
      expect(trigger(other).lang).to.equal(BROWSER_LOCALE);
    }
  });

  it('today is marked; the chosen day is selected', async () => {
    const now = new Date();
    const todayIso = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const el = await renderInLocale({ type: 'DatePicker', name: 'd' }, 'en-US');
    await openByKeyboard(el);
    const today = q<HTMLElement>(el, '[aria-current=date]');
    expect(today.dataset['date']).to.equal(todayIso);
    expect(activeDay(el)).to.equal(todayIso);
    expect(shadow(el).querySelector('[aria-selected=true]')).to.equal(null);
  });

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

  it('right to left, the grid and its arrows are mirrored: ArrowLeft moves to the next day, on the left', async () => {
    const host = await fixture<HTMLElement>(
      html`<div dir="rtl">
        <cw-widget
          .host=${{ dispatchAction: () => Promise.resolve(), locale: 'he' }}
          .widget=${{ type: 'DatePicker', name: 'd', defaultValue: '2025-06-11' }}
        ></cw-widget>
      </div>`,
    );
    const el = host.querySelector<CwWidget>('cw-widget')!;
    await settle(el);
    await openByKeyboard(el);
    const cell = (iso: string) => q(el, `[data-date="${iso}"]`).getBoundingClientRect();
    expect(activeDay(el)).to.equal('2025-06-11');
    // The next day is drawn on the left of the day before it (the week reads from the right).
    expect(cell('2025-06-12').right).to.be.at.most(cell('2025-06-11').left + 0.5);
    await press(el, 'ArrowLeft');
    expect(activeDay(el)).to.equal('2025-06-12');
    await press(el, 'ArrowLeft');
    expect(activeDay(el)).to.equal('2025-06-13');
    await press(el, 'ArrowRight');
    expect(activeDay(el)).to.equal('2025-06-12');
    await press(el, 'ArrowDown');
    expect(activeDay(el)).to.equal('2025-06-19');
    // Home is the week's first day (Sunday in Hebrew): the rightmost cell of the row.
    await press(el, 'Home');
    expect(activeDay(el)).to.equal('2025-06-15');
    const row = [...q(el, '[data-date="2025-06-15"]').parentElement!.children];
    const rights = row.map((c) => c.getBoundingClientRect().right);
    expect(cell('2025-06-15').right).to.equal(Math.max(...rights));
    // Previous month on the right, next on the left, their chevrons pointing outwards.
    const previous = q(el, '.date-previous').getBoundingClientRect();
    const next = q(el, '.date-next').getBoundingClientRect();
    expect(previous.left).to.be.above(next.right);
    expect(popup(el).dataset['dir']).to.equal('rtl');
    for (const icon of shadow(el).querySelectorAll('.date-nav-icon'))
      expect(new DOMMatrix(getComputedStyle(icon).transform).a).to.equal(-1);
    await press(el, 'Escape');
    // Left to right, the same keys move the other way, and the chevrons are drawn as they are.
    host.dir = 'ltr';
    await openByKeyboard(el);
    await press(el, 'ArrowLeft');
    expect(activeDay(el)).to.equal('2025-06-10');
    expect(popup(el).dataset['dir']).to.equal('ltr');
    expect(getComputedStyle(q(el, '.date-nav-icon')).transform).to.equal('none');
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
