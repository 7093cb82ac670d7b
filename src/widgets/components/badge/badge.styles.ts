import { css } from 'lit';

/** Badge: sizes, colours and variants. */
export const badgeStyles = css`
  .badge {
    /* A block of one line, so that a long label ends in an ellipsis. */
    display: inline-block;
    vertical-align: middle;
    width: fit-content;
    /* Sized from the widget's base size, not the parent's: inside a table (whose text is smaller)
       or a small Text the badge keeps its size instead of shrinking again. */
    font-size: calc(var(--cw-font-size, 15px) * 0.75);
    font-weight: 500;
    line-height: 1.2;
    padding: 3px 8px;
    border-radius: var(--cw-radius-s);
    white-space: nowrap;
    /* One line: a hostile label of thousands of characters is clipped at the container's edge. */
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    /* A short label keeps its width in a full Row; a long one gives way (down to an ellipsis). */
    flex-shrink: 0;
  }
  .badge.long {
    flex-shrink: 1;
    min-width: 4em;
    --_c: var(--cw-color-text-secondary);
    --_bg: var(--cw-color-surface-secondary);
  }
  .badge.size-sm {
    font-size: calc(var(--cw-font-size, 15px) * 0.6875);
    padding: 2px 6px;
  }
  .badge.size-lg {
    font-size: calc(var(--cw-font-size, 15px) * 0.875);
    padding: 4px 10px;
  }
  .badge.pill {
    border-radius: 999px;
  }
  .badge.color-success {
    --_c: var(--cw-color-success);
    --_bg: var(--cw-color-success-surface);
  }
  .badge.color-danger {
    --_c: var(--cw-color-danger);
    --_bg: var(--cw-color-danger-surface);
  }
  .badge.color-warning {
    --_c: var(--cw-color-warning);
    --_bg: var(--cw-color-warning-surface);
  }
  .badge.color-info {
    --_c: var(--cw-color-info);
    --_bg: var(--cw-color-info-surface);
  }
  .badge.color-discovery {
    --_c: var(--cw-color-discovery);
    --_bg: var(--cw-color-discovery-surface);
  }
  .badge.variant-soft {
    color: var(--_c);
    background: var(--_bg);
  }
  .badge.variant-solid {
    color: var(--cw-color-surface);
    background: var(--_c);
  }
  .badge.variant-outline {
    color: var(--_c);
    border: 1px solid currentColor;
    background: transparent;
  }
`;
