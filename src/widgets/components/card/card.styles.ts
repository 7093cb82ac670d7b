import { css } from 'lit';

/** Card. */
export const cardStyles = css`
  .card {
    background: var(--cw-color-surface-elevated);
    border: 1px solid var(--cw-color-border);
    border-radius: var(--cw-widget-radius, var(--cw-radius-l));
    box-shadow: var(--cw-shadow-s);
    overflow: hidden;
    width: 100%;
  }
  .card.size-sm {
    max-width: 360px;
  }
  .card.size-md {
    max-width: 480px;
  }
  .card.size-lg {
    max-width: 640px;
  }
  .card-body {
    display: flex;
    flex-direction: column;
    gap: calc(var(--cw-widget-space-unit) * 3);
    padding: calc(var(--cw-widget-space-unit) * 4);
  }
  .card-form {
    display: contents;
  }
  .card-footer {
    display: flex;
    justify-content: flex-end;
    gap: 8px;
    padding: 0 calc(var(--cw-widget-space-unit) * 4) calc(var(--cw-widget-space-unit) * 4);
  }
  .card-footer.spaced {
    padding-top: calc(var(--cw-widget-space-unit) * 4);
  }
`;
