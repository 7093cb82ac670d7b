import { html, nothing } from 'lit';

import type { HeaderAction, ResolvedConfig } from './options.js';
import { icon } from '../icons/chrome-icons.js';

/** What the header's own buttons do. */
export interface HeaderHandlers {
  showHistory(): void;
  newThread(): void;
}

function renderAction(action: HeaderAction | null, side: 'left' | 'right') {
  return action
    ? html`<button
        class="icon-button"
        type="button"
        aria-label=${action.icon}
        data-side=${side}
        @click=${() => action.onClick()}
      >
        ${icon(action.icon)}
      </button>`
    : nothing;
}

/**
 * The header of `<chat-widgets>`: the title (the option's, else the thread's), the history and
 * new-chat buttons, and the host's `leftAction`/`rightAction`.
 */
export function renderHeader(
  { header, history }: Pick<ResolvedConfig, 'header' | 'history'>,
  threadTitle: string,
  handlers: HeaderHandlers,
) {
  if (!header.enabled) return nothing;
  const title = header.titleEnabled ? (header.titleText ?? threadTitle) : '';
  return html`<header part="header">
    ${renderAction(header.leftAction, 'left')}
    <h2>${title}</h2>
    ${
      history.enabled
        ? html`<button
            class="icon-button history-button"
            type="button"
            aria-label="History"
            title="History"
            @click=${() => handlers.showHistory()}
          >
            ${icon('history')}
          </button>`
        : nothing
    }
    <button
      class="icon-button new-thread"
      type="button"
      aria-label="New chat"
      title="New chat"
      @click=${() => handlers.newThread()}
    >
      ${icon('compose')}
    </button>
    ${renderAction(header.rightAction, 'right')}
  </header>`;
}
