import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How close to the bottom (px) still counts as "at the bottom". */
const THRESHOLD = 48;

/**
 * Keeps a scrolling list pinned to its bottom while content grows, and lets go as soon as the
 * user scrolls up; scrolling back down (or sending a message) pins it again. While it does not
 * follow, it keeps the reader's place: the first item in view stays at the same pixel when
 * content above it grows (older items prepended, items rendered late). Browsers' own scroll
 * anchoring does not act at the very top (where "Show earlier messages" is) and Safari has none.
 *
 * It follows growth from a ResizeObserver on the content and the scroller: the browser calls it
 * once per frame, after layout, so reading `scrollHeight` there costs no extra layout and writing
 * `scrollTop` invalidates none. A streamed answer thus costs one layout per frame, however many
 * deltas the frame carries, and nothing at all is read or written while the user is not
 * following. Its own scrolls are recognised in the scroll handler and not measured again.
 */
export class AutoScrollController implements ReactiveController {
  /** Whether following is on at all (`thread.autoScroll`). */
  enabled = true;
  /** Which children of the content may anchor the reader's place (not a button at the top). */
  anchorSelector = '*';
  private pinned = true;
  private element: HTMLElement | null = null;
  private content: HTMLElement | null = null;
  /** The scroll position last seen or set. */
  private lastTop = 0;
  /** The position this controller scrolled to, until the next scroll elsewhere. */
  private written = -1;
  /**
   * The first item in view while not following: its offset from the scroller's top, measured at
   * scroll position `at`. Its position in the content is thus `offset + at`.
   */
  private anchor: { item: Element; offset: number; at: number } | null = null;
  private readonly onScroll = () => {
    const el = this.element;
    if (!el) return;
    let top = el.scrollTop;
    // Our own scroll: nothing to learn, and measuring it again would cost a layout.
    if (top === this.written) return;
    this.written = -1;
    // Content may have moved under the reader since the anchor was taken (a page prepended in
    // the same frame as this scroll): that shift is compensated, the user's own scroll kept.
    if (this.anchor) top = this.compensate() ?? top;
    const distance = el.scrollHeight - top - el.clientHeight;
    if (top < this.lastTop - 2 && distance > THRESHOLD) this.pinned = false;
    else if (distance <= THRESHOLD) this.pinned = true;
    this.lastTop = top;
    if (this.following) this.anchor = null;
    else this.hold();
  };

  // Child elements (Markdown, widgets) render after the host: their growth, and the scroller's
  // own resizing (a taller composer, a window resize), are followed from here.
  private readonly resize =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(() => (this.following ? this.scroll() : this.compensate()));

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /**
   * Attaches to the scrolling element and the content inside it whose growth it follows (call
   * after each render: only what changed is re-attached).
   */
  observe(element: HTMLElement | null, content: HTMLElement | null = null): void {
    if (element === this.element && content === this.content) return;
    if (element !== this.element) {
      this.element?.removeEventListener('scroll', this.onScroll);
      this.element = element;
      element?.addEventListener('scroll', this.onScroll, { passive: true });
    }
    this.content = content;
    this.resize?.disconnect();
    if (element) this.resize?.observe(element);
    if (content) this.resize?.observe(content);
  }

  /** Pins to the bottom again (the user sent a message, or opened a thread). */
  pin(): void {
    this.pinned = true;
    this.anchor = null;
    this.scroll();
  }

  /**
   * Notes the first item in view (a child of the content) and where it is, so that growth above
   * it is compensated (call before content is prepended). Nothing to note while following.
   */
  hold(): void {
    const el = this.element;
    const items = this.content?.children;
    if (!el || !items?.length || this.following) return;
    const view = el.getBoundingClientRect();
    const top = view.top;
    // The first item that starts in view: an item cut by the top edge may be one not rendered
    // yet (content-visibility), whose real height is still to come. Binary search on its top.
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[mid]!.getBoundingClientRect().top >= top - 1) hi = mid;
      else lo = mid + 1;
    }
    let item: Element | null = items[lo] ?? null;
    while (item && !item.matches(this.anchorSelector)) item = item.nextElementSibling;
    // None starts in view (one item taller than the view): the one that covers it.
    if (!item || item.getBoundingClientRect().top > view.bottom) item = items[lo - 1] ?? null;
    if (!item) return;
    this.lastTop = el.scrollTop;
    this.anchor = { item, offset: item.getBoundingClientRect().top - top, at: this.lastTop };
  }

  /**
   * Scrolls by as much as the held item moved in the content since it was noted, so that it is
   * where the reader left it. Returns the scroll position, or null when nothing is held.
   */
  private compensate(): number | null {
    const el = this.element;
    const anchor = this.anchor;
    if (!el || !anchor?.item.isConnected) return null;
    const offset = anchor.item.getBoundingClientRect().top - el.getBoundingClientRect().top;
    const top = el.scrollTop;
    const shift = offset + top - (anchor.offset + anchor.at);
    if (Math.abs(shift) < 0.5) return top;
    el.scrollTop = top + shift;
    this.lastTop = this.written = el.scrollTop;
    this.anchor = { ...anchor, offset: offset - (this.lastTop - top), at: this.lastTop };
    return this.lastTop;
  }

  /** Whether the list follows new content now. */
  get following(): boolean {
    return this.enabled && this.pinned;
  }

  hostUpdated(): void {
    // Without a ResizeObserver, follow after each render instead (a layout each time).
    if (!this.resize && this.following) this.scroll();
  }

  hostDisconnected(): void {
    this.observe(null);
  }

  private scroll(): void {
    const el = this.element;
    if (!el) return;
    el.scrollTop = el.scrollHeight;
    this.lastTop = this.written = el.scrollTop;
  }
}
