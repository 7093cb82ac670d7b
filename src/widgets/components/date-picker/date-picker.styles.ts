import { css } from 'lit';

/**
 * DatePicker: the host, the trigger (a shared `.control` box: calendar icon and value as flex
 * items), the clear button, the hidden native date input and the calendar popup.
 */
export const datePickerStyles = css`
  cw-date-picker {
    display: inline-flex;
    min-width: 0;
    max-width: 100%;
  }
  cw-date-picker.block {
    display: flex;
    width: 100%;
  }
  .date-wrap {
    position: relative;
    display: flex;
    flex: 1 1 auto;
    min-width: 0;
  }
  .date-trigger {
    display: flex;
    align-items: center;
    gap: 8px;
    flex: 1 1 auto;
    min-width: 0;
    width: 100%;
    text-align: start;
    cursor: pointer;
  }
  .date-trigger:focus-visible {
    outline: none;
    border-color: var(--cw-color-focus);
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--cw-color-focus) 20%, transparent);
  }
  .date-trigger[aria-invalid='true'] {
    border-color: var(--cw-color-danger);
  }
  .date-icon {
    flex: none;
    color: var(--cw-color-text-secondary);
  }
  .date-value {
    flex: 1 1 auto;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .date-value.placeholder {
    color: var(--cw-color-text-tertiary);
  }
  .date-clear-space {
    flex: none;
    width: 18px;
  }
  .date-wrap .clear {
    position: absolute;
    top: 50%;
    inset-inline-end: 8px;
    transform: translateY(-50%);
    width: 22px;
    height: 22px;
    padding: 0;
    border: 0;
    border-radius: var(--cw-radius-full);
    background: none;
    color: var(--cw-color-text-secondary);
    font: inherit;
    font-size: 1.1em;
    line-height: 1;
    cursor: pointer;
  }
  .date-wrap .clear:hover {
    background: var(--cw-color-surface-secondary);
  }
  .date-wrap .clear:focus-visible {
    outline: 2px solid var(--cw-color-focus);
  }
  /* The value carrier: present for forms and validation, seen by no one. */
  .date-native {
    position: absolute;
    inset-inline-start: 0;
    bottom: 0;
    width: 100%;
    height: 1px;
    opacity: 0;
    pointer-events: none;
    border: 0;
    padding: 0;
  }
  .date-popup {
    display: none;
    position: fixed;
    z-index: 1000;
    inset: auto;
    margin: 0;
    padding: 8px;
    box-sizing: border-box;
    flex-direction: column;
    gap: 4px;
    color: var(--cw-color-text);
    background: var(--cw-color-surface-elevated, var(--cw-color-surface));
    border: 1px solid var(--cw-color-border);
    border-radius: var(--cw-radius-m);
    box-shadow: var(--cw-shadow-m);
    font: inherit;
    font-size: 0.875em;
  }
  .date-popup.open {
    display: flex;
  }
  .date-head {
    display: flex;
    align-items: center;
    gap: 4px;
  }
  .date-heading {
    flex: 1 1 auto;
    text-align: center;
    font-weight: 600;
  }
  .date-nav {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 32px;
    height: 32px;
    padding: 0;
    border: 0;
    border-radius: var(--cw-radius-s);
    background: none;
    color: var(--cw-color-text-secondary);
    cursor: pointer;
  }
  .date-nav:hover:not(:disabled) {
    background: var(--cw-color-surface-secondary);
    color: var(--cw-color-text);
  }
  .date-nav:disabled {
    opacity: 0.4;
    cursor: not-allowed;
  }
  .date-nav:focus-visible,
  .date-day:focus-visible {
    outline: 2px solid var(--cw-color-focus);
    outline-offset: -2px;
  }
  /* Right to left (data-dir: the trigger's computed direction), the month arrows point outwards. */
  .date-popup[data-dir='rtl'] .date-nav-icon {
    transform: scaleX(-1);
  }
  .date-grid {
    border-collapse: collapse;
    table-layout: fixed;
  }
  .date-grid th {
    width: 36px;
    height: 28px;
    padding: 0;
    font-weight: 500;
    font-size: 0.875em;
    color: var(--cw-color-text-secondary);
    text-align: center;
  }
  .date-grid td {
    height: 36px;
    padding: 0;
    text-align: center;
  }
  .date-day {
    border-radius: var(--cw-radius-s);
    cursor: pointer;
    font-variant-numeric: tabular-nums;
  }
  .date-day:hover:not([aria-disabled='true']),
  .date-day.focused:not(.selected) {
    background: var(--cw-color-surface-secondary);
  }
  .date-day.today {
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 3px;
  }
  .date-day.selected {
    background: var(--cw-color-accent);
    color: var(--cw-color-on-accent);
  }
  .date-day[aria-disabled='true'] {
    color: var(--cw-color-text-tertiary);
    text-decoration: line-through;
    cursor: not-allowed;
  }
`;
