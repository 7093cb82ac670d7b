import { css } from 'lit';

/** RadioGroup and its radios. */
export const radioGroupStyles = css`
  .radio {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    cursor: pointer;
  }
  .radio input {
    width: 16px;
    height: 16px;
    margin: 0;
    accent-color: var(--cw-color-accent);
  }
  .radio.disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .radio-group {
    display: flex;
    gap: 8px 16px;
  }
  .radio-group.dir-col {
    flex-direction: column;
  }
  .radio-group.dir-row {
    flex-wrap: wrap;
  }
`;
