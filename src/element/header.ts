import { html, nothing } from 'lit';

import { heading } from './heading.js';

import type { HeaderAction, ResolvedConfig } from './options.js';
import type { Strings } from '../i18n/index.js';
import { icon } from '../icons/chrome-icons.js';
import { headerName, renderIcon } from './lazy-icon.js';

/** What the header's own buttons do. */
export interface HeaderHandlers {
  showHistory(): void;
  newThread(): void;
}

/** A host's header action: its `HeaderIcon` (from the lazy icon data) and a name in words. */
function renderAction(action: HeaderAction | null, side: 'left' | 'right', s: Strings) {
  if (!action) return nothing;
  const iconName = String(action.icon);
  return html`<button
    class="icon-button"
    type="button"
    aria-label=${headerName(iconName, s)}
    title=${headerName(iconName, s)}
    data-side=${side}
    @click=${() => action.onClick()}
  >
    ${renderIcon(action.icon, 18, 'icon', { set: 'header' })}
  </button>`;
}

/**
 * The header of `<chat-widgets>`: the title (the option's, else the thread's), the history and
 * new-chat buttons, and the host's `leftAction`/`rightAction`.
 */
export function renderHeader(
  { header, history }: Pick<ResolvedConfig, 'header' | 'history'>,
  threadTitle: string,
  handlers: HeaderHandlers,
  s: Strings,
  level = 2,
) {
  if (!header.enabled) return nothing;
  const title = header.titleEnabled ? (header.titleText ?? threadTitle) : '';
  // Inside the element's labelled region a <header> must not be a banner landmark (role none);
  // an empty title is a spacer, not an empty heading.
  return html`<header part="header" role="none">
    ${renderAction(header.leftAction, 'left', s)}
    ${title ? heading(level, 'title', title) : html`<span class="title"></span>`}
    ${
      history.enabled
        ? html`<button
            class="icon-button history-button"
            type="button"
            aria-label=${s.t('header.history')}
            title=${s.t('header.history')}
            @click=${() => handlers.showHistory()}
          >
            ${icon('history')}
          </button>`
        : nothing
    }
    <button
      class="icon-button new-thread"
      type="button"
      aria-label=${s.t('header.newChat')}
      title=${s.t('header.newChat')}
      @click=${() => handlers.newThread()}
    >
      ${icon('compose')}
    </button>
    ${renderAction(header.rightAction, 'right', s)}
  </header>`;
}
