/**
 * What the thread shows only once there is an answer, or only in some chats: the actions under a
 * finished answer (copy, feedback, retry), the items of kinds most chats never show (a generated
 * image, the record of answered structured questions) and the server's notices. One chunk, fetched when the
 * chat is idle after its first render (with Markdown), so it is there before the first answer
 * ends; an item that renders before it arrives loads it at once. Both elements render in the
 * thread's own tree, so the chat's parts and styles reach them; their styles come with them and
 * are adopted into the chat's shadow root.
 */
// The English words of this lazy part come with it.
import '../i18n/en-parts.js';
import { LitElement, css, html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';

import { icon, iconOf } from '../icons/chrome-icons.js';
import { adoptInto } from '../internal/lazy-parts.js';
import { ENGLISH } from '../i18n/index.js';
import type { Strings } from '../i18n/index.js';
import type { MarkdownOptions } from '../markdown/render.js';
import type { GeneratedImageItem, StructuredInputItem } from '../protocol/wire-types.js';
import type { ItemEntry, NoticeEntry } from '../state/thread-state.js';
import { copyText, hideBroken } from './items.js';
import type { ItemContext } from './items.js';

// What the actions do comes with their buttons (MessageActionsController.run imports this chunk).
export { runMessageAction } from './message-action-run.js';

const COPY = svg`<rect x="8" y="8" width="13" height="13" rx="2"/><path d="M16 8V5a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v9a2 2 0 0 0 2 2h3"/>`;
const THUMBS_UP = svg`<path d="M7 10v11"/><path d="M15 5.9 14 10h5.8a2 2 0 0 1 2 2.3l-1.4 7A2 2 0 0 1 18.4 21H7V10l4-8a3 3 0 0 1 4 3.9Z"/>`;
const INFO = svg`<circle cx="12" cy="12" r="9"/><path d="M12 11v6"/><path d="M12 7.5v.5"/>`;
// Lucide's share-2.
const SHARE = svg`<circle cx="18" cy="5" r="3"/><circle cx="6" cy="12" r="3"/><circle cx="18" cy="19" r="3"/><path d="m8.6 13.5 6.8 4"/><path d="m15.4 6.5-6.8 4"/>`;
// Lucide's pencil.
const PENCIL = svg`<path d="M21.2 6.8a2.8 2.8 0 0 0-4-4L3.8 16.2a2 2 0 0 0-.5.8l-1.3 4.4a.5.5 0 0 0 .6.6l4.4-1.3a2 2 0 0 0 .8-.5z"/><path d="m15 5 4 4"/>`;
const THUMBS_DOWN = svg`<path d="M17 14V3"/><path d="M9 18.1 10 14H4.2a2 2 0 0 1-2-2.3l1.4-7A2 2 0 0 1 5.6 3H17v11l-4 8a3 3 0 0 1-4-3.9Z"/>`;

/** The styles of both elements, adopted into the shadow root they render in. */
export const itemExtrasStyles = css`
  cw-message-actions,
  cw-extra-item {
    display: block;
  }
  .notice {
    display: flex;
    gap: var(--cw-space-s);
    align-items: flex-start;
    padding: var(--cw-space-m) var(--cw-space-l);
    border-radius: var(--cw-radius-l);
    background: var(--cw-color-info-surface);
    color: var(--cw-color-text);
  }
  .notice.warning {
    background: var(--cw-color-warning-surface);
  }
  .notice.danger {
    background: var(--cw-color-danger-surface);
  }
  .notice .notice-icon {
    color: var(--cw-color-info);
    padding-top: 2px;
  }
  .notice.warning .notice-icon {
    color: var(--cw-color-warning);
  }
  .notice.danger .notice-icon {
    color: var(--cw-color-danger);
  }
  .notice-body {
    flex: 1;
    min-width: 0;
  }
  .notice-title {
    font-weight: 600;
  }
  .item-actions {
    display: flex;
    gap: 2px;
    margin-top: var(--cw-space-xs);
    opacity: 0.75;
  }
  .item-actions:hover,
  .item-actions:focus-within {
    opacity: 1;
  }
  .icon-button.small {
    width: 28px;
    height: 28px;
  }
  .icon-button[aria-pressed='true'] {
    color: var(--cw-color-text);
    background: var(--cw-color-surface-secondary);
  }
  .generated-image {
    margin: 0;
  }
  .generated-image img {
    max-width: min(100%, 420px);
    border-radius: var(--cw-radius-l);
    display: block;
  }
  .generated-image.partial img {
    filter: blur(6px);
  }
  .generated-image figcaption {
    font-size: 0.8em;
    color: var(--cw-color-text-secondary);
    margin-top: var(--cw-space-xs);
  }
  .generated-image.placeholder {
    display: flex;
    align-items: center;
    gap: var(--cw-space-s);
    padding: var(--cw-space-xl);
    border-radius: var(--cw-radius-l);
    background: var(--cw-color-surface-secondary);
    color: var(--cw-color-text-secondary);
  }
  .structured-input {
    border: 1px solid var(--cw-color-border);
    border-radius: var(--cw-radius-l);
    padding: var(--cw-space-m) var(--cw-space-l);
    display: flex;
    flex-direction: column;
    gap: var(--cw-space-s);
  }
  .question-text {
    font-weight: 500;
  }
`;

/** The element's shared wiring: it renders in its own tree and brings its styles. */
class ThreadPart extends LitElement {
  /** The thread entry it belongs to. */
  @property({ attribute: false }) entry: ItemEntry | null = null;

  /** What the item renderers need from the chat (actions, image policy). */
  @property({ attribute: false }) ctx: ItemContext | null = null;

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptInto(this.getRootNode(), itemExtrasStyles);
  }
}

