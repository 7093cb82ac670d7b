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
  /* Invalid (after a submit, or marked by the host): the box's edge in the danger colour, drawn
     over the native edge (an inset outline; the box keeps its native look otherwise). The focus
     ring, an outline too, takes its place while the control has the keyboard focus. */
  .radio input:is(:user-invalid, [aria-invalid='true']):not(:focus-visible) {
    border-radius: 50%;
    outline: 2px solid var(--cw-color-danger);
    outline-offset: -2px;
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
