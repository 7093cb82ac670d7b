import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

import { CwErrorEvent, emitChatEvent } from '../../events/index.js';
import { tagEntity } from '../entities.js';
import type { InputTag } from '../entities.js';
import { resolveGlobalFunction } from '../global-function.js';
import type { Entity, ResolvedConfig } from '../options.js';
import { lazyElement } from '../../internal/lazy-elements.js';

/** Where the handlers come from: the options' `entities`, else global functions by path. */
export interface TagHandlers {
  entities: ResolvedConfig['entities'];
  /** The `on-tag-click` global function path. */
  clickName: string;
  /** The `on-tag-preview` global function path. */
  previewName: string;
}

type PreviewHandler = (entity: Entity) => Promise<{ preview: unknown }>;

/**
 * The interactive tags in sent messages: a click calls `entities.onClick`; hover or focus asks
 * `entities.onRequestPreview` for a widget and shows it by the tag, until the pointer or focus
 * leaves. A slower answer for a tag the pointer already left is dropped. Global functions are
 * looked up at the moment they are needed, so a page may define them late.
 */
export class TagPreviewController implements ReactiveController {
  private preview: { widget: unknown; top: number; left: number } | null = null;
  private request = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly handlers: () => TagHandlers,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.request++;
    this.preview = null;
  }

  hostUpdated(): void {
    // Placed through the CSSOM (a strict CSP refuses style attribute text), after each render.
    const box = this.host.shadowRoot?.querySelector<HTMLElement>('.tag-preview');
    if (!box || !this.preview) return;
    box.style.top = `${Math.round(this.preview.top)}px`;
    box.style.left = `${Math.round(this.preview.left)}px`;
  }

  /** A tag was clicked. */
  click(tag: InputTag): void {
    if (!tag.interactive) return;
    const { entities, clickName } = this.handlers();
    const onClick =
      entities.onClick ?? (resolveGlobalFunction(clickName) as ((e: Entity) => void) | null);
    onClick?.(tagEntity(tag));
  }

  /** Shows the preview of a tag by its anchor; a `null` anchor hides it. */
  async show(tag: InputTag, anchor: HTMLElement | null): Promise<void> {
    const request = ++this.request;
    if (!anchor || !tag.interactive) {
      this.setPreview(null);
      return;
    }
    const { entities, previewName } = this.handlers();
    const onPreview =
      entities.onRequestPreview ?? (resolveGlobalFunction(previewName) as PreviewHandler | null);
    if (!onPreview) return;
    try {
      const result = await onPreview(tagEntity(tag));
      if (request !== this.request) return; // The pointer moved on.
      const widget =
        result && typeof result === 'object' ? (result as { preview?: unknown }).preview : null;
      if (!widget) return;
      const box = anchor.getBoundingClientRect();
      const host = this.host.getBoundingClientRect();
      this.setPreview({
        widget,
        top: box.bottom - host.top + 6,
        left: Math.max(8, Math.min(box.left - host.left, host.width - 340)),
      });
    } catch (error) {
      emitChatEvent(this.host, CwErrorEvent, {
        error: error instanceof Error ? error : new Error(String(error)),
      });
    }
  }

  /** The preview tooltip, or nothing. */
  render(): unknown {
    const preview = this.preview;
    if (!preview) return nothing;
    return html`<div class="tag-preview" role="tooltip">
      ${lazyElement(
        'cw-widget',
        html`<cw-widget embedded .widget=${preview.widget}></cw-widget>`,
        html`<p class="lazy-fallback" role="note">The preview could not be loaded.</p>`,
      )}
    </div>`;
  }

  private setPreview(preview: TagPreviewController['preview']): void {
    if (preview === this.preview) return;
    this.preview = preview;
    this.host.requestUpdate();
  }
}
