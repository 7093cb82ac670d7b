import { css } from 'lit';

/** Select: the wrapper and the chevron (the box is the shared `.control`). */
export const selectStyles = css`
  .select-wrap {
    position: relative;
    display: inline-flex;
    align-items: center;
    min-width: 0;
  }
  .select-wrap.block {
    display: flex;
    width: 100%;
  }
  .select-wrap.block select {
    flex: 1;
  }
  select.control {
    appearance: none;
    padding-right: 30px;
  }
  .select-chevron {
    position: absolute;
    right: 10px;
    transform: rotate(90deg);
    pointer-events: none;
    color: var(--cw-color-text-secondary);
  }
`;
