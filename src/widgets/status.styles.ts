import { css } from 'lit';

/** The status header of Card and ListView. */
export const statusStyles = css`
  .status {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 10px calc(var(--cw-widget-space-unit) * 4);
    font-size: 0.85em;
    color: var(--cw-color-text-secondary);
    border-bottom: 1px solid var(--cw-color-border-subtle);
  }
  .favicon {
    width: 16px;
    height: 16px;
    border-radius: 4px;
    object-fit: cover;
  }
  .favicon.refused {
    display: inline-block;
    background: var(--cw-color-surface-tertiary);
    border: 1px dashed var(--cw-color-border-strong);
    box-sizing: border-box;
  }
  .favicon.framed {
    padding: 2px;
    border: 1px solid var(--cw-color-border);
    background: var(--cw-color-surface);
    box-sizing: content-box;
  }
`;
