import type { Strings } from '../i18n/index.js';
import { css, html, nothing } from 'lit';

import { icon } from '../icons/chrome-icons.js';

/**
 * The styles of the composer's notices (refused files, dictation errors) and of the dismiss button
 * they share with an upload. Only uploads and dictation raise notices: their chunks bring these
 * styles and `renderNotices`.
 */
export const noticeStyles = css`
  .rejections {
    position: relative;
    padding-block: 6px;
    padding-inline: 8px 26px;
    margin-top: 4px;
    border-radius: var(--cw-radius-s);
    background: var(--cw-color-danger-surface);
    color: var(--cw-color-danger);
    font-size: 0.85em;
  }
  .upload-remove {
    position: absolute;
    top: 4px;
    inset-inline-end: 4px;
    display: grid;
    place-items: center;
    border: 0;
    background: none;
    color: inherit;
    cursor: pointer;
    padding: 2px;
    border-radius: var(--cw-radius-s);
  }
`;

/** The notices, with a button that dismisses them (nothing when there are none). */
export function renderNotices(notices: readonly string[], dismiss: () => void, strings: Strings) {
  if (!notices.length) return nothing;
  return html`<div class="rejections" role="alert">
    ${notices.map((r) => html`<div>${r}</div>`)}
    <button
      class="upload-remove"
      type="button"
      aria-label=${strings.t('chat.dismiss')}
      @click=${dismiss}
    >
      ${icon('close', 14)}
    </button>
  </div>`;
}
