import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';

import { ENGLISH } from '../i18n/index.js';
import type { Strings } from '../i18n/index.js';

import type { EntitySearchState } from './entity-search-controller.js';
import type { Entity } from './types.js';
import { renderIcon } from '../widgets/icons.js';
import { adoptInto } from '../internal/lazy-parts.js';
import { mentionMenuStyles } from './mention-menu.styles.js';

// The ids live with the controller (a lazy chunk of its own, loaded when a search is configured).
import { MENTION_LIST_ID, mentionOptionId } from './mention-controller.js';
export { MENTION_LIST_ID, mentionOptionId };

/**
 * The @-mention suggestions: a listbox of entities, grouped under their `group`, with loading,
 * empty and error notes. The editor stays the combobox and keeps the focus; it points at the
 * active option with `aria-activedescendant`.
 *
 * It renders into the composer's shadow root (no shadow root of its own, `display: contents`):
 * `aria-controls` and `aria-activedescendant` are id references, which do not cross shadow roots.
 * Its styles (`mentionMenuStyles`) come with its chunk and are adopted by that shadow root.
 *
 * @summary The composer's @-mention suggestions.
 * @tagname cw-mention-menu
 */
export class CwMentionMenu extends LitElement {
  /** The search being shown. */
  @property({ attribute: false }) search: EntitySearchState = { status: 'idle' };
  /** The chat's strings (its language). */
  @property({ attribute: false }) strings: Strings = ENGLISH;

  /** The index of the active option. */
  @property({ type: Number }) activeIndex = 0;

  /** Called when an option is clicked. */
  @property({ attribute: false }) onPick: ((entity: Entity) => void) | null = null;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Its styles come with its chunk, into the shadow root it renders in (the composer's).
    adoptInto(this.getRootNode(), mentionMenuStyles);
  }

  override render() {
    const search = this.search;
    const results = search.status === 'done' || search.status === 'loading' ? search.results : [];
    let lastGroup: string | undefined;
    return html`<div
      class="mentions"
      role="listbox"
      id=${MENTION_LIST_ID}
      aria-label=${this.strings.t('composer.suggestions')}
    >
      ${results.map((entity, i) => {
        const heading = entity.group && entity.group !== lastGroup ? entity.group : null;
        lastGroup = entity.group;
        return html`${heading ? html`<div class="group" role="presentation">${heading}</div>` : nothing}
          <div
            class="option"
            role="option"
            id=${mentionOptionId(i)}
            aria-selected=${i === this.activeIndex ? 'true' : 'false'}
            @mousedown=${(e: Event) => e.preventDefault()}
            @click=${() => this.onPick?.(entity)}
          >
            ${entity.icon ? renderIcon(entity.icon, 16) : nothing}<span>${entity.title}</span>
          </div>`;
      })}
      ${search.status === 'loading' && !results.length ? html`<div class="note" role="status">${this.strings.t('composer.searching')}</div>` : nothing}
      ${search.status === 'done' && !results.length ? html`<div class="note" role="status">${this.strings.t('composer.noMatches')}</div>` : nothing}
      ${search.status === 'error' ? html`<div class="note" role="status">${this.strings.t('composer.searchFailed')}</div>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cw-mention-menu': CwMentionMenu;
  }
}
