import { css } from 'lit';

/** Spacer. */
export const spacerStyles = css`
  .spacer {
    flex: 1 1 auto;
  }
`;
