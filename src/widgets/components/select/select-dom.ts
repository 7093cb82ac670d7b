/**
 * The DOM side of `<cw-select>`'s popup and name: placement written as CSSOM numbers (never CSS
 * text) and the active option scrolled into its list (the rest is shared: ../../popup-dom.ts).
 */
import { placePopup } from '../../popup-geometry.js';

/**
 * Places an open popup against its trigger, below or above, inside the viewport; its start edge on
 * the trigger's, by the trigger's own direction (a chat may read right to left on a page that does
 * not, and the reverse).
 */
export function placePopupElement(popup: HTMLElement, trigger: HTMLElement): void {
  const rect = trigger.getBoundingClientRect();
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  popup.style.maxHeight = 'none';
  popup.style.width = `${Math.min(Math.max(rect.width, 180), vw - 16)}px`;
  const rtl = getComputedStyle(trigger).direction === 'rtl';
  const p = placePopup(rect, popup.getBoundingClientRect().height, vw, vh, rtl);
  popup.style.top = `${p.top}px`;
  popup.style.left = `${p.left}px`;
  popup.style.width = `${p.width}px`;
  popup.style.maxHeight = `${p.maxHeight}px`;
  popup.dataset['side'] = p.side;
}

/** Scrolls a list just enough to show its active option (never the page around it). */
export function revealActive(list: HTMLElement | null): void {
  const el = list?.querySelector<HTMLElement>('.select-option.active');
  if (!list || !el) return;
  if (el.offsetTop < list.scrollTop) list.scrollTop = el.offsetTop;
  else if (el.offsetTop + el.offsetHeight > list.scrollTop + list.clientHeight)
    list.scrollTop = el.offsetTop + el.offsetHeight - list.clientHeight;
}
