/** Shared helpers of the DatePicker tests (no tests here; the `.test.ts` name keeps it out of dist). */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import type { CwWidget } from '../../widget-view.js';
import { settle, shadow } from '../../../../test/helpers/widgets.js';

/**
 * The locale the picker falls back to: the browser's language when it is a valid tag (WebKitGTK
 * under `LANG=C` reports `C`), else English.
 */
export const BROWSER_LOCALE = (() => {
  try {
    return Intl.getCanonicalLocales(navigator.language)[0] ?? 'en';
  } catch {
    return 'en';
  }
})();

export const q = <T extends Element>(el: CwWidget, s: string) => shadow(el).querySelector<T>(s)!;
export const trigger = (el: CwWidget) => q<HTMLButtonElement>(el, 'button.date-trigger');
export const popup = (el: CwWidget) => q<HTMLElement>(el, '.date-popup');
export const native = (el: CwWidget) => q<HTMLInputElement>(el, 'input.date-native');
export const picker = (el: CwWidget) =>
  q<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'cw-date-picker');
/** The focused day's ISO date (the cell with tabindex 0). */
export const focusedDay = (el: CwWidget) => q<HTMLElement>(el, '.date-day.focused').dataset['date'];
/** The ISO date of the day the document focus is on, if any. */
export const activeDay = (el: CwWidget) =>
  (shadow(el).activeElement as HTMLElement | null)?.dataset['date'];
export const heading = (el: CwWidget) => q(el, '.date-heading').textContent!.trim();
export const isOpen = (el: CwWidget) => trigger(el).getAttribute('aria-expanded') === 'true';
/** Waits for the picker (and so the popup's placement and focus) to render. */
export const rendered = async (el: CwWidget) => {
  await picker(el).updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
};
export const press = async (el: CwWidget, key: string) => {
  await sendKeys({ press: key });
  await rendered(el);
};

/** Renders a widget whose host gives `locale` (as `<chat-widgets>` gives its `locale` option). */
export async function renderInLocale(widget: unknown, locale: string): Promise<CwWidget> {
  const el = await fixture<CwWidget>(
    html`<cw-widget
      .host=${{ dispatchAction: () => Promise.resolve(), locale }}
      .widget=${widget}
    ></cw-widget>`,
  );
  await settle(el);
  return el;
}

/** Opens the calendar with the keyboard (focus the trigger, Enter). */
export async function openByKeyboard(el: CwWidget): Promise<void> {
  trigger(el).focus();
  await press(el, 'Enter');
}