/**
 * The actions under a finished answer or a widget (`threadItemActions`): copy (when there is text
 * to copy), thumbs up and down, and retry. The element is the toolbar.
 *
 * @summary The actions under an answer.
 * @tagname cw-message-actions
 */
export class CwMessageActions extends ThreadPart {
  override render() {
    const { entry, ctx } = this;
    if (!entry || !ctx) return nothing;
    const given = ctx.feedbackOf(entry.item.id);
    const button = (label: string, body: unknown, click: () => void, pressed?: boolean) =>
      html`<button
        class="icon-button small"
        type="button"
        title=${label}
        aria-label=${label}
        aria-pressed=${pressed === undefined ? nothing : pressed ? 'true' : 'false'}
        @click=${click}
      >
        ${body}
      </button>`;
    const a = ctx.actions;
    const s = ctx.strings;
    const text = copyText(entry);
    // Under the user's own message: copy and edit.
    if (entry.item.type === 'user_message')
      return html`${
        a.copyUserMessage && text
          ? button(s.t('message.copy'), iconOf(COPY, 16), () => ctx.onCopy(entry))
          : nothing
      }${
        a.editUserMessage
          ? button(s.t('message.edit'), iconOf(PENCIL, 16), () => ctx.onEdit(entry))
          : nothing
      }`;
    const render = {
      copy: () =>
        a.copy && text
          ? button(s.t('message.copy'), iconOf(COPY, 16), () => ctx.onCopy(entry))
          : nothing,
      feedback: () =>
        a.feedback
          ? html`${button(
              s.t('message.good'),
              iconOf(THUMBS_UP, 16),
              () => ctx.onFeedback(entry, 'positive'),
              given === 'positive',
            )}${button(
              s.t('message.bad'),
              iconOf(THUMBS_DOWN, 16),
              () => ctx.onFeedback(entry, 'negative'),
              given === 'negative',
            )}`
          : nothing,
      retry: () =>
        a.retry
          ? button(s.t('message.retry'), icon('retry', 16), () => ctx.onRetry(entry))
          : nothing,
      share: () =>
        a.share && text
          ? button(s.t('message.share'), iconOf(SHARE, 16), () => ctx.onShare(entry))
          : nothing,
    };
    return a.order.map((name) => render[name]());
  }
}

