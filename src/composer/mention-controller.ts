// The English words of this lazy part come with it.
import '../i18n/en-parts.js';
import type { Strings } from '../i18n/index.js';
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

import type { EditorController } from './editor-controller.js';
import type { Caret, Mention } from './editor-model.js';
import { mentionAtCaret, pickEntity, startMention } from './mention-editing.js';
import { EntitySearchController } from './entity-search-controller.js';
import type { EntitySearch } from './entity-search-controller.js';
import type { Entity } from './types.js';
import { lazyElement } from '../internal/lazy-elements.js';

/** The id of the mention listbox (`<cw-mention-menu>`), for the editor's `aria-controls`. */
export const MENTION_LIST_ID = 'mention-list';

/** The id of an option of the mention listbox, for the editor's `aria-activedescendant`. */
export const mentionOptionId = (index: number): string => `mention-${index}`;

/**
 * @-mentions in the composer's editor: finds the `@query` at the caret, runs the entity search,
 * and keeps the menu's open state and active option; the keys of an open menu (arrows, Enter, Tab,
 * Escape) go through `keydown`. Closes (and aborts its search) on disconnect.
 */
export class MentionController implements ReactiveController {
  open = false;
  index = 0;
  private mention: Mention | null = null;
  private readonly entitySearch: EntitySearchController;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly strings: Strings },
    /** The composer's editor, where picked entities become chips. */
    private readonly editor: () => EditorController,
  ) {
    this.entitySearch = new EntitySearchController(host);
    host.addController(this);
  }

  /** The search in force; `null` turns mentions off. */
  get search(): EntitySearch | null {
    return this.entitySearch.search;
  }
  set search(search: EntitySearch | null) {
    this.entitySearch.search = search;
    if (!search) this.close();
  }

  /** The results shown. */
  get results(): readonly Entity[] {
    const state = this.entitySearch.state;
    return state.status === 'done' || state.status === 'loading' ? state.results : [];
  }

  /** Opens, updates or closes the menu for the mention at the caret. */
  update(caret: Caret | null): void {
    if (!this.search) return;
    const mention = mentionAtCaret(caret);
    this.mention = mention;
    if (!mention) {
      this.close();
      return;
    }
    this.open = true;
    this.index = 0;
    this.entitySearch.run(mention.query);
  }

  close(): void {
    if (!this.open && this.entitySearch.state.status === 'idle') return;
    this.open = false;
    this.mention = null;
    this.entitySearch.cancel();
  }

  /** Handles a key of the editor; true when the menu took it. */
  keydown(e: KeyboardEvent): boolean {
    const results = this.results;
    if (this.open && results.length) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        const n = results.length;
        this.index = (this.index + (e.key === 'ArrowDown' ? 1 : -1) + n) % n;
        this.host.requestUpdate();
        return true;
      }
      if ((e.key === 'Enter' || e.key === 'Tab') && !e.isComposing) {
        e.preventDefault();
        const entity = results[this.index];
        if (entity) this.choose(entity);
        return true;
      }
    }
    if (this.open && e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.close();
      return true;
    }
    return false;
  }

  private readonly choose = (entity: Entity): void => {
    pickEntity(this.editor(), entity, this.mention);
    this.close();
  };

  hostDisconnected(): void {
    this.open = false;
    this.mention = null;
  }

  /** The editor's combobox attributes (none without a search). */
  get aria(): {
    role: string;
    autocomplete?: string;
    expanded?: string;
    controls?: string;
    activedescendant?: string;
  } {
    if (!this.search) return { role: 'textbox' };
    return {
      role: 'combobox',
      autocomplete: 'list',
      expanded: this.open ? 'true' : 'false',
      ...(this.open ? { controls: MENTION_LIST_ID } : {}),
      ...(this.open && this.results.length
        ? { activedescendant: mentionOptionId(this.index) }
        : {}),
    };
  }

  /** The "@" button that starts a mention (`entities.showComposerMenu`). */
  renderButton() {
    return html`<button
      class="chip plus"
      type="button"
      aria-label=${this.host.strings.t('composer.mention')}
      title=${this.host.strings.t('composer.mention')}
      @click=${() => startMention(this.editor())}
    >
      @
    </button>`;
  }

  /** The menu, while open. */
  render(): unknown {
    if (!this.open) return nothing;
    // The menu is a lazy chunk: the keys and the open state live here, so a mention typed before
    // it arrives opens it, at its active option, once it does.
    return lazyElement(
      'cw-mention-menu',
      html`<cw-mention-menu
        .strings=${this.host.strings}
        .search=${this.entitySearch.state}
        .activeIndex=${this.index}
        .onPick=${this.choose}
      ></cw-mention-menu>`,
      html`<p class="lazy-fallback" role="note">${this.host.strings.t('fallback.suggestions')}</p>`,
    );
  }
}
