// The English words of this lazy part come with it.
import '../i18n/en-parts.js';
import { LitElement, css, html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';

import { ENGLISH } from '../i18n/index.js';
import type { Strings } from '../i18n/index.js';
import { icon, iconOf } from '../icons/chrome-icons.js';
import type { ThreadMetadata } from '../protocol/wire-types.js';
import { parseTimestamp } from '../state/normalize.js';
import type { ThreadListState } from '../state/thread-list.js';
import { reset } from '../theme/tokens.js';
import { heading } from './heading.js';

/** Its own chrome icons (24×24 outlines; chrome-icons.ts draws them). */
const PENCIL = svg`<path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4Z"/>`;
const TRASH = svg`<path d="M3 6h18"/><path d="M8 6V4h8v2"/><path d="M19 6l-1 14H6L5 6"/>`;

/** What the history panel asks of the element. */
export interface HistoryActions {
  select(threadId: string): void;
  rename(threadId: string, title: string): Promise<void>;
  remove(threadId: string): Promise<void>;
  loadMore(): Promise<void>;
  close(): void;
}

/**
 * The list of past threads, newest first, with paging, rename and delete.
 *
 * @summary Thread history.
 * @tagname cw-history
 */
export class CwHistory extends LitElement {
  static override styles = [
    reset,
    css`
      :host {
        flex: 1;
        display: flex;
        flex-direction: column;
        min-height: 0;
      }
      .history-header {
        display: flex;
        align-items: center;
        padding: var(--cw-space-s) var(--cw-space-m) 0;
      }
      .title {
        flex: 1;
        margin: 0;
        font-size: 1em;
        padding-inline: var(--cw-space-s);
      }
      .close {
        display: inline-grid;
        place-items: center;
        width: 34px;
        height: 34px;
        border: 0;
        border-radius: var(--cw-radius-m);
        background: none;
        color: var(--cw-color-text-secondary);
        cursor: pointer;
      }
      .close:hover {
        background: var(--cw-color-surface-secondary);
        color: var(--cw-color-text);
      }
      .list {
        list-style: none;
        margin: 0;
        padding: var(--cw-space-s);
        overflow-y: auto;
        flex: 1;
      }
      li {
        display: flex;
        align-items: center;
        gap: var(--cw-space-xs);
        border-radius: var(--cw-radius-m);
      }
      li:hover,
      li.current {
        background: var(--cw-color-surface-secondary);
      }
      .open {
        flex: 1;
        min-width: 0;
        text-align: start;
        border: 0;
        background: none;
        padding: var(--cw-space-s) var(--cw-space-m);
        cursor: pointer;
        border-radius: var(--cw-radius-m);
      }
      .title {
        display: block;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .when {
        display: block;
        font-size: 0.8em;
        color: var(--cw-color-text-tertiary);
      }
      .icon-button {
        border: 0;
        background: none;
        padding: 6px;
        border-radius: var(--cw-radius-s);
        color: var(--cw-color-text-secondary);
        cursor: pointer;
        opacity: 0;
      }
      li:hover .icon-button,
      li:focus-within .icon-button {
        opacity: 1;
      }
      .icon-button:hover {
        background: var(--cw-color-surface-tertiary);
      }
      input {
        flex: 1;
        font: inherit;
        color: inherit;
        background: var(--cw-color-surface);
        border: 1px solid var(--cw-color-border-strong);
        border-radius: var(--cw-radius-s);
        padding: 6px 10px;
        margin: 2px var(--cw-space-xs);
      }
      .state {
        padding: var(--cw-space-xl) var(--cw-space-l);
        text-align: center;
        color: var(--cw-color-text-secondary);
      }
      .more {
        margin: var(--cw-space-s) auto var(--cw-space-l);
        display: block;
        border: 1px solid var(--cw-color-border);
        background: var(--cw-color-surface);
        border-radius: var(--cw-radius-full);
        padding: 6px 14px;
        cursor: pointer;
      }
      .error {
        color: var(--cw-color-danger);
      }
      .confirm .open {
        cursor: default;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .text-button {
        border: 0;
        background: none;
        padding: 6px 10px;
        border-radius: var(--cw-radius-s);
        cursor: pointer;
      }
      .text-button:hover {
        background: var(--cw-color-surface-tertiary);
      }
      .danger {
        color: var(--cw-color-danger);
        font-weight: 600;
      }
    `,
  ];

  /** The history list state. */
  @property({ attribute: false }) threads: ThreadListState | null = null;

  /** The chat's strings (its language). */
  @property({ attribute: false }) strings: Strings = ENGLISH;

  /** The level of the panel's heading (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The open thread. */
  @property({ attribute: false }) currentId: string | null = null;

  /** Offer rename. */
  @property({ type: Boolean }) showRename = false;

  /** Offer delete. */
  @property({ type: Boolean }) showDelete = false;

  /** Whether a page is loading. */
  @property({ type: Boolean }) loading = false;

  /** A failure to show in place of the list. */
  @property({ attribute: false }) error: string | null = null;

  /** The element's handlers. */
  @property({ attribute: false }) actions: HistoryActions | null = null;

  @state() private editing: string | null = null;
  @state() private confirming: string | null = null;

  private formatWhen(thread: ThreadMetadata): string {
    const date = parseTimestamp(thread.created_at);
    if (!date) return '';
    const today = new Date();
    const locale = this.strings.locale;
    return date.toDateString() === today.toDateString()
      ? date.toLocaleTimeString(locale, { hour: 'numeric', minute: '2-digit' })
      : date.toLocaleDateString(locale, { month: 'short', day: 'numeric' });
  }

  private async commitRename(thread: ThreadMetadata, input: HTMLInputElement): Promise<void> {
    const title = input.value.trim();
    this.editing = null;
    if (title && title !== thread.title) await this.actions?.rename(thread.id, title);
  }

  private handleRenameKey(e: KeyboardEvent, thread: ThreadMetadata): void {
    const input = e.target as HTMLInputElement;
    if (e.key === 'Enter') void this.commitRename(thread, input);
    if (e.key === 'Escape') {
      e.stopPropagation();
      this.editing = null;
    }
  }

  private async deleteThread(thread: ThreadMetadata): Promise<void> {
    this.confirming = null;
    await this.actions?.remove(thread.id);
  }

  protected override updated(): void {
    if (this.editing) this.renderRoot.querySelector<HTMLInputElement>('input')?.focus();
    if (this.confirming) this.renderRoot.querySelector<HTMLButtonElement>('.danger')?.focus();
  }

  private renderThread(thread: ThreadMetadata) {
    const s = this.strings;
    const title = thread.title || s.t('history.untitled');
    if (this.editing === thread.id) {
      return html`<li class="current">
        <input
          aria-label=${s.t('history.titleField')}
          .value=${thread.title ?? ''}
          @keydown=${(e: KeyboardEvent) => this.handleRenameKey(e, thread)}
          @blur=${(e: Event) => void this.commitRename(thread, e.target as HTMLInputElement)}
        />
      </li>`;
    }
    if (this.confirming === thread.id) {
      return html`<li
        class="current confirm"
        role="group"
        aria-label=${s.t('history.confirmDelete', { title })}
      >
        <span class="open" dir="auto">${s.t('history.confirmDelete', { title })}</span>
        <button
          class="text-button danger"
          type="button"
          @click=${() => void this.deleteThread(thread)}
        >
          ${s.t('history.delete')}
        </button>
        <button class="text-button" type="button" @click=${() => (this.confirming = null)}>
          ${s.t('history.cancel')}
        </button>
      </li>`;
    }
    return html`<li class=${thread.id === this.currentId ? 'current' : ''}>
      <button
        class="open"
        type="button"
        aria-current=${thread.id === this.currentId ? 'true' : 'false'}
        @click=${() => this.actions?.select(thread.id)}
      >
        <span class="title" dir="auto">${title}</span>
        <span class="when">${this.formatWhen(thread)}</span>
      </button>
      ${
        this.showRename
          ? html`<button
              class="icon-button"
              type="button"
              aria-label=${s.t('history.renameThread', { title })}
              title=${s.t('history.rename')}
              @click=${() => (this.editing = thread.id)}
            >
              ${iconOf(PENCIL, 16)}
            </button>`
          : nothing
      }
      ${
        this.showDelete
          ? html`<button
              class="icon-button"
              type="button"
              aria-label=${s.t('history.deleteThread', { title })}
              title=${s.t('history.delete')}
              @click=${() => (this.confirming = thread.id)}
            >
              ${iconOf(TRASH, 16)}
            </button>`
          : nothing
      }
    </li>`;
  }

  override render() {
    return html`<div class="history-header">
        ${heading(this.headingLevel, 'title', this.strings.t('history.title'))}
        <button
          class="close"
          type="button"
          aria-label=${this.strings.t('history.close')}
          @click=${() => this.actions?.close()}
        >
          ${icon('close')}
        </button>
      </div>
      ${this.renderList()}`;
  }

  private renderList() {
    const list = this.threads;
    const s = this.strings;
    if (this.error) return html`<div class="state error" role="alert">${this.error}</div>`;
    if (!list?.loaded)
      return html`<div class="state" role="status">${s.t('history.loading')}</div>`;
    if (!list.threads.length) return html`<div class="state">${s.t('history.empty')}</div>`;
    return html`<ul class="list" aria-label=${s.t('history.list')}>
      ${list.threads.map((t) => this.renderThread(t))}
      ${
        list.hasMore
          ? html`<li>
              <button
                class="more"
                type="button"
                ?disabled=${this.loading}
                @click=${() => void this.actions?.loadMore()}
              >
                ${this.loading ? s.t('history.loadingMore') : s.t('history.showMore')}
              </button>
            </li>`
          : nothing
      }
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cw-history': CwHistory;
  }
}
