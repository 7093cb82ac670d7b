import { css, unsafeCSS } from 'lit';

import { paletteCss } from '../theme/palette.js';
import { DARK_TOKENS, LIGHT_TOKENS, OWN_TYPOGRAPHY } from '../theme/tokens.js';

// The system tokens and the primitive palette, for a widget that brings its own.
const LIGHT = LIGHT_TOKENS + paletteCss(false);
const DARK = DARK_TOKENS + paletteCss(true);

/**
 * Styles every widget shares: the host, forced schemes, the busy root, flex boxes, icons and the
 * fallback. They come before the components' own styles (`components/<name>/<name>.styles.ts`).
 * Colours come from theme tokens only.
 */
export const widgetBaseStyles = css`
  :host {
    --cw-widget-space-unit: 4px;
    display: block;
    color: var(--cw-color-text);
    font-family: var(--cw-font-body);
    font-size: var(--cw-font-size, 15px);
    line-height: 1.45;
  }
  /* Outside <chat-widgets>, the element brings its own tokens. */
  :host(:not([embedded])) {
    ${unsafeCSS(LIGHT)}
    color-scheme: light;
  }
  :host(:not([embedded])[theme='dark']) {
    ${unsafeCSS(DARK)}
    color-scheme: dark;
  }
  /* On a page, the host's typography is the page's to override; the widget's text keeps its own
     (OWN_TYPOGRAPHY). Inside <chat-widgets> the chat's wrapper has done this already. */
  :host(:not([embedded])) .root {
    ${unsafeCSS(OWN_TYPOGRAPHY)}
    line-height: 1.45;
  }
  .theme-light {
    ${unsafeCSS(LIGHT)}
    color-scheme: light;
    color: var(--cw-color-text);
  }
  .theme-dark {
    ${unsafeCSS(DARK)}
    color-scheme: dark;
    color: var(--cw-color-text);
  }
  .root {
    position: relative;
    transition: opacity var(--cw-duration-normal);
    /* A word of thousands of characters wraps instead of overflowing (and of costing seconds of
       layout); inherited by every component, and into <cw-markdown> and <cw-chart>. */
    overflow-wrap: anywhere;
  }
  .widget-truncated {
    margin: 8px 0 0;
    font-size: 13px;
    color: var(--cw-color-text-secondary);
  }
  .root.busy {
    opacity: 0.55;
  }

  /* Flex boxes (Box, Row, Col, Form, Basic) and directions (RadioGroup too) */
  .box {
    display: flex;
    min-width: 0;
  }
  .dir-col {
    flex-direction: column;
  }
  .dir-row {
    flex-direction: row;
    align-items: center;
  }

  p,
  h3 {
    margin: 0;
  }
  .icon {
    display: block;
    flex: none;
  }

  /* Fallback */
  .widget-fallback {
    border: 1px dashed var(--cw-color-border-strong);
    border-radius: var(--cw-radius-m);
    padding: 8px 12px;
    color: var(--cw-color-text-secondary);
    font-size: 0.875em;
  }
  code {
    font-family: var(--cw-font-mono);
  }
  /* A lazy component whose chunk is on its way: a quiet block of a control's height. */
  .widget-loading {
    min-height: 2.25rem;
    border-radius: var(--cw-radius-m);
    background: var(--cw-color-surface-secondary);
    opacity: 0.6;
  }
  .widget-loading-label {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** Styles that come after every component's own: focus rings and `hidden`. */
export const widgetEndStyles = css`
  :focus-visible {
    outline: 2px solid var(--cw-color-focus);
    outline-offset: 2px;
  }
  [hidden] {
    display: none !important;
  }
`;
