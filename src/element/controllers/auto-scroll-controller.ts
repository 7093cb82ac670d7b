import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How close to the bottom (px) still counts as "at the bottom". */
const THRESHOLD = 48;

/**
 * Keeps a scrolling list pinned to its bottom while content grows, and lets go as soon as the
 * user scrolls up; scrolling back down (or sending a message) pins it again.
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
  private pinned = true;
  private element: HTMLElement | null = null;
  private content: HTMLElement | null = null;
  /** The scroll position last seen or set. */
  private lastTop = 0;
  /** The position this controller scrolled to, until the next scroll elsewhere. */
  private written = -1;
  private readonly onScroll = () => {
    const el = this.element;
    if (!el) return;
    const top = el.scrollTop;
    // Our own scroll: nothing to learn, and measuring it again would cost a layout.
    if (top === this.written) return;
    this.written = -1;
    const distance = el.scrollHeight - top - el.clientHeight;
    if (top < this.lastTop - 2 && distance > THRESHOLD) this.pinned = false;
    else if (distance <= THRESHOLD) this.pinned = true;
    this.lastTop = top;
  };

  // Child elements (Markdown, widgets) render after the host: their growth, and the scroller's
  // own resizing (a taller composer, a window resize), are followed from here.
  private readonly resize =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(() => this.following && this.scroll());

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
    this.scroll();
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
