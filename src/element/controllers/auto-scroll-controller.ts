import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How close to the bottom (px) still counts as "at the bottom". */
const THRESHOLD = 48;

/**
 * Keeps a scrolling list pinned to its bottom while content grows, and lets go as soon as the
 * user scrolls up; scrolling back down (or sending a message) pins it again.
 */
export class AutoScrollController implements ReactiveController {
  /** Whether following is on at all (`thread.autoScroll`). */
  enabled = true;
  private pinned = true;
  private element: HTMLElement | null = null;
  private content: HTMLElement | null = null;
  private lastTop = 0;
  private readonly onScroll = () => {
    const el = this.element;
    if (!el) return;
    const distance = el.scrollHeight - el.scrollTop - el.clientHeight;
    if (el.scrollTop < this.lastTop - 2 && distance > THRESHOLD) this.pinned = false;
    else if (distance <= THRESHOLD) this.pinned = true;
    this.lastTop = el.scrollTop;
  };

  // Child elements (Markdown, widgets) render after the host: follow their growth too.
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
    if (element !== this.element) {
      this.element?.removeEventListener('scroll', this.onScroll);
      this.element = element;
      element?.addEventListener('scroll', this.onScroll, { passive: true });
    }
    if (content !== this.content) {
      this.resize?.disconnect();
      this.content = content;
      if (content) this.resize?.observe(content);
    }
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
    if (this.following) this.scroll();
  }

  hostDisconnected(): void {
    this.observe(null);
  }

  private scroll(): void {
    const el = this.element;
    if (!el) return;
    el.scrollTop = el.scrollHeight;
    this.lastTop = el.scrollTop;
  }
}
