/**
 * Pure calendar arithmetic of the DatePicker, on ISO dates (`YYYY-MM-DD` strings, proleptic
 * Gregorian, no time zone): strict parsing of server values, day and month steps, the month grid,
 * the week start of a locale. No DOM.
 */

const DAY_MS = 86_400_000;
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A day number (days since 1970-01-01) of a year, month (1–12) and day, in UTC. */
function dayNumber(y: number, m: number, d: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return Math.round(date.getTime() / DAY_MS);
}

/** The ISO date of a day number. */
function isoOf(day: number): string {
  const date = new Date(day * DAY_MS);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The ISO date a server value names: a string `YYYY-MM-DD`, optionally followed by a time (as
 * ChatKit's datetimes, zone or not: the date part is used), that is a real calendar date of years
 * 0001–9999. Anything else (another type, another format, 2025-02-30) is `undefined`.
 */
export function parseIsoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const m = ISO.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  return isoOf(dayNumber(y, mo, d)) === iso ? iso : undefined;
}

/** Year, month (1–12) and day of an ISO date. */
export function partsOf(iso: string): { year: number; month: number; day: number } {
  return {
    year: Number(iso.slice(0, 4)),
    month: Number(iso.slice(5, 7)),
    day: Number(iso.slice(8)),
  };
}

/** The ISO date of a year, month (1–12) and day (which may overflow into the next months). */
export function isoDate(year: number, month: number, day: number): string {
  return isoOf(dayNumber(year, month, day));
}

/** A JavaScript `Date` at midnight UTC of an ISO date (format it with `timeZone: 'UTC'`). */
export function utcDate(iso: string): Date {
  const { year, month, day } = partsOf(iso);
  return new Date(dayNumber(year, month, day) * DAY_MS);
}

/** The day of the week of an ISO date: 0 Sunday … 6 Saturday. */
export function weekday(iso: string): number {
  return utcDate(iso).getUTCDay();
}

/** `iso` moved by `n` days. */
export function addDays(iso: string, n: number): string {
  const { year, month, day } = partsOf(iso);
  return isoOf(dayNumber(year, month, day) + n);
}

/** The number of days in a month. */
function daysIn(year: number, month: number): number {
  return partsOf(isoOf(dayNumber(year, month + 1, 0))).day;
}

/** `iso` moved by `n` months, the day kept or clamped to the month's last (31 Jan + 1 → 28/29 Feb). */
export function addMonths(iso: string, n: number): string {
  const { year, month, day } = partsOf(iso);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return isoDate(y, m, Math.min(day, daysIn(y, m)));
}

/** The first day of the month of `iso`. */
export function monthStart(iso: string): string {
  return `${iso.slice(0, 8)}01`;
}

/** `iso` kept inside the inclusive bounds (ISO strings compare as dates). */
export function clampDate(iso: string, min?: string, max?: string): string {
  if (min && iso < min) return min;
  if (max && iso > max) return max;
  return iso;
}

/** Whether `iso` is outside the inclusive bounds. */
export function outOfRange(iso: string, min?: string, max?: string): boolean {
  return (min !== undefined && iso < min) || (max !== undefined && iso > max);
}

/**
 * The weeks (rows of seven ISO dates, `null` for days of the neighbouring months) of the month of
 * `iso`, each row starting on `firstDay` (0 Sunday … 6 Saturday); always six rows, so the calendar
 * keeps its size from month to month.
 */
export function monthGrid(iso: string, firstDay: number): (string | null)[][] {
  const first = monthStart(iso);
  const lead = (weekday(first) - firstDay + 7) % 7;
  const { year, month } = partsOf(first);
  const days = daysIn(year, month);
  const rows: (string | null)[][] = [];
  for (let r = 0; r < 6; r++) {
    const row: (string | null)[] = [];
    for (let c = 0; c < 7; c++) {
      const n = r * 7 + c - lead + 1;
      row.push(n >= 1 && n <= days ? isoDate(year, month, n) : null);
    }
    rows.push(row);
  }
  return rows;
}

/**
 * The calendar keys and where each moves the focused day. The arrows follow the grid as it is
 * seen: right to left (`rtl`), the next day is on the left, so ArrowLeft moves to it, as in a
 * native right-to-left date picker.
 */
export function moveByKey(
  iso: string,
  key: string,
  shift: boolean,
  firstDay: number,
  rtl = false,
): string | undefined {
  switch (key) {
    case 'ArrowLeft':
      return addDays(iso, rtl ? 1 : -1);
    case 'ArrowRight':
      return addDays(iso, rtl ? -1 : 1);
    case 'ArrowUp':
      return addDays(iso, -7);
    case 'ArrowDown':
      return addDays(iso, 7);
    case 'Home':
      return addDays(iso, -((weekday(iso) - firstDay + 7) % 7));
    case 'End':
      return addDays(iso, 6 - ((weekday(iso) - firstDay + 7) % 7));
    case 'PageUp':
      return addMonths(iso, shift ? -12 : -1);
    case 'PageDown':
      return addMonths(iso, shift ? 12 : 1);
    default:
      return undefined;
  }
}

// CLDR's weekData (firstDay), for engines without Intl.Locale's week info (Firefox, older Safari):
// regions whose weeks start on Sunday or Saturday; every other region starts on Monday.
const SUNDAY =
  'AG AS BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW';
const SATURDAY = 'AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY';

/**
 * The first day of the week in `locale` (0 Sunday … 6 Saturday): `Intl.Locale`'s week info where
 * the engine has it (`getWeekInfo()`, or the older `weekInfo`), else the table above by the
 * locale's region (its likely region when it names none: `de` → DE).
 */
export function weekStart(locale: string): number {
  try {
    const l = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const info = typeof l.getWeekInfo === 'function' ? l.getWeekInfo() : l.weekInfo;
    const first = info?.firstDay;
    if (typeof first === 'number' && first >= 1 && first <= 7) return first % 7;
    const region = l.region ?? l.maximize().region ?? '';
    if (SUNDAY.split(' ').includes(region)) return 0;
    if (SATURDAY.split(' ').includes(region)) return 6;
    return 1;
  } catch {
    return 1;
  }
}
