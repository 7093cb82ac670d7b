import { css } from 'lit';

/** Styles of `<cw-tool-picker>`, adopted into the composer's shadow root (the picker has none) when the picker's chunk arrives. */
export const toolPickerStyles = css`
  cw-tool-picker {
    display: contents;
  }
  .menu-wrap {
    position: relative;
  }
  [role='menu'] {
    position: absolute;
    bottom: calc(100% + 6px);
    inset-inline-start: 0;
    z-index: 5;
    min-width: 200px;
    margin: 0;
    padding: 4px;
    list-style: none;
    background: var(--cw-color-surface-elevated);
    border: 1px solid var(--cw-color-border);
    border-radius: var(--cw-radius-m);
    box-shadow: var(--cw-shadow-m);
  }
  [role='menuitemradio'] {
    display: flex;
    align-items: center;
    gap: 8px;
    width: 100%;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    padding: 8px 10px;
    border-radius: var(--cw-radius-s);
    cursor: pointer;
  }
  [role='menuitemradio']:hover,
  [role='menuitemradio']:focus-visible {
    background: var(--cw-color-surface-secondary);
    outline: none;
  }
  [role='menuitemradio'][aria-checked='true'] {
    font-weight: 600;
  }
`;
