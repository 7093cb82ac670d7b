/**
 * The DOM side of `<cw-select>`'s popup and name: placement written as CSSOM numbers (never CSS
 * text), the active option scrolled into its list, the trigger's accessible name, the ancestors a
 * scroll can come from.
 */
import { placePopup } from './select-geometry.js';

/** Places an open popup against its trigger, below or above, inside the viewport. */
export function placePopupElement(popup: HTMLElement, trigger: HTMLElement): void {
  const rect = trigger.getBoundingClientRect();
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  popup.style.maxHeight = 'none';
  popup.style.width = `${Math.min(Math.max(rect.width, 180), vw - 16)}px`;
  const p = placePopup(rect, popup.getBoundingClientRect().height, vw, vh);
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

/**
 * The accessible name of the trigger is its visible Label (`<label for>` reaches it by its id);
 * without one, `fallback` (the placeholder, then the field name).
 */
export function nameTrigger(trigger: HTMLElement, fallback: string): void {
  const root = trigger.getRootNode() as ParentNode;
  const labelled = trigger.id && root.querySelector(`label[for="${CSS.escape(trigger.id)}"]`);
  if (labelled) trigger.removeAttribute('aria-label');
  else trigger.setAttribute('aria-label', fallback);
}

/**
 * Every ancestor of a node across shadow boundaries: a scroll event does not leave its shadow root
 * (the thread of `<chat-widgets>` scrolls inside one), so a popup follows its trigger by listening
 * on each.
 */
export function composedAncestors(node: Node): Node[] {
  const out: Node[] = [];
  for (let n: Node | null = node.parentNode; n;) {
    out.push(n);
    n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);
  }
  return out;
}
