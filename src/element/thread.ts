import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';

import { AutoScrollController } from './controllers/auto-scroll-controller.js';
import type { ItemWindow } from './controllers/item-window.js';
import { Memo } from './controllers/memo.js';
import { TouchedItems } from './controllers/touched-items.js';
import type { FeedbackKind } from './controllers/message-actions-controller.js';
import type { InputTag } from './entities.js';
import { isImageAllowed } from './host-helpers.js';
import { markdownOptionsFor, renderItem } from './items.js';
import { isNotice, renderNotice, thinking, withNotices } from './notices.js';
import type { ItemContext } from './items.js';
import { MESSAGE_ACTIONS } from './options.js';
import type { ItemActionsConfig, ResolvedConfig, StartScreenPrompt } from './options.js';
import { ENGLISH, formatDuration } from '../i18n/index.js';
import type { Strings } from '../i18n/index.js';
import { icon } from '../icons/chrome-icons.js';
import type { ItemEntry, ThreadError, ThreadState } from '../state/thread-state.js';
import { heading } from './heading.js';
import { heightPx } from './height-directive.js';
import { renderIcon } from './lazy-icon.js';
import {
  lazyLoadsPending,
  lazyLoadsSettled,
  whenLazyPartsRendered,
} from '../internal/lazy-elements.js';
import { requirePart } from '../internal/lazy-parts.js';
import { OffScreen } from '../internal/off-screen.js';

/** What the thread asks of `<chat-widgets>`: one stable object, so passing it re-renders nothing. */
export interface ThreadActions {
  /** A start-screen prompt was picked. */
  sendPrompt(prompt: StartScreenPrompt): void;
  /** Retry from the error banner. */
  retry(): void;
  /** "Show earlier messages". */
  loadOlder(): void;
  dismissNotice(noticeId: string): void;
  tagClick(tag: InputTag): void;
  /** Hover or focus on an interactive tag; a `null` anchor means it left. */
  tagPreview(tag: InputTag, anchor: HTMLElement | null): void;
  copy(entry: ItemEntry): void;
  feedback(entry: ItemEntry, kind: FeedbackKind): void;
  /** Retry under an answer (`threadItemActions.retry`). */
  retryItem(entry: ItemEntry): void;
  /** Share under an answer (`threadItemActions.share`). */
  share(entry: ItemEntry): void;
  /** Edit under the user's message (`threadItemActions.editUserMessage`). */
  edit(entry: ItemEntry): void;
}

/** How far above the top of the view (px) older items start loading. */
const OLDER_MARGIN = 600;

/**
 * How many items a thread holds before windowing (item-window.ts, a chunk of its own) is loaded:
 * a shorter thread holds few nodes anyway, and most never grow this long.
 */
const WINDOWING_FROM = 40;

const NO_PLACEHOLDERS: ReadonlyMap<string, number> = new Map();

/** Copy under answers, in the default order; no share, no copy under the user's messages. */
const DEFAULT_ITEM_ACTIONS: ItemActionsConfig = {
  copy: true,
  share: false,
  copyUserMessage: false,
  editUserMessage: false,
  order: MESSAGE_ACTIONS,
};

/**
 * The conversation of `<chat-widgets>`: the start screen, the items, "Show earlier messages",
 * progress, notices (`<cw-notice>`, a chunk: item-extras.ts) and the error banner with Retry. It scrolls, and follows a streaming answer
 * to the bottom until the user scrolls up. Scrolling near the top loads older items (the button
 * stays, for keyboard users), and the item in view stays in place when they are prepended.
 *
 * It renders into the shadow root of `<chat-widgets>` (it has none of its own), so the root's
 * `message-list` and `message` parts and its stylesheet reach the items as they always have.
 * Items re-render only when their entry, the item context or the running tool changed.
 *
 * @summary The thread of a `<chat-widgets>`.
 * @tagname cw-thread
 */
export class CwThread extends LitElement {
  private readonly autoScroll = new AutoScrollController(this);
  /** Sets far-off finished items aside as placeholders, once loaded (see WINDOWING_FROM). */
  private itemWindow: ItemWindow | null = null;
  private windowingAsked = false;
  private readonly touched = new TouchedItems(
    this,
    (el) => el.parentElement?.matches('.thread') === true && el.classList.contains('item'),
  );
  /** The entries the last render showed, in order. */
  private shown: readonly ItemEntry[] = [];
  private retryTick: ReturnType<typeof setTimeout> | undefined;

