import { css } from 'lit';

/** Button (the Card footer's buttons too): colours, variants, sizes, shapes, loading. */
export const buttonStyles = css`
  .btn {
    --_c: var(--cw-color-accent);
    --_on: var(--cw-color-on-accent);
    --_bg-soft: var(--cw-color-surface-secondary);
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    flex: none;
    font: inherit;
    font-weight: 500;
    font-size: 0.9375em;
    line-height: 1.2;
    padding: 8px 14px;
    min-height: 36px;
    border-radius: var(--cw-radius-m);
    border: 1px solid transparent;
    cursor: pointer;
    transition:
      background var(--cw-duration-fast),
      opacity var(--cw-duration-fast);
    white-space: nowrap;
  }
  .btn.color-secondary {
    --_c: var(--cw-color-text);
    --_on: var(--cw-color-surface);
  }
  .btn.color-info {
    --_c: var(--cw-color-info);
    --_on: var(--cw-color-on-color);
    --_bg-soft: var(--cw-color-info-surface);
  }
  .btn.color-discovery {
    --_c: var(--cw-color-discovery);
    --_on: var(--cw-color-on-color);
    --_bg-soft: var(--cw-color-discovery-surface);
  }
  .btn.color-success {
    --_c: var(--cw-color-success);
    --_on: var(--cw-color-on-color);
    --_bg-soft: var(--cw-color-success-surface);
  }
  .btn.color-caution,
  .btn.color-warning {
    --_c: var(--cw-color-warning);
    --_on: var(--cw-color-on-color);
    --_bg-soft: var(--cw-color-warning-surface);
  }
  .btn.color-danger {
    --_c: var(--cw-color-danger);
    --_on: var(--cw-color-on-color);
    --_bg-soft: var(--cw-color-danger-surface);
  }
  .btn.variant-solid {
    background: var(--_c);
    color: var(--_on);
  }
  .btn.variant-soft {
    background: var(--_bg-soft);
    color: var(--_c);
  }
  .btn.variant-outline {
    background: transparent;
    color: var(--_c);
    border-color: var(--cw-color-border-strong);
  }
  .btn.variant-ghost {
    background: transparent;
    color: var(--_c);
  }
  .btn.variant-outline:hover,
  .btn.variant-ghost:hover {
    background: var(--cw-color-surface-secondary);
  }
  .btn.variant-solid:hover,
  .btn.variant-soft:hover {
    opacity: 0.88;
  }
  .btn.size-3xs,
  .btn.size-2xs,
  .btn.size-xs {
    font-size: 0.75em;
    padding: 3px 8px;
    min-height: 24px;
  }
  .btn.size-sm {
    font-size: 0.875em;
    padding: 5px 10px;
    min-height: 30px;
  }
  .btn.size-lg {
    font-size: 1em;
    padding: 10px 18px;
    min-height: 42px;
  }
  .btn.size-xl,
  .btn.size-2xl,
  .btn.size-3xl {
    font-size: 1.0625em;
    padding: 12px 22px;
    min-height: 48px;
  }
  .btn.pill {
    border-radius: 999px;
  }
  .btn.block {
    width: 100%;
    flex: 1 1 auto;
  }
  .btn.uniform {
    padding: 0;
    width: 36px;
  }
  .btn.uniform.size-sm {
    width: 30px;
  }
  .btn.uniform.size-lg {
    width: 42px;
  }
  .btn:disabled {
    opacity: 0.45;
    cursor: not-allowed;
  }
  .btn.loading {
    cursor: progress;
  }
  .spinner {
    width: 14px;
    height: 14px;
    border-radius: 50%;
    border: 2px solid currentColor;
    border-right-color: transparent;
    animation: cw-spin 0.8s linear infinite;
  }
  @keyframes cw-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
`;
