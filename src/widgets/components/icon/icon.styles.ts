import { css } from 'lit';

/** Icon: the wrapper (the glyph's own `.icon` is shared: buttons and statuses draw icons too). */
export const iconStyles = css`
  .icon-wrap {
    display: inline-flex;
    flex: none;
    color: var(--cw-color-text-secondary);
  }
`;
