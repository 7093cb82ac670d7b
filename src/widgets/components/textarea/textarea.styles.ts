import { css } from 'lit';

/** Textarea: resizing (the box is the shared `.control`). */
export const textareaStyles = css`
  textarea.control {
    resize: vertical;
    line-height: 1.45;
  }
`;
