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
    margin-left: 2px;
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
  .editable-text {
    width: 100%;
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid transparent;
    border-radius: var(--cw-radius-s);
    padding: 2px 6px;
    margin: -3px -7px;
    resize: vertical;
  }
  .editable-text:hover {
    border-color: var(--cw-color-border);
  }
  .editable-text:focus {
    outline: none;
    border-color: var(--cw-color-border-strong);
    background: var(--cw-color-surface);
  }
  @media (prefers-reduced-motion: reduce) {
    .text.streaming::after {
      animation: none;
    }
  }
`;
