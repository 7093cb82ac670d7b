import { css } from 'lit';

/** Row: nothing of its own; it is a shared `.box` (widget-base.styles.ts). */
export const rowStyles = css``;
