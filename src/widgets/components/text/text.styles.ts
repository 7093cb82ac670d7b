import { css } from 'lit';

/** Text: sizes, the streaming caret and the editable input. */
export const textStyles = css`
  .text.size-xs {
    font-size: 0.75em;
  }
  .text.size-sm {
    font-size: 0.875em;
  }
  .text.size-lg {
    font-size: 1.125em;
  }
  .text.size-xl {
    font-size: 1.25em;
  }
  .text.streaming::after {
    content: '';
    display: inline-block;
    width: 0.45em;
    height: 1em;
    margin-inline-start: 2px;
    vertical-align: text-bottom;
    background: currentColor;
    opacity: 0.5;
    animation: cw-blink 1s steps(2) infinite;
  }
  @keyframes cw-blink {
    50% {
      opacity: 0;
    }
  }
  /* An editable text reads like the text it edits: the field's box is the text's box (no padding,
     border or margin to shift the letters away from the text around it), a multi-line one has no
     resize grip, and hover and focus draw rings around that box, symmetric on every side. */
  .editable-text {
    display: block;
    box-sizing: border-box;
    width: 100%;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: 4px;
    font: inherit;
    line-height: inherit;
    letter-spacing: inherit;
    color: inherit;
    background: transparent;
    resize: none;
    outline-offset: 3px;
  }
  .editable-text:hover {
    outline: 1px solid var(--cw-color-border);
  }
  .editable-text:focus,
  .editable-text:focus-visible {
    outline: 2px solid var(--cw-color-focus);
    outline-offset: 3px;
  }
  .editable-text[data-autofocused]:focus {
    outline: 1px solid var(--cw-color-border);
  }
  @media (prefers-reduced-motion: reduce) {
    .text.streaming::after {
      animation: none;
    }
  }
`;
