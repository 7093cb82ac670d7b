import { css } from 'lit';

/** ListViewItem. */
export const listViewItemStyles = css`
  .list-item {
    display: flex;
    align-items: center;
    gap: calc(var(--cw-widget-space-unit) * 3);
    padding: calc(var(--cw-widget-space-unit) * 3) calc(var(--cw-widget-space-unit) * 4);
  }
  .list-item + .list-item {
    border-top: 1px solid var(--cw-color-border-subtle);
  }
  .list-item.interactive {
    cursor: pointer;
    transition: background var(--cw-duration-fast);
  }
  .list-item.interactive:hover {
    background: var(--cw-color-surface-secondary);
  }
  /* Drawn inside the row: a ListView's frame clips what lies outside it. */
  .list-item.interactive:focus-visible {
    outline-offset: -2px;
  }
  .list-item[aria-busy='true'] {
    opacity: 0.6;
  }
`;
