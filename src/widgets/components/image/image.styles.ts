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
  .card-body > .image.flush {
    margin-inline: calc(var(--cw-widget-space-unit) * -4);
    max-width: none;
    width: calc(100% + var(--cw-widget-space-unit) * 8);
  }
`;