  /** A notice's dismiss button: one function, so re-rendering a notice changes nothing. */
  private readonly dismiss = (id: string) => this.actions?.dismissNotice(id);
  /** Watches "Show earlier messages": in reach of the view, it loads the older page. */
  private olderObserver: IntersectionObserver | null = null;
  private olderButton: Element | null = null;
  private olderCursor: string | null = null;
  /** Finished items waiting to be off screen to settle, and for which list (see settleItems). */
  private readonly offScreen = new OffScreen(this);
  private settledKey = '';
  /** Waiting for lazy loads to settle before measuring items (see updated). */
  private awaitingLoads = false;

  /** The thread state from the session; `null` while no endpoint is set. */
  @property({ attribute: false }) state: ThreadState | null = null;

  /** Whether a thread is loading (shows "Loading conversation…" while it has no items). */
  @property({ type: Boolean }) loading = false;

  /** The chat's strings (its language). */
  @property({ attribute: false }) strings: Strings = ENGLISH;

  /** The start screen's greeting. */
  @property() greeting = '';

  /** The greeting's heading level (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The start screen's prompts. */
  @property({ attribute: false }) prompts: readonly StartScreenPrompt[] = [];

  /** Stops following the stream to the bottom. */
  @property({ type: Boolean, attribute: 'no-auto-scroll' }) noAutoScroll = false;

  /** Shows thumbs up and down under answers. */
  @property({ type: Boolean, attribute: 'feedback-action' }) feedbackAction = false;

  /** Shows Retry under answers. */
  @property({ type: Boolean, attribute: 'retry-action' }) retryAction = false;

  /** Copy, share, their order and copy under the user's messages (`threadItemActions`). */
  @property({ attribute: false }) itemActions: ItemActionsConfig = DEFAULT_ITEM_ACTIONS;

  /** The feedback already given, by item id. */
  @property({ attribute: false }) feedback: ReadonlyMap<string, FeedbackKind> = new Map();

  /** Where clicks go. */
  @property({ attribute: false }) actions: ThreadActions | null = null;

  /** The Markdown extras (`markdown` option): code highlighting, copy buttons, math. */
  @property({ attribute: false }) markdown: ResolvedConfig['markdown'] | undefined = undefined;

  private readonly context = new Memo<ItemContext>();

  protected override createRenderRoot() {
    return this;
  }

  protected override willUpdate(): void {
    // Older items prepended need nothing here: while it does not follow, the auto-scroll
    // controller always holds the item in view, noted after the last layout (reading it now,
    // before the render, could force a layout).
    this.autoScroll.enabled = !this.noAutoScroll;
    if (this.itemWindow) this.itemWindow.reset(this.state?.threadId ?? null);
    else if (!this.windowingAsked && (this.state?.items.length ?? 0) >= WINDOWING_FROM) {
      this.windowingAsked = true;
      void requirePart('item-window', () => import('./controllers/item-window.js')).then((m) => {
        if (!m) return; // Without its chunk, a long thread just keeps every item.
        this.itemWindow = new m.ItemWindow(this, (item) => this.touched.has(item));
        this.requestUpdate();
      });
    }
  }

  protected override firstUpdated(): void {
    this.autoScroll.anchorSelector = '.item';
    this.autoScroll.revealSelector = '.item.user';
  }

