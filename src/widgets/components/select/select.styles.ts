import { css } from 'lit';

/**
 * Select: the host, the trigger (a shared `.control` box with the value and the chevron as flex
 * items, so text ends in an ellipsis before the chevron), the clear button, the hidden native
 * select and the popup list.
 */
export const selectStyles = css`
  cw-select {
    display: inline-flex;
    min-width: 0;
    max-width: 100%;
  }
  cw-select.block {
    display: flex;
    width: 100%;
  }
  .select-wrap {
    position: relative;
    display: flex;
    flex: 1 1 auto;
    min-width: 0;
  }
  .select-trigger {
    display: flex;
    align-items: center;
    gap: 8px;
    flex: 1 1 auto;
    min-width: 0;
    width: 100%;
    text-align: start;
    cursor: pointer;
  }
  .select-trigger:focus-visible {
    outline: none;
    border-color: var(--cw-color-focus);
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--cw-color-focus) 20%, transparent);
  }
  .select-trigger[aria-invalid='true'] {
    border-color: var(--cw-color-danger);
  }
  .select-value {
    flex: 1 1 auto;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .select-value.placeholder {
    color: var(--cw-color-text-tertiary);
  }
  .select-chevron {
    flex: none;
    transform: rotate(90deg);
    color: var(--cw-color-text-secondary);
  }
  .select-clear-space {
    flex: none;
    width: 18px;
  }
  .select-clear {
    position: absolute;
    top: 50%;
    inset-inline-end: 28px;
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
  .select-clear:hover {
    background: var(--cw-color-surface-secondary);
  }
  .select-clear:focus-visible {
    outline: 2px solid var(--cw-color-focus);
  }
  /* The value carrier: present for forms and validation, seen by no one. */
  .select-native {
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
  .select-popup {
    display: none;
    position: fixed;
    z-index: 1000;
    inset: auto;
    margin: 0;
    padding: 4px;
    box-sizing: border-box;
    flex-direction: column;
    gap: 4px;
    overflow: hidden;
    color: var(--cw-color-text);
    background: var(--cw-color-surface-elevated, var(--cw-color-surface));
    border: 1px solid var(--cw-color-border);
    border-radius: var(--cw-radius-m);
    box-shadow: var(--cw-shadow-m);
    font: inherit;
    font-size: 0.9375em;
  }
  .select-popup.open {
    display: flex;
  }
  .select-search {
    font: inherit;
    color: inherit;
    background: var(--cw-color-surface-secondary);
    border: 1px solid transparent;
    border-radius: var(--cw-radius-s);
    padding: 6px 8px;
    min-width: 0;
  }
  .select-search:focus {
    outline: none;
    border-color: var(--cw-color-focus);
  }
  .select-list {
    flex: 1 1 auto;
    min-height: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  .select-option {
    display: flex;
    flex-direction: column;
    padding: 6px 8px;
    border-radius: var(--cw-radius-s);
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .select-option.active {
    background: var(--cw-color-surface-secondary);
  }
  .select-option[aria-selected='true'] {
    font-weight: 600;
  }
  .select-option[aria-disabled='true'] {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .select-option-description {
    font-size: 0.875em;
    font-weight: normal;
    color: var(--cw-color-text-secondary);
  }
  .select-empty {
    padding: 6px 8px;
    color: var(--cw-color-text-secondary);
  }
`;
