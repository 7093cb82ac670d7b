/**
 * The loaders of the locales shipped besides English, each a chunk of its own
 * (`locales/<code>.ts`). A chunk itself: only a chat in another language loads it (one round trip
 * before its table), so the first load of an English chat carries none of these paths. Its keys
 * are `SHIPPED_LOCALES` of `index.ts` (a test holds them equal).
 */
import type { LocaleTable } from './en.js';

export const LOCALE_LOADERS: Readonly<Record<string, () => Promise<{ default: LocaleTable }>>> = {
  ar: () => import('./locales/ar.js'),
  de: () => import('./locales/de.js'),
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  he: () => import('./locales/he.js'),
  it: () => import('./locales/it.js'),
  ja: () => import('./locales/ja.js'),
  ko: () => import('./locales/ko.js'),
  pt: () => import('./locales/pt.js'),
  zh: () => import('./locales/zh.js'),
};