  /** Also waits for the lazy parts it rendered (Markdown, message actions…) to load and render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await whenLazyPartsRendered(this);
    return result;
  }

  protected override updated(): void {
    const list = this.querySelector<HTMLElement>('.thread');
    this.autoScroll.observe(this, list);
    this.watchOlder();
    // Items are measured to be set aside, or to be skipped at the size they had, once what they
    // show is final: not while a lazy part is loading (an answer shows plain text until the
    // Markdown lexer arrives, and a height taken then would be kept by the placeholder, or
    // remembered by `content-visibility`, after the text changed).
    if (lazyLoadsPending()) {
      this.waitForLazyLoads();
      return;
    }
    this.itemWindow?.observe(list, this.shown);
    this.settleItems();
  }

  /** Renders again once the lazy loads under way have settled (once, however many updates). */
  private waitForLazyLoads(): void {
    if (this.awaitingLoads) return;
    this.awaitingLoads = true;
    void lazyLoadsSettled().then(() => {
      this.awaitingLoads = false;
      if (this.isConnected) this.requestUpdate();
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
  private settleItems(): void {
    const state = this.state;
    if (!state || state.stream) {
      this.offScreen.disconnect();
      this.settledKey = '';
      return;
    }
    const key = `${state.threadId}/${state.items.length}/${state.items[0]?.item.id}/${!state.stream}/${this.itemWindow?.version}`;
    if (key === this.settledKey) return;
    this.settledKey = key;
    const due = this.querySelectorAll(
      '.thread > .item:not([data-settled]):not(.streaming):not(.optimistic):not(.windowed)',
    );
    for (const item of due) this.offScreen.watch(item, () => item.setAttribute('data-settled', ''));
  }

  /**
   * Observes the "Show earlier messages" button; observed afresh after each page, so that a
   * page too short to push it out of reach loads the next one too.
   */
  private watchOlder(): void {
    if (typeof IntersectionObserver === 'undefined') return;
    // The button leads the list: looked up there, not by a search of a thousand items' nodes.
    const first = this.querySelector('.thread')?.firstElementChild ?? null;
    const button = first?.classList.contains('older') ? first : null;
    const cursor = this.state?.older.cursor ?? null;
    if (button === this.olderButton && cursor === this.olderCursor) return;
    this.olderObserver?.disconnect();
    this.olderButton = button;
    this.olderCursor = cursor;
    if (!button) return;
    this.olderObserver ??= new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) this.actions?.loadOlder();
      },
      { root: this, rootMargin: `${OLDER_MARGIN}px 0px 0px 0px` },
    );
    this.olderObserver.observe(button);
  }

  /**
   * Follows the end again: the user sent a message (`sent`; with `thread.autoScroll` off, the
   * view goes only as far as brings that message to the top), or a thread opened (to its end).
   */
  pin(sent = false): void {
    this.autoScroll.pin(sent);
  }

  /** What the items render with: a new object (re-rendering them all) only when an input changed. */
  private get itemContext(): ItemContext {
    const allowed = this.state?.thread?.allowed_image_domains ?? null;
    const { feedbackAction, retryAction, feedback, actions, strings, markdown, itemActions } = this;
    const inputs = [
      allowed,
      feedbackAction,
      retryAction,
      feedback,
      actions,
      strings,
      markdown,
      itemActions,
    ];
    return this.context.get(inputs, () => ({
      markdown: markdownOptionsFor(allowed, strings, markdown),
      strings,
      imageAllowed: (url, own) => isImageAllowed(url, allowed, { ownBlob: own === true }),
      onTagClick: (tag) => actions?.tagClick(tag),
      onTagPreview: (tag, anchor) => actions?.tagPreview(tag, anchor),
      actions: { ...itemActions, feedback: feedbackAction, retry: retryAction },
      feedbackOf: (id) => feedback.get(id),
      onCopy: (entry) => actions?.copy(entry),
      onFeedback: (entry, kind) => actions?.feedback(entry, kind),
      onRetry: (entry) => actions?.retryItem(entry),
      onShare: (entry) => actions?.share(entry),
      onEdit: (entry) => actions?.edit(entry),
    }));
  }

