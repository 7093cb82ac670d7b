import { css } from 'lit';

/** Markdown: nothing here; `<cw-markdown>` styles itself. */
export const markdownStyles = css``;
