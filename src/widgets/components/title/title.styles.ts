import { css } from 'lit';

/** Title: sizes. */
export const titleStyles = css`
  .title {
    font-size: 1.125em;
    line-height: 1.3;
  }
  .title.size-xs {
    font-size: 0.875em;
  }
  .title.size-sm {
    font-size: 1em;
  }
  .title.size-lg {
    font-size: 1.25em;
  }
  .title.size-xl {
    font-size: 1.5em;
  }
  .title.size-2xl {
    font-size: 1.875em;
  }
  .title.size-3xl {
    font-size: 2.25em;
  }
  .title.size-4xl {
    font-size: 2.75em;
  }
  .title.size-5xl {
    font-size: 3.25em;
  }
`;
