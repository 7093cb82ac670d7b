import { css } from 'lit';

/** Table.Row: nothing of its own (table.styles.ts styles rows and cells). */
export const tableRowStyles = css``;
