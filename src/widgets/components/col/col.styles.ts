import { css } from 'lit';

/** Col: nothing of its own; it is a shared `.box` (widget-base.styles.ts). */
export const colStyles = css``;
