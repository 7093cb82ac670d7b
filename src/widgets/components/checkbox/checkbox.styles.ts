import { css } from 'lit';

/** Checkbox. */
export const checkboxStyles = css`
  .checkbox {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    cursor: pointer;
  }
  .checkbox input {
    width: 16px;
    height: 16px;
    margin: 0;
    accent-color: var(--cw-color-accent);
  }
  .checkbox.disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
`;
