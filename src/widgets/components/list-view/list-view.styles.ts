import { css } from 'lit';

/** ListView. */
export const listViewStyles = css`
  .list-view {
    width: 100%;
    max-width: 560px;
  }
  .list-items {
    display: flex;
    flex-direction: column;
    border: 1px solid var(--cw-color-border);
    border-radius: var(--cw-widget-radius, var(--cw-radius-l));
    background: var(--cw-color-surface-elevated);
    overflow: hidden;
  }
  .show-more {
    margin-top: 8px;
    border: 0;
    background: none;
    color: var(--cw-color-text-secondary);
    font: inherit;
    font-size: 0.9em;
    cursor: pointer;
    padding: 4px 8px;
    border-radius: var(--cw-radius-s);
  }
  .show-more:hover {
    background: var(--cw-color-surface-secondary);
  }
`;