  override render() {
    const state = this.state;
    if (!state) {
      return html`<div class="start">
        <p>${this.strings.t('chat.noEndpoint')}</p>
      </div>`;
    }
    const visible = state.items.filter(
      (e) => e.visible && !(e.phase === 'frozen' && e.frozenBy === 'error' && isEmptyMessage(e)),
    );
    if (this.loading && visible.length === 0) {
      return html`<div class="loading" role="status">${this.strings.t('chat.loading')}</div>`;
    }
    if (visible.length === 0 && !state.stream && !state.error && state.threadId === null)
      return this.renderStart();
    const ctx = this.itemContext;
    const streaming = state.stream;
    const placeholders = this.itemWindow?.placeholders ?? NO_PLACEHOLDERS;
    this.shown = visible;
    return html`<div
      class="thread"
      part="message-list"
      role="log"
      aria-live="polite"
      aria-busy=${streaming ? 'true' : 'false'}
    >
      ${
        state.older.hasMore
          ? html`<button class="older" type="button" @click=${() => this.actions?.loadOlder()}>
              ${this.strings.t('chat.showEarlier')}
            </button>`
          : nothing
      }
      ${repeat(
        withNotices(visible, state.notices),
        // A notice is keyed by its own object: no server item id can collide with it.
        (r) => (isNotice(r) ? r : r.item.id),
        (r) => {
          if (isNotice(r)) return renderNotice(r, ctx.markdown, this.dismiss, this.strings);
          const height = placeholders.get(r.item.id);
          return guard([r, ctx, state.runningTool, height], () =>
            height === undefined
              ? renderItem(r, ctx, state.runningTool)
              : html`<div class="item windowed" aria-hidden="true" ${heightPx(height)}></div>`,
          );
        },
      )}
      ${streaming && !streaming.started && !streaming.progress ? thinking(this.strings) : nothing}
      ${
        streaming?.progress
          ? html`<div class="progress" role="status">
              ${streaming.progress.icon ? renderIcon(streaming.progress.icon, 16, 'item-icon') : html`<span class="spinner"></span>`}${streaming.progress.text}
            </div>`
          : nothing
      }
      ${state.error ? this.renderError(state.error, streaming !== null) : nothing}
    </div>`;
  }

  private renderStart() {
    return html`<div class="start">
      ${heading(this.headingLevel, 'greeting', this.greeting)}
      ${
        this.prompts.length
          ? html`<div class="prompts">
              ${this.prompts.map(
                (p) =>
                  html`<button
                    class="prompt"
                    type="button"
                    @click=${() => this.actions?.sendPrompt(p)}
                  >
                    ${p.icon ? renderIcon(p.icon, 16) : nothing}${p.label}
                  </button>`,
              )}
            </div>`
          : nothing
      }
    </div>`;
  }

  private renderError(error: ThreadError, streaming: boolean) {
    const s = this.strings;
    const text = error.serverMessage
      ? error.message
      : error.kind === 'network' || error.kind === 'stream_cut'
        ? s.t('error.connection')
        : error.kind === 'timeout'
          ? s.t('error.timeout')
          : error.kind === 'too_large'
            ? s.t('error.tooLarge')
            : error.kind === 'http'
              ? error.status === 429 || error.status === 503
                ? s.t('error.busy')
                : s.t(error.during === 'sync_action' ? 'error.httpAction' : 'error.http', {
                    status: String(error.status ?? '?'),
                  })
              : s.t('error.generic');
    // The server's Retry-After: Retry waits for it, and says how long, second by second.
    const wait = Math.ceil(((error.retryAt ?? 0) - Date.now()) / 1000);
    if (wait > 0 && !this.retryTick)
      this.retryTick = setTimeout(() => {
        this.retryTick = undefined;
        this.requestUpdate();
      }, 1000);
    return html`<div class="error" role="alert">
      ${icon('warning')}
      <span class="error-text" dir="auto">${text}</span>
      ${
        error.retryable && !streaming
          ? html`<button
              class="retry"
              type="button"
              ?disabled=${wait > 0}
              @click=${() => this.actions?.retry()}
            >
              ${icon('retry', 14)}
              ${wait > 0 ? s.t('error.retryIn', { time: formatDuration(s, wait) }) : s.t('error.retry')}
            </button>`
          : nothing
      }
    </div>`;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.retryTick);
    this.retryTick = undefined;
    this.olderObserver?.disconnect();
    this.olderButton = null;
    this.itemWindow?.disconnect();
    // Watched items are held by the observer until it lets them go; back in a document, the
    // items are watched again.
    this.offScreen.disconnect();
    this.settledKey = '';
  }
}

/** An answer that failed before its first word: the error banner says it all. */
function isEmptyMessage(entry: ItemEntry): boolean {
  const content = (entry.item as { content?: { text?: string }[] }).content;
  return entry.item.type === 'assistant_message' && (content ?? []).every((p) => !p.text);
}

declare global {
  interface HTMLElementTagNameMap {
    'cw-thread': CwThread;
  }
}
