import { css } from 'lit';

/** Basic: nothing of its own; it is a shared `.box` (widget-base.styles.ts). */
export const basicStyles = css``;
