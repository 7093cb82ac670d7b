import { css, unsafeCSS } from 'lit';

/**
 * The light values of the system tokens (custom property declarations). The primitive palette
 * (palette.ts, `--cw-palette-red-500`…) is only the widgets': it comes with the widget layer's
 * chunk.
 */
export const LIGHT_TOKENS = `
    --cw-color-surface: #ffffff;
    --cw-color-surface-secondary: #f3f4f6;
    --cw-color-surface-tertiary: #e8eaee;
    --cw-color-surface-elevated: #ffffff;
    --cw-color-text: #0d0d0d;
    --cw-color-text-secondary: #5d5d5d;
    --cw-color-text-tertiary: #737373;
    --cw-color-border: #e3e5e8;
    --cw-color-border-strong: #c9ccd1;
    --cw-color-accent: #0d0d0d;
    --cw-color-on-accent: #ffffff;
    --cw-color-on-color: #ffffff;
    --cw-color-link: #0169cc;
    --cw-color-danger: #c4261c;
    --cw-color-danger-surface: #fef3f2;
    --cw-color-warning: #b54708;
    --cw-color-warning-surface: #fffaeb;
    --cw-color-info: #0169cc;
    --cw-color-info-surface: #eff8ff;
    --cw-color-success: #067647;
    --cw-color-success-surface: #ecfdf3;
    --cw-color-discovery: #7e22ce;
    --cw-color-discovery-surface: #f5f0ff;
    --cw-color-border-subtle: #eef0f2;
    --cw-color-user-bubble: #f3f4f6;
    --cw-color-focus: #0169cc;
    --cw-shadow-s: 0 1px 2px rgb(0 0 0 / 6%);
    --cw-shadow-m: 0 4px 16px rgb(0 0 0 / 10%);
    --cw-font-body:
      ui-sans-serif, -apple-system, system-ui, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif;
    --cw-font-mono: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    --cw-font-size: 15px;
    --cw-space-2xs: 2px;
    --cw-space-xs: 4px;
    --cw-space-s: 8px;
    --cw-space-m: 12px;
    --cw-space-l: 16px;
    --cw-space-xl: 24px;
    --cw-radius-s: 6px;
    --cw-radius-m: 10px;
    --cw-radius-l: 18px;
    --cw-radius-full: 999px;
    --cw-duration-fast: 120ms;
    --cw-duration-normal: 200ms;
`;

/** The dark values: the colour tokens that change. */
export const DARK_TOKENS = `
    --cw-color-surface: #212121;
    --cw-color-surface-secondary: #2f2f2f;
    --cw-color-surface-tertiary: #3a3a3a;
    --cw-color-surface-elevated: #2a2a2a;
    --cw-color-text: #ececec;
    --cw-color-text-secondary: #b4b4b4;
    --cw-color-text-tertiary: #9d9d9d;
    --cw-color-border: #3a3a3a;
    --cw-color-border-strong: #4d4d4d;
    --cw-color-accent: #ececec;
    --cw-color-on-accent: #0d0d0d;
    --cw-color-on-color: #0d0d0d;
    --cw-color-link: #7ab7ff;
    --cw-color-danger: #ff7b72;
    --cw-color-danger-surface: #3b1d1b;
    --cw-color-warning: #f5b656;
    --cw-color-warning-surface: #3a2a12;
    --cw-color-info: #7ab7ff;
    --cw-color-info-surface: #14283d;
    --cw-color-success: #4ac387;
    --cw-color-success-surface: #12301f;
    --cw-color-discovery: #c9a3ff;
    --cw-color-discovery-surface: #2a1d3d;
    --cw-color-border-subtle: #363636;
    --cw-color-user-bubble: #2f2f2f;
    --cw-color-focus: #7ab7ff;
    --cw-shadow-m: 0 4px 16px rgb(0 0 0 / 40%);
`;

/**
 * The system tokens, defined once on the root element and inherited by every nested shadow root.
 * Hosts restyle chat-widgets by setting these custom properties (`chat-widgets { --cw-color-accent:
 * … }`). Dark values apply with `theme="dark"`, or `theme="auto"` under a dark system preference.
 */
export const tokens = css`
  :host {
    ${unsafeCSS(LIGHT_TOKENS)}
    color-scheme: light;
  }
  :host([resolved-theme='dark']) {
    ${unsafeCSS(DARK_TOKENS)}
    color-scheme: dark;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --cw-duration-fast: 0ms;
      --cw-duration-normal: 0ms;
    }
  }
`;

/**
 * The element's own text settings, set (not inherited) on the wrapper inside the shadow root of
 * each element a page may hold directly (`<chat-widgets>`, `<cw-widget>`). A page's universal
 * selector (`* { font: 20px serif }`) does not cross a shadow boundary, but it does match the
 * host element, and inherited properties (font, line-height, colour, spacing, alignment,
 * transforms, white space) flow from the host into the shadow tree; rules on the host element
 * itself beat its `:host` rules. Setting them again on the wrapper keeps the element's typography
 * whatever the page says about the host. Hosts restyle text through the `--cw-*` tokens
 * (`--cw-font-body`, `--cw-font-size`, `--cw-color-text`). `direction` is left to the page (a
 * right-to-left page is right-to-left inside the element too), and so is `visibility`.
 */
export const OWN_TYPOGRAPHY = `
    color: var(--cw-color-text);
    font-family: var(--cw-font-body);
    font-size: var(--cw-font-size, 15px);
    font-weight: 400;
    font-style: normal;
    font-variant: normal;
    font-stretch: normal;
    font-kerning: auto;
    font-feature-settings: normal;
    font-variation-settings: normal;
    font-optical-sizing: auto;
    font-size-adjust: none;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    text-rendering: auto;
    white-space: normal;
    word-break: normal;
    hyphens: manual;
    tab-size: 8;
    writing-mode: horizontal-tb;
    text-orientation: mixed;
    cursor: auto;
    caret-color: auto;
    quotes: auto;
    -webkit-text-fill-color: currentcolor;
    -webkit-text-stroke-width: 0;
`;

/**
 * The reset shared by every element: border-box sizing and a working `hidden`. Inner boxes are
 * border-box outright rather than inheriting the host's sizing, which a page's universal rule
 * (`* { box-sizing: content-box }`) reaches.
 */
export const reset = css`
  :host {
    box-sizing: border-box;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  button {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--cw-color-focus);
    outline-offset: 2px;
  }
`;
