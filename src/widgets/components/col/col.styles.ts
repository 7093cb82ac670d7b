import { css } from 'lit';

/** Col: a shared `.box` (widget-base.styles.ts); an empty one takes no room and no gap. */
export const colStyles = css`
  .box.dir-col.empty {
    display: none;
  }
`;
