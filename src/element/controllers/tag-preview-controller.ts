import type { Strings } from '../../i18n/index.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

import { adoptInto, requirePart } from '../../internal/lazy-parts.js';
import { tagEntity } from '../entities.js';
import type { InputTag } from '../entities.js';
import { resolveGlobalFunction } from '../global-function.js';
import type { Entity, ResolvedConfig } from '../options.js';
import type { PreviewHandler, TagPreview } from './tag-preview.js';

/** Where the handlers come from: the options' `entities`, else global functions by path. */
export interface TagHandlers {
  entities: ResolvedConfig['entities'];
  /** The `on-tag-click` global function path. */
  clickName: string;
  /** The `on-tag-preview` global function path. */
  previewName: string;
}

/**
 * The interactive tags in sent messages: a click calls `entities.onClick`; hover or focus asks
 * `entities.onRequestPreview` for a widget and shows it by the tag, until the pointer or focus
 * leaves. A slower answer for a tag the pointer already left is dropped. Global functions are
 * looked up at the moment they are needed, so a page may define them late. The preview itself is
 * a chunk of its own (tag-preview.ts), loaded by the first tag hovered with a handler configured.
 */
export class TagPreviewController implements ReactiveController {
  private part: TagPreview | null = null;
  private request = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly handlers: () => TagHandlers,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.request++;
    this.part?.hide();
  }

  hostUpdated(): void {
    this.part?.place();
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
      this.part?.hide();
      return;
    }
    const { entities, previewName } = this.handlers();
    const onPreview =
      entities.onRequestPreview ?? (resolveGlobalFunction(previewName) as PreviewHandler | null);
    if (!onPreview) return;
    const chunk = await requirePart('tag-preview', () => import('./tag-preview.js'));
    if (!chunk || request !== this.request) return;
    if (!this.part) {
      adoptInto(this.host.shadowRoot!, chunk.tagPreviewStyles);
      this.part = new chunk.TagPreview(this.host);
    }
    await this.part.show(tag, anchor, onPreview, () => request === this.request);
  }

  /** The preview tooltip, or nothing. */
  render(strings: Strings): unknown {
    return this.part?.render(strings);
  }
}
