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
  /* Invalid (after a submit, or marked by the host): the box's edge in the danger colour, drawn
     over the native edge (an inset outline; the box keeps its native look otherwise). The focus
     ring, an outline too, takes its place while the control has the keyboard focus. */
  .checkbox input:is(:user-invalid, [aria-invalid='true']):not(:focus-visible) {
    border-radius: 3px;
    outline: 2px solid var(--cw-color-danger);
    outline-offset: -2px;
  }
  .checkbox.disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
`;