function renderImage(entry: ItemEntry, ctx: ItemContext) {
  const item = entry.item as GeneratedImageItem;
  const url = item.image?.url;
  const done = entry.phase === 'done';
  if (url && ctx.imageAllowed(url)) {
    return html`<figure class="generated-image ${done ? '' : 'partial'}">
      <img src=${url} alt=${ctx.strings.t('message.generatedImage')} @error=${hideBroken} />
      ${done ? nothing : html`<figcaption>${ctx.strings.t('message.generating')}${entry.progress ? ` ${Math.round(entry.progress * 100)}%` : ''}</figcaption>`}
    </figure>`;
  }
  return html`<div class="generated-image placeholder" role="status">
    ${icon('image', 20)}
    ${ctx.strings.t(done ? 'message.imageUnavailable' : 'message.generatingImage')}
  </div>`;
}

function renderStructuredInput(entry: ItemEntry, s: Strings) {
  const item = entry.item as StructuredInputItem;
  return html`<div class="structured-input">
    ${item.inputs.map(
      (input) =>
        html`<div class="question">
          <div class="question-text" dir="auto">${input.question}</div>
          <div class="answer" dir="auto">
            ${
              input.answer
                ? input.answer.skipped
                  ? html`<span class="muted">${s.t('tool.skipped')}</span>`
                  : input.answer.values.join(', ')
                : html`<span class="muted"
                    >${s.t(item.status === 'pending' ? 'tool.waitingAnswer' : 'tool.noAnswer')}</span
                  >`
            }
          </div>
        </div>`,
    )}
  </div>`;
}

/**
 * A thread item of a kind most chats never show: a generated image (blurred while it is partial,
 * a placeholder while there is none or it may not load), or the record of answered structured
 * questions. The element is the item.
 *
 * @summary A generated image or answered-questions item of the thread.
 * @tagname cw-extra-item
 */
export class CwExtraItem extends ThreadPart {
  override render() {
    const { entry, ctx } = this;
    if (!entry || !ctx) return nothing;
    if (entry.item.type === 'generated_image') return renderImage(entry, ctx);
    if (entry.item.type === 'structured_input') return renderStructuredInput(entry, ctx.strings);
    return nothing;
  }
}

/**
 * A notice from the server (`notice` event) in the thread: its level's icon and colours, its
 * title, its Markdown message, and Dismiss. The element is the banner (its `notice <level>`
 * classes and role come from the thread).
 *
 * @summary A server notice in the thread.
 * @tagname cw-notice
 */
export class CwNotice extends LitElement {
  /** The notice. */
  @property({ attribute: false }) notice: NoticeEntry | null = null;

  /** How its Markdown renders (the thread's allowed image hosts). */
  @property({ attribute: false }) markdown: MarkdownOptions | null = null;

  /** Dismisses a notice by id. */
  @property({ attribute: false }) dismiss: ((id: string) => void) | null = null;

  /** The chat's strings (the Dismiss label). */
  @property({ attribute: false }) strings: Strings = ENGLISH;

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptInto(this.getRootNode(), itemExtrasStyles);
  }

  override render() {
    const n = this.notice;
    if (!n) return nothing;
    return html`<span class="notice-icon"
        >${n.level === 'info' ? iconOf(INFO, 16) : icon('warning', 16)}</span
      >
      <div class="notice-body" dir="auto">
        ${n.title ? html`<div class="notice-title">${n.title}</div>` : nothing}
        <cw-markdown .text=${n.message} .options=${this.markdown}></cw-markdown>
      </div>
      <button
        class="icon-button"
        type="button"
        aria-label=${this.strings.t('chat.dismiss')}
        @click=${() => this.dismiss?.(n.id)}
      >
        ${icon('close', 16)}
      </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cw-message-actions': CwMessageActions;
    'cw-extra-item': CwExtraItem;
    'cw-notice': CwNotice;
  }
}
