import { css } from 'lit';

/** Form: nothing of its own; it is a shared `.box` (widget-base.styles.ts). */
export const formStyles = css``;
