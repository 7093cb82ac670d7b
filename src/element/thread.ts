import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';

import { AutoScrollController } from './controllers/auto-scroll-controller.js';
import { Memo } from './controllers/memo.js';
import { ThreadUpkeep } from './controllers/thread-upkeep.js';
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
import { whenLazyPartsRendered } from '../internal/lazy-elements.js';

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
  private readonly touched = new TouchedItems(
    this,
    (el) => el.parentElement?.matches('.thread') === true && el.classList.contains('item'),
  );
  /** Windowing, settling and older pages, after each render (ThreadUpkeep). */
  private readonly upkeep = new ThreadUpkeep(this, this.touched);
  /**
   * The entries the last render showed, in order (read by ThreadUpkeep).
   * @internal
   */
  shown: readonly ItemEntry[] = [];
  private retryTick: ReturnType<typeof setTimeout> | undefined;

  /** A notice's dismiss button: one function, so re-rendering a notice changes nothing. */
  private readonly dismiss = (id: string) => this.actions?.dismissNotice(id);

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
    this.autoScroll.observe(this, this.querySelector<HTMLElement>('.thread'));
  }

  /**
   * "Show earlier messages" came within reach of the view (ThreadUpkeep).
   * @internal
   */
  loadOlder(): void {
    this.actions?.loadOlder();
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
    const placeholders = this.upkeep.placeholders;
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
