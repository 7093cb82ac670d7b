/**
 * The items the auto-scroll controller anchors the reader's place to, found among the children of
 * the list's content. Geometry is read only where the callers say (firstInView); the rest reads
 * none.
 */

/**
 * An item noted to keep the reader's place: its offset from the scroller's top at scroll position
 * `at` (its place in the content is `offset + at`), and its place among the content's children
 * counted from the end (older items are prepended).
 */
export interface Anchor {
  item: Element;
  offset: number;
  at: number;
  fromEnd: number;
}

/**
 * The held anchor, or the element now at its place when it was replaced (an item set aside as a
 * placeholder, or rendered again: same place from the end, same height).
 */
export function resolveAnchor(content: Element | null, anchor: Anchor | null): Anchor | null {
  if (!anchor || anchor.item.isConnected) return anchor;
  const items = content?.children;
  const item = items?.[items.length - anchor.fromEnd];
  return item ? { ...anchor, item } : null;
}

/** The last item matching `selector` (no geometry read). */
export function lastMatching(content: Element | null, selector: string): Element | null {
  const items = content?.children;
  if (!items || !selector) return null;
  for (let at = items.length - 1; at >= 0; at--)
    if (items[at]!.matches(selector)) return items[at]!;
  return null;
}

/** The content's first item that may anchor, with its place from the end (no geometry read). */
export function firstAnchorable(
  content: Element | null,
  selector: string,
): { item: Element; fromEnd: number } | null {
  const items = content?.children;
  if (!items) return null;
  for (let at = 0; at < items.length; at++) {
    const item = items[at]!;
    if (item.matches(selector)) return { item, fromEnd: items.length - at };
  }
  return null;
}

/**
 * The first item matching `selector` that starts in the view that scroll position `next` shows
 * (geometry read at position `top`, the scroller's top at `rootTop`), as an anchor. An item cut by
 * the top edge may be one not rendered yet (content-visibility), whose real height is still to
 * come: binary search on item tops.
 */
export function firstInView(
  content: Element | null,
  selector: string,
  view: { rootTop: number; top: number; next: number; height: number },
): Anchor | null {
  const items = content?.children;
  if (!items?.length) return null;
  const { rootTop, top, next, height } = view;
  // An item's position in the content, from the layout read at `top`.
  const place = (item: Element) => item.getBoundingClientRect().top - rootTop + top;
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (place(items[mid]!) >= next - 1) hi = mid;
    else lo = mid + 1;
  }
  let at = lo;
  while (at < items.length && !items[at]!.matches(selector)) at++;
  // None starts in view (one item taller than the view): the one that covers it.
  if (at >= items.length || place(items[at]!) > next + height) at = lo - 1;
  const item = items[at];
  if (!item) return null;
  return { item, offset: place(item) - next, at: next, fromEnd: items.length - at };
}
