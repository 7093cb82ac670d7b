import type { ReactiveController, ReactiveControllerHost } from 'lit';

import { lazyLoadsPending, lazyLoadsSettled } from '../../internal/lazy-elements.js';
import { requirePart } from '../../internal/lazy-parts.js';
import { OffScreen } from '../../internal/off-screen.js';
import type { ItemEntry, ThreadState } from '../../state/thread-state.js';
import type { ItemWindow } from './item-window.js';
import type { TouchedItems } from './touched-items.js';

/** How far above the top of the view (px) older items start loading. */
const OLDER_MARGIN = 600;

/**
 * How many items a thread holds before windowing (item-window.ts, a chunk of its own) is loaded:
 * a shorter thread holds few nodes anyway, and most never grow this long.
 */
const WINDOWING_FROM = 40;

const NO_PLACEHOLDERS: ReadonlyMap<string, number> = new Map();

/** What the upkeep reads from the thread element. */
export interface ThreadUpkeepHost extends ReactiveControllerHost, HTMLElement {
  readonly state: ThreadState | null;
  /** The entries the last render showed, in order. */
  readonly shown: readonly ItemEntry[];
  /** Loads the older page ("Show earlier messages" came within reach). */
  loadOlder(): void;
}

/**
 * The work a long thread needs off screen, after each render of `<cw-thread>`:
 * - **windowing**: far-off finished items set aside as placeholders (ItemWindow, a chunk loaded
 *   once a thread holds {@link WINDOWING_FROM} items);
 * - **settling**: finished items well out of view become `content-visibility: auto` (settle);
 * - **older pages**: "Show earlier messages" loads the older page once within reach.
 *
 * Items are measured for the first two only once what they show is final: not while a lazy part
 * is loading (an answer shows plain text until the Markdown lexer arrives, and a height taken then
 * would be kept by a placeholder, or remembered by `content-visibility`, after the text changed).
 */
export class ThreadUpkeep implements ReactiveController {
  /** Sets far-off finished items aside as placeholders, once loaded (see WINDOWING_FROM). */
  private itemWindow: ItemWindow | null = null;
  private windowingAsked = false;
  /** Watches "Show earlier messages": in reach of the view, it loads the older page. */
  private olderObserver: IntersectionObserver | null = null;
  private olderButton: Element | null = null;
  private olderCursor: string | null = null;
  /** Finished items waiting to be off screen to settle (see settle). */
  private readonly offScreen: OffScreen;
  private settledKey = '';
  /** Waiting for lazy loads to settle before measuring items. */
  private awaitingLoads = false;

  constructor(
    private readonly host: ThreadUpkeepHost,
    /** The items the user touched: never set aside. */
    private readonly touched: TouchedItems,
  ) {
    this.offScreen = new OffScreen(host);
    host.addController(this);
  }

  /** Item id → the height its placeholder keeps (empty until windowing is loaded). */
  get placeholders(): ReadonlyMap<string, number> {
    return this.itemWindow?.placeholders ?? NO_PLACEHOLDERS;
  }

  hostUpdate(): void {
    const state = this.host.state;
    if (this.itemWindow) this.itemWindow.reset(state?.threadId ?? null);
    else if (!this.windowingAsked && (state?.items.length ?? 0) >= WINDOWING_FROM) {
      this.windowingAsked = true;
      void requirePart('item-window', () => import('./item-window.js')).then((m) => {
        if (!m) return; // Without its chunk, a long thread just keeps every item.
        this.itemWindow = new m.ItemWindow(this.host, (item) => this.touched.has(item));
        this.host.requestUpdate();
      });
    }
  }

  hostUpdated(): void {
    const list = this.host.querySelector<HTMLElement>('.thread');
    this.watchOlder(list);
    if (lazyLoadsPending()) {
      this.waitForLazyLoads();
      return;
    }
    this.itemWindow?.observe(list, this.host.shown);
    this.settle();
  }

  hostDisconnected(): void {
    this.olderObserver?.disconnect();
    this.olderButton = null;
    this.itemWindow?.disconnect();
    // Watched items are held by the observer until it lets them go; back in a document, the
    // items are watched again.
    this.offScreen.disconnect();
    this.settledKey = '';
  }

  /** Renders again once the lazy loads under way have settled (once, however many updates). */
  private waitForLazyLoads(): void {
    if (this.awaitingLoads) return;
    this.awaitingLoads = true;
    void lazyLoadsSettled().then(() => {
      this.awaitingLoads = false;
      if (this.host.isConnected) this.host.requestUpdate();
    });
  }

  /**
   * Lets finished items be skipped off screen (`content-visibility: auto`, thread.styles.ts) once
   * they are well out of view (OffScreen): by then the browser has laid them out, so a skipped
   * item keeps its real height (`contain-intrinsic-size: auto`) and skipping never changes the
   * scroll height or moves the reader; and the browser's own check finds them hidden, so settling
   * one costs the frame no second layout (an item settled in view is laid out again at once, with
   * its contents). An item in view is left as it is until it leaves: skipping gains nothing
   * there. Items still changing (streaming, not yet sent) are left alone until they finish, and
   * nothing settles while an answer streams: settling then, even off screen, gave streamed
   * frames a second layout in Chromium's traces. They settle once the stream ends.
   */
  private settle(): void {
    const state = this.host.state;
    if (!state || state.stream) {
      this.offScreen.disconnect();
      this.settledKey = '';
      return;
    }
    const key = `${state.threadId}/${state.items.length}/${state.items[0]?.item.id}/${!state.stream}/${this.itemWindow?.version}`;
    if (key === this.settledKey) return;
    this.settledKey = key;
    const due = this.host.querySelectorAll(
      '.thread > .item:not([data-settled]):not(.streaming):not(.optimistic):not(.windowed)',
    );
    for (const item of due) this.offScreen.watch(item, () => item.setAttribute('data-settled', ''));
  }

  /**
   * Observes the "Show earlier messages" button; observed afresh after each page, so that a
   * page too short to push it out of reach loads the next one too.
   */
  private watchOlder(list: HTMLElement | null): void {
    if (typeof IntersectionObserver === 'undefined') return;
    // The button leads the list: looked up there, not by a search of a thousand items' nodes.
    const first = list?.firstElementChild ?? null;
    const button = first?.classList.contains('older') ? first : null;
    const cursor = this.host.state?.older.cursor ?? null;
    if (button === this.olderButton && cursor === this.olderCursor) return;
    this.olderObserver?.disconnect();
    this.olderButton = button;
    this.olderCursor = cursor;
    if (!button) return;
    this.olderObserver ??= new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) this.host.loadOlder();
      },
      { root: this.host, rootMargin: `${OLDER_MARGIN}px 0px 0px 0px` },
    );
    this.olderObserver.observe(button);
  }
}
