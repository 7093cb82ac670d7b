import { css } from 'lit';

/** Input: nothing of its own; it is a shared `.control` (control-base.styles.ts). */
export const inputStyles = css``;
