import type { Strings } from '../../i18n/index.js';
import { css, html, nothing } from 'lit';
import type { ReactiveControllerHost } from 'lit';

import { CwErrorEvent, emitChatEvent } from '../../events/index.js';
import { lazyElement } from '../../internal/lazy-elements.js';
import { tagEntity } from '../entities.js';
import type { InputTag } from '../entities.js';
import type { Entity } from '../options.js';

/** Asks the page for a tag's preview widget (`entities.onRequestPreview`). */
export type PreviewHandler = (entity: Entity) => Promise<{ preview: unknown }>;

/** The tooltip's styles, adopted into the chat's shadow root with this chunk. */
export const tagPreviewStyles = css`
  .tag-preview {
    position: absolute;
    z-index: 10;
    width: 320px;
    max-width: calc(100% - 16px);
    pointer-events: none;
    filter: drop-shadow(var(--cw-shadow-m));
  }
`;

/** The tooltip's width (as its style: 320 px, less when the chat is narrower) and its margin. */
const PREVIEW_WIDTH = 320;
const PREVIEW_MARGIN = 8;

/**
 * The tooltip's left offset in the chat: its start edge on the tag's (the left edge, or the right
 * edge right to left, where the tag reads from the right), kept 8 px inside the chat's edges.
 */
export function previewLeft(
  tag: { left: number; right: number },
  chat: { left: number; width: number },
  rtl: boolean,
): number {
  const width = Math.min(PREVIEW_WIDTH, chat.width - 2 * PREVIEW_MARGIN);
  const start = rtl ? tag.right - chat.left - width : tag.left - chat.left;
  return Math.max(PREVIEW_MARGIN, Math.min(start, chat.width - PREVIEW_MARGIN - width));
}

/**
 * The preview of an interactive tag (a lazy chunk: the first hover or focus of a tag, with a
 * preview handler configured, loads it): asks the handler for a widget and shows it by the tag.
 * `TagPreviewController` decides when, and whether an answer is still wanted.
 */
export class TagPreview {
  private preview: { widget: unknown; top: number; left: number } | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  /** Asks for the preview of `tag` and shows it by `anchor`, unless `current()` says it is stale. */
  async show(
    tag: InputTag,
    anchor: HTMLElement,
    onPreview: PreviewHandler,
    current: () => boolean,
  ): Promise<void> {
    try {
      const result = await onPreview(tagEntity(tag));
      if (!current()) return; // The pointer moved on.
      const widget =
        result && typeof result === 'object' ? (result as { preview?: unknown }).preview : null;
      if (!widget) return;
      const box = anchor.getBoundingClientRect();
      const host = this.host.getBoundingClientRect();
      const rtl = getComputedStyle(anchor).direction === 'rtl';
      this.set({ widget, top: box.bottom - host.top + 6, left: previewLeft(box, host, rtl) });
    } catch (error) {
      emitChatEvent(this.host, CwErrorEvent, {
        error: error instanceof Error ? error : new Error(String(error)),
      });
    }
  }

  hide(): void {
    this.set(null);
  }

  /** Places the tooltip through the CSSOM (a strict CSP refuses style attribute text). */
  place(): void {
    const box = this.host.shadowRoot?.querySelector<HTMLElement>('.tag-preview');
    if (!box || !this.preview) return;
    box.style.top = `${Math.round(this.preview.top)}px`;
    box.style.left = `${Math.round(this.preview.left)}px`;
  }

  /** The preview tooltip, or nothing. */
  render(strings: Strings): unknown {
    if (!this.preview) return nothing;
    return html`<div class="tag-preview" role="tooltip">
      ${lazyElement(
        'cw-widget',
        html`<cw-widget embedded .widget=${this.preview.widget}></cw-widget>`,
        html`<p class="lazy-fallback" role="note">${strings.t('fallback.preview')}</p>`,
      )}
    </div>`;
  }

  private set(preview: TagPreview['preview']): void {
    if (preview === this.preview) return;
    this.preview = preview;
    this.host.requestUpdate();
  }
}
