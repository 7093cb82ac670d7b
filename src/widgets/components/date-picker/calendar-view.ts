/**
 * The calendar popup's content as a Lit template (the WAI-ARIA APG "Date Picker Dialog"): a
 * heading with the month and year, previous/next month buttons, and a `role=grid` table of the
 * month's days with weekday column headers. Names come from `Intl.DateTimeFormat` in the
 * picker's locale; which day is focused, chosen, today or out of bounds comes from the caller.
 */
import type { Strings } from '../../../i18n/index.js';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';

import { renderIcon } from '../../icons.js';
import { addMonths, isoDate, monthGrid, monthStart, outOfRange, utcDate } from './calendar.js';

/** Formatters of one locale, made once (they are costly to build). */
export interface CalendarFormats {
  /** The trigger's text: a medium date. */
  value: Intl.DateTimeFormat;
  /** A day's accessible name: the full date. */
  full: Intl.DateTimeFormat;
  /** The heading: month and year. */
  month: Intl.DateTimeFormat;
  /** Column headers: short and long weekday names. */
  weekdayShort: Intl.DateTimeFormat;
  weekdayLong: Intl.DateTimeFormat;
  /** Day numbers in the locale's digits (a date format would add marks: German "1."). */
  day: Intl.NumberFormat;
}

const formatCache = new Map<string, CalendarFormats>();

/** The formatters of `locale` (all in UTC: the ISO dates are midnight UTC). */
export function formatsFor(locale: string): CalendarFormats {
  let f = formatCache.get(locale);
  if (!f) {
    const make = (o: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat(locale, { ...o, timeZone: 'UTC' });
    // Short weekday names are whole words in some languages (Arabic: الخميس; Hebrew: יום ה׳),
    // which do not fit a day's column: those take the narrow ones (the long name stays in `abbr`).
    const short = make({ weekday: 'short' });
    const wide = Array.from({ length: 7 }, (_, d) => short.format(Date.UTC(1970, 0, 4 + d))).some(
      (name) => [...name].length > 4,
    );
    f = {
      value: make({ dateStyle: 'medium' }),
      full: make({ dateStyle: 'full' }),
      month: make({ month: 'long', year: 'numeric' }),
      weekdayShort: wide ? make({ weekday: 'narrow' }) : short,
      weekdayLong: make({ weekday: 'long' }),
      day: new Intl.NumberFormat(locale, { useGrouping: false }),
    };
    formatCache.set(locale, f);
  }
  return f;
}

/** What the calendar shows. */
export interface CalendarState {
  uid: string;
  /** The chat's strings (the navigation buttons' names). */
  strings: Strings;
  formats: CalendarFormats;
  firstDay: number;
  /** The focused day; its month is shown. */
  focus: string;
  /** The chosen day, if any. */
  value: string;
  today: string;
  min: string | undefined;
  max: string | undefined;
}

/** What the calendar does. */
export interface CalendarHandlers {
  previous(): void;
  next(): void;
  choose(iso: string): void;
  gridKey(e: KeyboardEvent): void;
}

/** The popup's content: header (previous, heading, next) and the day grid. */
export function renderCalendar(s: CalendarState, on: CalendarHandlers): TemplateResult {
  const { formats, min, max } = s;
  const heading = `${s.uid}-heading`;
  const first = monthStart(s.focus);
  const noPrevious = min !== undefined && first <= min;
  const noNext = max !== undefined && monthStart(addMonths(first, 1)) > max;
  // 4 January 1970 was a Sunday: the weekday `firstDay + c` of the first week of 1970.
  const weekdays = Array.from({ length: 7 }, (_, c) =>
    utcDate(isoDate(1970, 1, 4 + ((s.firstDay + c) % 7))),
  );
  return html`<div class="date-head">
      <button
        type="button"
        class="date-nav date-previous"
        aria-label=${s.strings.t('widget.previousMonth')}
        ?disabled=${noPrevious}
        @click=${on.previous}
      >
        ${renderIcon('chevron-left', 16, 'date-nav-icon')}
      </button>
      <div class="date-heading" id=${heading} aria-live="polite">
        ${formats.month.format(utcDate(first))}
      </div>
      <button
        type="button"
        class="date-nav date-next"
        aria-label=${s.strings.t('widget.nextMonth')}
        ?disabled=${noNext}
        @click=${on.next}
      >
        ${renderIcon('chevron-right', 16, 'date-nav-icon')}
      </button>
    </div>
    <table class="date-grid" role="grid" aria-labelledby=${heading} @keydown=${on.gridKey}>
      <thead>
        <tr>
          ${weekdays.map(
            (d) =>
              html`<th scope="col" abbr=${formats.weekdayLong.format(d)}>
                ${formats.weekdayShort.format(d)}
              </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${monthGrid(first, s.firstDay).map(
          (week) =>
            html`<tr>
              ${week.map((iso) => (iso ? renderDay(iso, s, on) : html`<td></td>`))}
            </tr>`,
        )}
      </tbody>
    </table>`;
}

function renderDay(iso: string, s: CalendarState, on: CalendarHandlers): TemplateResult {
  const disabled = outOfRange(iso, s.min, s.max);
  const selected = iso === s.value;
  const date = utcDate(iso);
  return html`<td
    class=${classMap({
      'date-day': true,
      focused: iso === s.focus,
      selected,
      today: iso === s.today,
    })}
    data-date=${iso}
    tabindex=${iso === s.focus ? '0' : '-1'}
    aria-label=${s.formats.full.format(date)}
    aria-selected=${selected ? 'true' : 'false'}
    aria-disabled=${ifDefined(disabled ? 'true' : undefined)}
    aria-current=${ifDefined(iso === s.today ? 'date' : undefined)}
    @click=${() => !disabled && on.choose(iso)}
  >
    ${s.formats.day.format(Number(iso.slice(8)))}
  </td>`;
}
