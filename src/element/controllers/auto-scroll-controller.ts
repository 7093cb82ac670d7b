import type { ReactiveController, ReactiveControllerHost } from 'lit';

import {
  type Anchor,
  firstAnchorable,
  firstInView,
  lastMatching,
  resolveAnchor,
} from './scroll-anchor.js';

/** How close to the bottom (px) still counts as "at the bottom". */
const THRESHOLD = 48;

/** Room (px) left above a sent message brought up to the top of the view. */
const REVEAL_GAP = 16;

/** A scroll position this controller wrote, recognised again within this many px (rounding). */
const OWN_SCROLL_SLACK = 1;

/** How long (ms) after a wheel, touch, key or pointer press a scroll counts as the user's. */
const INTENT_MS = 1000;

/** The events that say the user may be scrolling the list themselves. */
const INTENT_EVENTS = ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const;

/**
 * Keeps a scrolling list pinned to its bottom while content grows, and lets go as soon as the
 * user scrolls up; scrolling back down (or sending a message) pins it again. While it does not
 * follow, it keeps the reader's place: the first item in view stays at the same pixel when
 * content above it grows (older items prepended, items rendered late). Browsers' own scroll
 * anchoring does not act at the very top (where "Show earlier messages" is) and Safari has none.
 * Where the user scrolls to is theirs: a change in the same frame moves it on only when it is a
 * page prepended above the whole content (the position was one in the older layout).
 *
 * It never forces a layout. All its reads of geometry happen in one phase, after the browser
 * laid the frame out, and all its writes come after them:
 * - the ResizeObserver on the content and the scroller calls it once per frame after layout, when
 *   anything grew or shrank (a streamed delta, a prepended page, a taller composer);
 * - a scroll event, or a request to pin, only marks the state as due and is measured at the next
 *   such point: the ResizeObserver of that frame if there is one, else a task right after the
 *   frame, when the layout is still the one the frame produced.
 * Each measurement reads the scroll position, the heights and the item it anchors to, decides,
 * and then writes the scroll position at most once; it reads nothing after that write. A streamed
 * answer thus costs one layout per frame (the browser's own), however many deltas the frame
 * carries.
 */
export class AutoScrollController implements ReactiveController {
  /**
   * Whether a streaming answer is followed to the bottom (`thread.autoScroll`). Off (ChatKit's
   * default), a message the user sends is brought up to the top of the view and the answer
   * grows below it, followed only until that message would leave the view at the top.
   */
  enabled = true;
  /** The items a sent message is (the last one matching is brought up when following is off). */
  revealSelector = '';
  /** Which children of the content may anchor the reader's place (not a button at the top). */
  anchorSelector = '*';
  /** Called around each measurement (tests observe the phase in which geometry is read). */
  onMeasure: ((phase: 'start' | 'end') => void) | null = null;
  private pinned = true;
  /** Following stops where the last sent message reaches the top (following off, a message sent). */
  private revealing = false;
  private element: HTMLElement | null = null;
  private content: HTMLElement | null = null;
  /**
   * The scroll position the last measurement left (read, or written), or -1 before the first:
   * any other position at the next one was set by someone else (the user, the page).
   */
  private seen = -1;
  /** A scroll happened, or pinning was asked for, since the last measurement. */
  private due = false;
  private frame: number | undefined;
  private task: ReturnType<typeof setTimeout> | undefined;
  /**
   * The first item in view while not following: its offset from the scroller's top, measured at
   * scroll position `at`. Its position in the content is thus `offset + at`.
   */
  private anchor: Anchor | null = null;
  /**
   * The first item of the content at the last measurement, noted like the anchor: items
   * prepended before it since then are what a measurement that also saw the user scroll
   * compensates (see measure).
   */
  private head: Anchor | null = null;

  private readonly onScroll = () => {
    this.scrolled = true;
    this.measureSoon();
  };
  /** When the user last pressed, touched, wheeled or typed in the list (reads nothing). */
  private intentAt = -Infinity;
  /**
   * The user did so since the last measurement: their scroll counts as theirs however late the
   * measurement comes (a busy page may put it off past INTENT_MS).
   */
  private intentSince = false;
  private readonly onIntent = () => {
    this.intentAt = performance.now();
    this.intentSince = true;
  };
  /** A scroll event came since the content's observation was paused, or last put off. */
  private scrolled = false;

