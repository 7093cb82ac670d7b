import { css } from 'lit';

/** Badge: sizes, colours and variants. */
export const badgeStyles = css`
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    width: fit-content;
    font-size: 0.75em;
    font-weight: 500;
    line-height: 1.2;
    padding: 3px 8px;
    border-radius: var(--cw-radius-s);
    white-space: nowrap;
    /* One line: a hostile label of thousands of characters is clipped at the container's edge. */
    max-width: 100%;
    overflow: hidden;
    --_c: var(--cw-color-text-secondary);
    --_bg: var(--cw-color-surface-secondary);
  }
  .badge.size-sm {
    font-size: 0.6875em;
    padding: 2px 6px;
  }
  .badge.size-lg {
    font-size: 0.875em;
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
