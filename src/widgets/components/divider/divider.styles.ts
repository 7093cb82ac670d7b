import { css } from 'lit';

/** Divider. */
export const dividerStyles = css`
  .divider {
    border: 0;
    border-top: 1px solid var(--cw-color-border);
    margin: 0;
    align-self: stretch;
  }
  .card-body > .divider.flush {
    margin-inline: calc(var(--cw-widget-space-unit) * -4);
  }
`;