  // Child elements (Markdown, widgets) render after the host: their growth, and the scroller's
  // own resizing (a taller composer, a window resize), are followed from here.
  private readonly resize =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver((entries) => this.onResize(entries));
  /** The frame that observes the content again after the observer reported it. */
  private reobserve: number | undefined;
  /** The content's size (px) at its last report, to tell a re-observation's first report. */
  private contentSize = '';

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
      for (const type of INTENT_EVENTS) this.element?.removeEventListener(type, this.onIntent);
      this.element = element;
      element?.addEventListener('scroll', this.onScroll, { passive: true });
      for (const type of INTENT_EVENTS)
        element?.addEventListener(type, this.onIntent, { passive: true });
    }
    this.content = content;
    // Another list: its position says nothing about the user's intent.
    this.seen = -1;
    this.cancelReobserve();
    this.contentSize = '';
    this.resize?.disconnect();
    if (element) this.resize?.observe(element);
    if (content) this.resize?.observe(content);
  }

  /**
   * Follows the end again: after the user sent a message (`sent`: with following off, up to where
   * that message reaches the top of the view), or opened a thread (to its end).
   */
  pin(sent = false): void {
    this.pinned = true;
    this.revealing = sent && !this.enabled;
    // Whatever moved the list meanwhile (a thread replaced, a shorter content) is not the user
    // scrolling away from the bottom.
    this.seen = -1;
    this.measureSoon();
  }

  /**
   * Whether the list follows new content now: pinned, with following on, or on the way to the end
   * of a thread just opened or to a message just sent.
   */
  get following(): boolean {
    return this.pinned;
  }

  hostUpdated(): void {
    // Without a ResizeObserver, measure after each render instead (a layout each time).
    if (!this.resize) this.measure();
  }

  hostDisconnected(): void {
    this.observe(null);
    this.cancelReobserve();
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    clearTimeout(this.task);
    this.frame = this.task = undefined;
  }

  /**
   * Marks the state as due for a measurement at the next point where the layout is fresh: the
   * ResizeObserver of the coming frame. The scroller is observed anew from an animation-frame
   * callback, so that the observer reports it in that very frame, after its layout, even when
   * nothing changed size. A task right after the frame is the fallback (no report came: a
   * scroller of no size, or no ResizeObserver); it was once the rule, but a task of the page
   * (a streamed delta) can run between the frame and it and change the DOM, and a measurement
   * there then forced a layout.
   */
  private measureSoon(): void {
    this.due = true;
    if (this.frame !== undefined || this.task !== undefined) return;
    if (typeof requestAnimationFrame !== 'function') {
      this.task = setTimeout(() => this.afterFrame());
      return;
    }
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      const el = this.element;
      if (el && this.resize) {
        this.resize.unobserve(el);
        this.resize.observe(el);
      }
      this.task = setTimeout(() => this.afterFrame());
    });
  }

  private afterFrame(): void {
    this.task = undefined;
    if (this.due) this.measure();
  }

  /**
   * The ResizeObserver's report: measures, unless all it says is that the content, observed again
   * after a pause, still has the size it had. After a report of a new size of the content, its
   * observation is paused until the next frame (see pauseContent).
   */
  private onResize(entries: readonly ResizeObserverEntry[]): void {
    let resized = false;
    let content = false;
    for (const entry of entries) {
      if (entry.target !== this.content) {
        resized = true;
        continue;
      }
      const { width, height } = entry.contentRect;
      const size = `${width}x${height}`;
      content = size !== this.contentSize;
      this.contentSize = size;
    }
    if (resized || content || this.due) this.measure();
    if (content) this.pauseContent();
  }

  /**
   * Reads where the list is, then scrolls once if it must: to the bottom while following, or by
   * as much as the anchored item moved while not. Called only where the layout is fresh.
   */
  private measure(): void {
    const el = this.element;
    if (!el) return;
    this.onMeasure?.('start');
    this.due = false;
    // Reads: the scroll position and heights, and where the anchored item is now.
    const top = el.scrollTop;
    const height = el.scrollHeight;
    const view = el.clientHeight;
    const bottom = Math.max(0, height - view);
    const anchor = resolveAnchor(this.content, this.anchor);
    const head = resolveAnchor(this.content, this.head);
    const first = firstAnchorable(this.content, this.anchorSelector);
    const rootTop = el.getBoundingClientRect().top;
    const placeOf = (item: Element) => item.getBoundingClientRect().top - rootTop + top;
    // Someone else scrolled (the user): follow or not, from where the reader will be. Told by
    // the position, not by scroll events: a scroll and a change of the content in one frame may
    // reach the ResizeObserver before the scroll event.
    // Except, while following, the browser clamping the position when the content got shorter:
    // a move up that ends at the very end (no user scroll does), or a small one with no sign of
    // the user (the content grew again after the clamp, in the same frame or before this
    // measurement). A sign of the user is a wheel, touch, key or press since the last
    // measurement, or within INTENT_MS (a smooth or momentum scroll goes on for frames after its
    // event).
    const up = this.seen - top;
    const intent = this.intentSince || performance.now() - this.intentAt <= INTENT_MS;
    this.intentSince = false;
    const clamped =
      this.pinned &&
      this.seen >= 0 &&
      up > OWN_SCROLL_SLACK &&
      (bottom - top <= OWN_SCROLL_SLACK || (up <= THRESHOLD && !intent));
    const foreign = !clamped && (this.seen < 0 || Math.abs(top - this.seen) > OWN_SCROLL_SLACK);
    // Where the anchored item is in the content now, and how far it moved since it was noted.
    // After the user scrolled, the item noted before is no longer the one in view, and what
    // grew since (items the scroll brought into view, rendered at their real height) is not to
    // be undone: only items prepended above the whole content since then are, measured by how
    // far the old first item moved. Anything else keeps the place the user scrolled to.
    const place = anchor ? placeOf(anchor.item) : 0;
    const shift = foreign
      ? head && first && first.item !== head.item
        ? placeOf(head.item) - (head.offset + head.at)
        : 0
      : anchor
        ? place - (anchor.offset + anchor.at)
        : 0;
    const moved = Math.abs(shift) >= 0.5;
    if (foreign) {
      const distance = height - top - view;
      if (top < this.seen - 2 && distance > THRESHOLD) this.pinned = false;
      // Back at the bottom, a followed stream is followed again (with following on).
      else if (distance <= THRESHOLD && this.enabled) this.pinned = true;
      // Off, any scroll of the user's ends the way to a thread's end or a sent message.
      else if (!this.enabled && this.seen >= 0) this.pinned = false;
    }
    // The sent message's place, when following stops there.
    const sent =
      this.pinned && this.revealing ? lastMatching(this.content, this.revealSelector) : null;
    const stop = sent ? Math.max(0, placeOf(sent) - REVEAL_GAP) : Infinity;
    let target: number | null = null;
    if (this.following) {
      const end = Math.min(bottom, stop);
      if (Math.abs(top - end) > OWN_SCROLL_SLACK / 2) target = end;
    } else if (moved) {
      target = Math.min(bottom, Math.max(0, top + shift));
    }
    // The item in view, noted from the layout just read (its place in the content does not
    // depend on the scroll position, so the write below does not stale it). It is noted while
    // following too: a page prepended before a scroll up is measured is still compensated.
    const next = target ?? top;
    this.anchor =
      anchor && !foreign
        ? { ...anchor, offset: place - next, at: next }
        : firstInView(this.content, this.anchorSelector, { rootTop, top, next, height: view });
    this.head = first && { ...first, offset: placeOf(first.item) - next, at: next };
    // The one write, after every read.
    this.seen = next;
    if (target !== null) el.scrollTop = target;
    this.onMeasure?.('end');
  }

  /**
   * After the observer reported the content: stops observing it until the next frame. The
   * browser goes on laying out this frame after the callback, and the content can change size
   * again there, with or without a write of ours: a scroll written here, or one the user made
   * just before, brings `content-visibility: auto` blocks near the view (Firefox decides which
   * inside the same loop, and one laid out at its real size for the first time, or at a size it
   * no longer has, moves the others in or out of range in turn), and another observer on the
   * page may resize it from its own callback. A change of an element observed at a depth already
   * reported would be left undelivered, which the browser reports to the page as an error event
   * ("ResizeObserver loop completed with undelivered notifications"): a guest must not raise
   * errors on the host's page. Observed again from the next frame, the content is reported at
   * once (a new observation always is): whatever it became is measured in that frame, and a
   * report of the size it had is ignored and pauses nothing (onResize), so a still content costs
   * nothing. The scroller stays observed throughout.
   */
  private pauseContent(): void {
    const content = this.content;
    if (!content || !this.resize || typeof requestAnimationFrame !== 'function') return;
    this.resize.unobserve(content);
    this.scrolled = false;
    this.reobserve ??= requestAnimationFrame(this.observeAgain);
  }

  /**
   * Observes the content again, in a frame without a scroll: a new observation is reported in
   * the frame's first round, whatever its size, and a scroll (the list scrolled this frame, as
   * its scroll event says, which comes before this callback) is what makes Firefox lay out
   * `content-visibility: auto` blocks again in a later round of the same frame. Meanwhile a
   * scroll is measured after the frame (measureSoon), and growth with it.
   */
  private readonly observeAgain = (): void => {
    this.reobserve = undefined;
    if (!this.content || !this.resize) return;
    if (this.scrolled) {
      this.scrolled = false;
      this.reobserve = requestAnimationFrame(this.observeAgain);
      return;
    }
    this.resize.observe(this.content);
  };

  private cancelReobserve(): void {
    if (this.reobserve !== undefined) cancelAnimationFrame(this.reobserve);
    this.reobserve = undefined;
  }
}
