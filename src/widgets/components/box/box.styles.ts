import { css } from 'lit';

/** Box: nothing of its own; it is a shared `.box` (widget-base.styles.ts). */
export const boxStyles = css``;
