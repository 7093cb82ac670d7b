/**
 * The DatePicker's language and direction: week start, weekday and month names in the chat's
 * locale (through its widget host) or the browser's, today's mark, and the grid and its arrow keys
 * mirrored right to left. Placement, axe and the calendar helpers are in date-picker-popup.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';

import { createWidgetHost } from '../../../element/widget-actions.js';
import type { CwWidget } from '../../widget-view.js';
import { localeOf } from '../../widget-host.js';
import { settle, shadow } from '../../../../test/helpers/widgets.js';
import { weekStart } from './calendar.js';
import {
  activeDay,
  heading,
  openByKeyboard,
  popup,
  press,
  q,
  renderInLocale,
  trigger,
  BROWSER_LOCALE,
} from './date-picker-helpers.test.js';

describe('DatePicker locales', () => {
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
});
