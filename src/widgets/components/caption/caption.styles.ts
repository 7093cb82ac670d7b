import { css } from 'lit';

/** Caption: colour and sizes. */
export const captionStyles = css`
  .caption {
    font-size: 0.8125em;
    color: var(--cw-color-text-secondary);
  }
  .caption.size-sm {
    font-size: 0.75em;
  }
  .caption.size-lg {
    font-size: 0.875em;
  }
`;
