import { css } from 'lit';

/** Image: frame, flush and the broken state. */
export const imageStyles = css`
  .image {
    display: block;
    max-width: 100%;
    min-width: 0;
    flex: none;
  }
  .image.frame {
    border: 1px solid var(--cw-color-border);
    border-radius: var(--cw-radius-m);
  }
  .image.broken {
    visibility: hidden;
  }
  /* An image the URL policy refused: a neutral box with the alt text, never a blank. */
  .image.refused {
    display: flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    min-height: 48px;
    padding: 8px;
    overflow: hidden;
    background: var(--cw-color-surface-secondary);
    border: 1px dashed var(--cw-color-border-strong);
    color: var(--cw-color-text-secondary);
    font-size: 0.85em;
    text-align: center;
  }
  .card-body > .image.flush {
    margin-inline: calc(var(--cw-widget-space-unit) * -4);
    max-width: none;
    width: calc(100% + var(--cw-widget-space-unit) * 8);
  }
`;
