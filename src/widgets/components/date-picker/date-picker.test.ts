import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import { pressChord } from '../../../../test/helpers/keys.js';
import { recordActions, renderWidget, shadow } from '../../../../test/helpers/widgets.js';
import { parseIsoDate } from './calendar.js';
import {
  activeDay,
  focusedDay,
  heading,
  isOpen,
  native,
  openByKeyboard,
  popup,
  press,
  q,
  rendered,
  renderInLocale,
  trigger,
  BROWSER_LOCALE,
} from './date-picker-helpers.test.js';
// Placement, axe and the pure calendar helpers.
import './date-picker-popup.test.js';
// Locales, today, and the grid right to left.
import './date-picker-locale.test.js';
import { expectFieldHover } from '../../../../test/helpers/field-hover.js';

describe('DatePicker', () => {
  it('the date part of ISO values, inclusive bounds, a clear button that fires the change action with null', async () => {
    const el = await renderWidget({
      type: 'DatePicker',
      name: 'when',
      defaultValue: '2025-06-01T10:00:00',
      min: '2025-01-01',
      max: '2025-12-31T23:59:59',
      clearable: true,
      onChangeAction: { type: 'date' },
    });
    const actions = recordActions(el);
    const input = shadow(el).querySelector<HTMLInputElement>('input[type=date]')!;
    expect(input.value).to.equal('2025-06-01');
    expect(input.name).to.equal('when');
    expect([input.min, input.max]).to.deep.equal(['2025-01-01', '2025-12-31']);
    shadow(el).querySelector<HTMLButtonElement>('button.clear')!.click();
    await rendered(el);
    expect(input.value).to.equal('');
    expect(actions.map((a) => a.action)).to.deep.equal([{ type: 'date', payload: { when: null } }]);
    // Cleared, the clear button goes and the placeholder shows.
    expect(shadow(el).querySelector('button.clear')).to.equal(null);
    expect(q(el, '.date-value').classList.contains('placeholder')).to.equal(true);
  });

  it('a value that is not a date is left out; the placeholder shows muted; no clear button without a date', async () => {
    const el = await renderWidget({
      type: 'DatePicker',
      name: 'd',
      defaultValue: 'tomorrow',
      placeholder: 'Pick a day',
      clearable: true,
    });
    expect(shadow(el).querySelector('input')!.value).to.equal('');
    expect(shadow(el).querySelector('button.clear')).to.equal(null);
    const value = q<HTMLElement>(el, '.date-value');
    expect(value.textContent).to.equal('Pick a day');
    expect(value.classList.contains('placeholder')).to.equal(true);
    expect(getComputedStyle(value).color).to.not.equal(getComputedStyle(trigger(el)).color);
    expect(trigger(el).getAttribute('aria-label')).to.equal('Pick a day');
  });

  it('server values are parsed strictly as ISO dates', () => {
    expect(parseIsoDate('2025-06-01')).to.equal('2025-06-01');
    expect(parseIsoDate('2025-06-01T23:59:59')).to.equal('2025-06-01');
    expect(parseIsoDate('2024-02-29')).to.equal('2024-02-29');
    for (const bad of [
      '2025-02-30',
      '2025-13-01',
      '0000-01-01',
      '2025-6-1',
      '06/01/2025',
      ' 2025-06-01',
      '2025-06-01x',
      '2025-06-01T25',
      '2025-06-01<style>',
      20250601,
      null,
      { toString: () => '2025-06-01' },
    ])
      expect(parseIsoDate(bad), String(bad)).to.equal(undefined);
  });

  it('shows the chosen date in the locale; chooses with the keyboard: the hidden input and the change action get the ISO date', async () => {
    const el = await renderWidget({
      type: 'DatePicker',
      name: 'when',
      defaultValue: '2025-06-01',
      onChangeAction: { type: 'date' },
    });
    const actions = recordActions(el);
    expect(q(el, '.date-value').textContent).to.equal(
      new Intl.DateTimeFormat(BROWSER_LOCALE, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        Date.UTC(2025, 5, 1),
      ),
    );
    await openByKeyboard(el);
    expect(isOpen(el)).to.equal(true);
    expect(popup(el).getAttribute('role')).to.equal('dialog');
    expect(activeDay(el)).to.equal('2025-06-01');
    expect(q<HTMLElement>(el, '[aria-selected=true]').dataset['date']).to.equal('2025-06-01');
    await press(el, 'ArrowRight');
    await press(el, 'Enter');
    expect(isOpen(el)).to.equal(false);
    expect(shadow(el).activeElement).to.equal(trigger(el));
    expect(native(el).value).to.equal('2025-06-02');
    await press(el, 'ArrowDown');
    expect(isOpen(el)).to.equal(true);
    expect(activeDay(el)).to.equal('2025-06-02');
    await press(el, 'ArrowUp');
    await press(el, ' ');
    expect(native(el).value).to.equal('2025-05-26');
    // A click on a day chooses it too.
    trigger(el).click();
    await rendered(el);
    q<HTMLElement>(el, '[data-date="2025-05-14"]').click();
    await rendered(el);
    expect(native(el).value).to.equal('2025-05-14');
    expect(actions.map((a) => a.action)).to.deep.equal([
      { type: 'date', payload: { when: '2025-06-02' } },
      { type: 'date', payload: { when: '2025-05-26' } },
      { type: 'date', payload: { when: '2025-05-14' } },
    ]);
  });

  it('the keyboard model: arrows by day and week, Page Up/Down by month (Shift: year), Home/End to the week, Escape', async () => {
    const el = await renderInLocale(
      { type: 'DatePicker', name: 'when', defaultValue: '2025-06-01' },
      'en-US',
    );
    await openByKeyboard(el);
    const steps: [string | string[], string][] = [
      ['ArrowRight', '2025-06-02'],
      ['ArrowLeft', '2025-06-01'],
      ['ArrowDown', '2025-06-08'],
      ['ArrowUp', '2025-06-01'],
      ['End', '2025-06-07'], // en-US weeks run Sunday to Saturday
      ['Home', '2025-06-01'],
      ['ArrowLeft', '2025-05-31'], // into the previous month
      ['PageDown', '2025-06-30'],
      ['PageUp', '2025-05-30'],
      [['Shift', 'PageDown'], '2026-05-30'],
      [['Shift', 'PageUp'], '2025-05-30'],
      ['PageUp', '2025-04-30'],
    ];
    for (const [key, day] of steps) {
      if (Array.isArray(key)) await pressChord(...key);
      else await sendKeys({ press: key });
      await rendered(el);
      expect(activeDay(el), String(key)).to.equal(day);
      expect(focusedDay(el), String(key)).to.equal(day);
    }
    expect(heading(el)).to.equal('April 2025');
    // The focused day shows a focus ring.
    const day = shadow(el).activeElement!;
    expect(getComputedStyle(day).outlineStyle).to.equal('solid');
    expect(getComputedStyle(day).outlineWidth).to.equal('2px');
    // Tab stays in the dialog: previous, next, the day, around.
    await press(el, 'Tab');
    expect(shadow(el).activeElement!.classList.contains('date-previous')).to.equal(true);
    await press(el, 'Tab');
    expect(shadow(el).activeElement!.classList.contains('date-next')).to.equal(true);
    await press(el, 'Enter');
    expect(heading(el)).to.equal('May 2025');
    await press(el, 'Tab');
    expect(activeDay(el)).to.equal('2025-05-30');
    await pressChord('Shift', 'Tab');
    await rendered(el);
    expect(shadow(el).activeElement!.classList.contains('date-next')).to.equal(true);
    await press(el, 'Escape');
    expect(isOpen(el)).to.equal(false);
    expect(shadow(el).activeElement).to.equal(trigger(el));
    expect(native(el).value, 'Escape chooses nothing').to.equal('2025-06-01');
    expect(getComputedStyle(trigger(el)).boxShadow, 'the trigger shows its focus').to.not.equal(
      'none',
    );
  });

  it('days outside min/max are disabled, cannot be chosen, and the keyboard stops at the bounds', async () => {
    const el = await renderWidget({
      type: 'DatePicker',
      name: 'when',
      min: '2025-06-10',
      max: '2025-06-20T12:00:00',
      onChangeAction: { type: 'date' },
    });
    const actions = recordActions(el);
    await openByKeyboard(el);
    // No value and today past the bounds: the calendar opens on the last allowed day.
    expect(activeDay(el)).to.equal('2025-06-20');
    const disabled = [...shadow(el).querySelectorAll<HTMLElement>('[aria-disabled=true]')].map(
      (d) => d.dataset['date'],
    );
    expect(disabled).to.have.length(30 - 11);
    expect(disabled).to.include.members(['2025-06-01', '2025-06-09', '2025-06-21', '2025-06-30']);
    expect(disabled).to.not.include.members(['2025-06-10', '2025-06-20']);
    expect(q<HTMLButtonElement>(el, '.date-previous').disabled).to.equal(true);
    expect(q<HTMLButtonElement>(el, '.date-next').disabled).to.equal(true);
    await press(el, 'ArrowRight');
    expect(activeDay(el)).to.equal('2025-06-20');
    await press(el, 'PageUp');
    expect(activeDay(el)).to.equal('2025-06-10');
    q<HTMLElement>(el, '[data-date="2025-06-09"]').click();
    q<HTMLElement>(el, '[data-date="2025-06-21"]').click();
    await rendered(el);
    expect(isOpen(el)).to.equal(true);
    expect(native(el).value).to.equal('');
    expect(actions).to.deep.equal([]);
    await press(el, 'Enter');
    expect(native(el).value).to.equal('2025-06-10');
  });

  it('in a Form: the chosen date is submitted under its name; required blocks an empty submit', async () => {
    const el = await renderWidget({
      type: 'Form',
      onSubmitAction: { type: 'send' },
      children: [
        { type: 'DatePicker', name: 'trip.start', required: true, defaultValue: '2025-06-01' },
        { type: 'Button', label: 'Send', submit: true },
      ],
    });
    const actions = recordActions(el);
    const input = native(el);
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await rendered(el);
    expect(q(el, '.date-value').classList.contains('placeholder')).to.equal(true);
    const submit = q<HTMLButtonElement>(el, 'button[type=submit]');
    submit.click();
    await rendered(el);
    expect(actions).to.deep.equal([]);
    expect(trigger(el).getAttribute('aria-invalid')).to.equal('true');
    trigger(el).click();
    await rendered(el);
    q<HTMLElement>(el, '.date-day.focused').click();
    await rendered(el);
    submit.click();
    expect(actions.map((a) => a.action)).to.deep.equal([
      { type: 'send', payload: { trip: { start: input.value } } },
    ]);
    expect(input.value).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(trigger(el).hasAttribute('aria-invalid')).to.equal(false);
  });

  it('disabled: the trigger is disabled and does not open', async () => {
    const el = await renderWidget({
      type: 'DatePicker',
      name: 'd',
      disabled: true,
      clearable: true,
      defaultValue: '2025-01-01',
    });
    expect(trigger(el).disabled).to.equal(true);
    expect(native(el).disabled).to.equal(true);
    expect(shadow(el).querySelector('button.clear')).to.equal(null);
    trigger(el).click();
    await rendered(el);
    expect(isOpen(el)).to.equal(false);
  });

  it('hover (real pointer): a stronger border, a deeper soft surface; not when disabled or focused', async () => {
    await expectFieldHover('DatePicker', {}, '.date-trigger');
  });
});
