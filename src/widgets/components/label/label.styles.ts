import { css } from 'lit';

/** Label: sizes. */
export const labelStyles = css`
  .label.size-xs {
    font-size: 0.75em;
  }
  .label.size-sm {
    font-size: 0.875em;
  }
  .label {
    display: block;
    font-weight: 500;
  }
`;
