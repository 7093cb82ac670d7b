import { css, unsafeCSS } from 'lit';

import { OWN_TYPOGRAPHY } from '../theme/tokens.js';

/** Layout of `<chat-widgets>`: header, body, history panel, footer. Colours come from the theme tokens only. */
export const chatWidgetsStyles = css`
  :host {
    display: block;
    position: relative;
    height: 100%;
    min-height: 360px;
    color: var(--cw-color-text);
    background: var(--cw-color-surface);
    font-family: var(--cw-font-body);
    font-size: var(--cw-font-size);
    line-height: 1.5;
    contain: content;
  }
  /* The host's typography, which the page may override, is not inherited (OWN_TYPOGRAPHY). */
  .base {
    ${unsafeCSS(OWN_TYPOGRAPHY)}
    line-height: 1.5;
    display: flex;
    flex-direction: column;
    height: 100%;
    min-height: inherit;
  }
  header {
    display: flex;
    align-items: center;
    gap: var(--cw-space-xs);
    padding: var(--cw-space-s) var(--cw-space-m);
    min-height: 52px;
    border-bottom: 1px solid var(--cw-color-border);
  }
  header .title {
    flex: 1;
    margin: 0;
    font-size: 1em;
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    padding-inline: var(--cw-space-xs);
  }
  .icon-button {
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
  .icon-button:hover {
    background: var(--cw-color-surface-secondary);
    color: var(--cw-color-text);
  }
  .body {
    position: relative;
    flex: 1;
    min-height: 0;
    display: flex;
    flex-direction: column;
  }
  .scroller {
    flex: 1;
    display: flex;
    flex-direction: column;
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  .history {
    position: absolute;
    inset: 0;
    z-index: 2;
    display: flex;
    flex-direction: column;
    background: var(--cw-color-surface);
  }
  footer {
    padding: 0 var(--cw-space-l) var(--cw-space-m);
  }
  footer > * {
    max-width: var(--cw-thread-max-width, 760px);
    margin-inline: auto;
  }
  .disclaimer {
    margin-top: var(--cw-space-s);
    font-size: 0.8em;
    text-align: center;
    color: var(--cw-color-text-tertiary);
  }
  .disclaimer.high-contrast {
    color: var(--cw-color-text);
  }
  .banner {
    display: flex;
    gap: var(--cw-space-s);
    align-items: center;
    padding: var(--cw-space-m) var(--cw-space-l);
    border-radius: var(--cw-radius-l);
    background: var(--cw-color-surface-secondary);
    color: var(--cw-color-text-secondary);
  }
`;
