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
  /* The tertiary surface: the secondary one was nearly the list's own colour (light 1.10:1,
     dark 1.07:1 over the elevated surface). */
  .list-item.interactive:hover {
    background: var(--cw-color-surface-tertiary);
  }
  /* Drawn inside the row: a ListView's frame clips what lies outside it. */
  .list-item.interactive:focus-visible {
    outline-offset: -2px;
  }
  .list-item[aria-busy='true'] {
    opacity: 0.6;
  }
`;
