/**
 * The element's strings in the chat's locale: which shipped table a locale tag resolves to, the
 * lazy load of that table, and the lookup (host overrides, then the table, then English). No
 * state is global: each chat makes its own `Strings` from its own locale and overrides, so chats
 * in different languages (or two copies of the library) share a page.
 */
import { en } from './en.js';
import type { ChatStringKey, ChatStrings, LocaleTable } from './en.js';

export type { BaseStringKey, ChatStringKey, ChatStrings, LocaleTable } from './en.js';
export { en } from './en.js';

/**
 * The locales shipped besides English; their tables load through `locale-loaders.ts`, a chunk
 * only a chat in one of them loads. Chinese is Simplified only: a Traditional Chinese locale
 * (`zh-TW`, `zh-HK`, `zh-Hant`) shows English rather than the other script.
 */
export const SHIPPED_LOCALES: readonly string[] = 'ar de es fr he it ja ko pt zh'.split(' ');

/** Languages written right to left. */
const RTL = ['ar', 'he', 'fa', 'ur'];

/** A valid, canonical locale tag, or null. */
export function canonicalLocale(tag: unknown): string | null {
  try {
    return (typeof tag === 'string' && tag && Intl.getCanonicalLocales(tag)[0]) || null;
  } catch {
    return null;
  }
}

/**
 * The shipped table a locale uses: its language when shipped (`pt-BR` → `pt`), else `en`;
 * Chinese only in the Simplified script (see {@link SHIPPED_LOCALES}).
 */
export function tableLocale(tag: string): string {
  const locale = canonicalLocale(tag);
  if (!locale) return 'en';
  const language = locale.split('-')[0]!.toLowerCase();
  if (language === 'zh' && /-(hant|tw|hk|mo)\b/i.test(locale) && !/-hans\b/i.test(locale))
    return 'en';
  return SHIPPED_LOCALES.includes(language) ? language : 'en';
}

/** Whether `tag` names a right-to-left language. */
export function isRtl(tag: string): boolean {
  return RTL.includes(tag.split('-')[0]!.toLowerCase());
}

const tables = new Map<string, Promise<LocaleTable | null>>();
const loaded = new Map<string, LocaleTable>();

/** The table of a shipped locale if it has arrived (English: null, it needs none). */
export function loadedTable(code: string): LocaleTable | null {
  return loaded.get(code) ?? null;
}

/**
 * The table of a shipped locale, loaded once per copy of the library (null when it failed): the
 * loaders' chunk first, then the locale's own.
 */
export function loadTable(code: string): Promise<LocaleTable | null> {
  let load = tables.get(code);
  if (!load) {
    load = SHIPPED_LOCALES.includes(code)
      ? import('./locale-loaders.js')
          .then((m) => m.LOCALE_LOADERS[code]!())
          .then(
            (m) => (loaded.set(code, m.default), m.default),
            () => null,
          )
      : Promise.resolve(null);
    tables.set(code, load);
  }
  return load;
}

/** The element's strings in one locale. */
export interface Strings {
  /** The chat's locale (a valid tag), for `Intl`. */
  readonly locale: string;
  /** `rtl` for a right-to-left language. */
  readonly dir: 'ltr' | 'rtl';
  /**
   * The string `key` with its `{name}`s filled in from `vars` (numbers in the locale's digits);
   * with a number `n`, the plural variant `Intl.PluralRules` picks.
   */
  t(key: ChatStringKey, vars?: Readonly<Record<string, string | number>>): string;
}

/** English: the first load's strings, and those of each lazy part once its code has arrived. */
const english: Record<string, string> = { ...en };

/** Adds the English strings of a lazy part (`en-parts.ts` does, when it is evaluated). */
export function addEnglish(table: Readonly<Record<string, string>>): void {
  Object.assign(english, table);
}

/**
 * The strings of `locale` from `table` (English until the locale's table has arrived), with the
 * host's `overrides` first.
 */
export function makeStrings(
  locale: string,
  table: Partial<LocaleTable> | null = null,
  overrides: ChatStrings | null = null,
): Strings {
  const numbers = new Intl.NumberFormat(locale);
  let plurals: Intl.PluralRules | undefined;
  // The host's words first, then the locale's (English's plural variants only for English).
  const sources = [overrides, table ?? english] as (Record<string, unknown> | null)[];
  return {
    locale,
    dir: isRtl(locale) ? 'rtl' : 'ltr',
    t(key, vars) {
      const n = vars?.['n'];
      const keys =
        typeof n === 'number'
          ? [`${key}.${(plurals ??= new Intl.PluralRules(locale)).select(n)}`, key]
          : [key];
      let text = english[key] ?? key;
      find: for (const source of sources)
        for (const k of keys)
          if (
            source &&
            Object.prototype.hasOwnProperty.call(source, k) &&
            typeof source[k] === 'string'
          ) {
            text = source[k];
            break find;
          }
      return vars
        ? text.replace(/\{(\w+)\}/g, (whole, name: string) => {
            const value = Object.prototype.hasOwnProperty.call(vars, name) ? vars[name] : undefined;
            return typeof value === 'number' ? numbers.format(value) : (value ?? whole);
          })
        : text;
    },
  };
}

/** A duration in the locale's words and digits: seconds under a minute, else minutes ("5 sec"). */
export function formatDuration(strings: Strings, seconds: number): string {
  const minutes = seconds >= 60;
  return new Intl.NumberFormat(strings.locale, {
    style: 'unit',
    unit: minutes ? 'minute' : 'second',
    unitDisplay: 'short',
  }).format(minutes ? Math.round(seconds / 60) : seconds);
}

/** English strings in `en`, for parts rendered outside a chat (a widget on its own). */
export const ENGLISH: Strings = makeStrings('en');

/**
 * Host overrides as given, in an object without a prototype (the lookup takes only own string
 * values; unknown keys are reported by the lazily loaded option check).
 */
export const validOverrides = (value: unknown): ChatStrings | null =>
  typeof value === 'object' && value
    ? (Object.assign(Object.create(null), value) as ChatStrings)
    : null;
