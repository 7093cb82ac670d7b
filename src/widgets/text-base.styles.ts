import { css } from 'lit';

/** What Text, Title, Caption and Label share; before their own styles. */
export const textBaseStyles = css`
  .text,
  .title,
  .caption,
  .label {
    min-width: 0;
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }
`;

/**
 * Weight and the other text modifiers. They come after the components' own styles, so that they
 * win over a component's default (a Label's weight, a text's `pre-wrap` under `truncate`).
 */
export const textModifierStyles = css`
  .weight-normal {
    font-weight: 400;
  }
  .weight-medium {
    font-weight: 500;
  }
  .weight-semibold {
    font-weight: 600;
  }
  .weight-bold {
    font-weight: 700;
  }
  .italic {
    font-style: italic;
  }
  .line-through {
    text-decoration: line-through;
  }
  .truncate {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .clamp {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
`;
