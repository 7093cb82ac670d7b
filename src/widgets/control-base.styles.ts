import { css } from 'lit';

/** What Input, Textarea, Select and DatePicker share: the `.control` box, sizes and variants. */
export const controlBaseStyles = css`
  .control {
    font: inherit;
    font-size: 0.9375em;
    color: var(--cw-color-text);
    background: var(--cw-color-surface);
    border: 1px solid var(--cw-color-border-strong);
    border-radius: var(--cw-radius-m);
    padding: 7px 10px;
    min-height: 36px;
    min-width: 0;
    transition:
      border-color var(--cw-duration-fast),
      background-color var(--cw-duration-fast),
      box-shadow var(--cw-duration-fast);
  }
  .control.variant-soft,
  .control.variant-solid {
    background: var(--cw-color-surface-secondary);
    border-color: transparent;
  }
  .control.variant-ghost {
    background: transparent;
    border-color: transparent;
  }
  /* Hover: an enabled field the pointer rests on, unless focus or an error already styles its
     border. An outlined field's border strengthens (a quarter of the way to the text colour);
     a filled one darkens (lightens in dark mode) its surface; a ghost one gains the soft
     surface. */
  .control:hover:not(:disabled, :focus, :user-invalid, [aria-invalid='true']) {
    border-color: color-mix(in srgb, var(--cw-color-border-strong) 75%, var(--cw-color-text));
  }
  .control.variant-soft:hover:not(:disabled, :focus, :user-invalid, [aria-invalid='true']),
  .control.variant-solid:hover:not(:disabled, :focus, :user-invalid, [aria-invalid='true']) {
    border-color: transparent;
    background: var(--cw-color-surface-tertiary);
  }
  .control.variant-ghost:hover:not(:disabled, :focus, :user-invalid, [aria-invalid='true']) {
    border-color: transparent;
    background: var(--cw-color-surface-secondary);
  }
  .control:focus {
    outline: none;
    border-color: var(--cw-color-focus);
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--cw-color-focus) 20%, transparent);
  }
  .control:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .control.pill {
    border-radius: 999px;
    padding-inline: 14px;
  }
  .control.block {
    width: 100%;
  }
  .control.size-xs,
  .control.size-2xs,
  .control.size-3xs {
    min-height: 26px;
    padding: 3px 8px;
    font-size: 0.8125em;
  }
  .control.size-sm {
    min-height: 30px;
    padding: 5px 9px;
    font-size: 0.875em;
  }
  .control.size-lg,
  .control.size-xl,
  .control.size-2xl,
  .control.size-3xl {
    min-height: 42px;
    font-size: 1em;
  }
  .control.gutter-2xs,
  .control.gutter-xs {
    padding-inline: 6px;
  }
  .control.gutter-lg,
  .control.gutter-xl {
    padding-inline: 14px;
  }
  .control:user-invalid {
    border-color: var(--cw-color-danger);
  }
`;
