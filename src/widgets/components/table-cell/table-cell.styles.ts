import { css } from 'lit';

/** Table.Cell: nothing of its own (table.styles.ts styles rows and cells). */
export const tableCellStyles = css``;
