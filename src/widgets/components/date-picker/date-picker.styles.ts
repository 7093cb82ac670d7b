import { css } from 'lit';

/** DatePicker: the wrapper and the clear button (the box is the shared `.control`). */
export const datePickerStyles = css`
  .date-wrap {
    position: relative;
    display: inline-flex;
    align-items: center;
    min-width: 0;
  }
  .date-wrap.block {
    display: flex;
    width: 100%;
  }
  .date-wrap.block input {
    flex: 1;
  }
  .date-wrap .clear {
    position: absolute;
    right: 34px;
    border: 0;
    background: none;
    color: var(--cw-color-text-secondary);
    cursor: pointer;
    font-size: 1.1em;
  }
`;
