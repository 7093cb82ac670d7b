/** Shared helpers of the Select tests (no tests here; the `.test.ts` name keeps it out of dist). */
import { sendKeys } from '@web/test-runner-commands';

import type { CwWidget } from '../../widget-view.js';
import { shadow } from '../../../../test/helpers/widgets.js';

export const SIZES = [
  { value: 's', label: 'Small', disabled: true },
  { value: 'm', label: 'Medium', description: 'most people' },
  { value: 'l', label: 'Large' },
  { value: 'xl', label: 'Extra large' },
];

export const q = <T extends Element>(el: CwWidget, s: string) => shadow(el).querySelector<T>(s)!;
export const trigger = (el: CwWidget) => q<HTMLButtonElement>(el, 'button.select-trigger');
export const popup = (el: CwWidget) => q<HTMLElement>(el, '.select-popup');
export const optionEls = (el: CwWidget) => [
  ...shadow(el).querySelectorAll<HTMLElement>('[role=option]'),
];
export const cwSelect = (el: CwWidget) =>
  q<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'cw-select');
/** Waits for the select (and so the popup's placement) to render. */
export const rendered = async (el: CwWidget) => {
  await cwSelect(el).updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
};
export const press = async (el: CwWidget, key: string) => {
  await sendKeys({ press: key });
  await rendered(el);
};
export const activeLabel = (el: CwWidget) => {
  const id = (shadow(el).activeElement ?? trigger(el)).getAttribute('aria-activedescendant');
  return id
    ? shadow(el).getElementById(id)!.querySelector('.select-option-label')!.textContent
    : null;
};
