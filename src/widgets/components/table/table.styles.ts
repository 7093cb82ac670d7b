import { css } from 'lit';

/** Table, with its rows and cells. */
export const tableStyles = css`
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
  }
  .table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9375em;
  }
  /* A narrow table scrolls sideways (.table-wrap) rather than breaking words mid-word: the
     widget's overflow-wrap: anywhere (which lets a word shrink the column to one letter) becomes
     break-word in cells, so a column is as wide as its longest word. */
  .table :is(th, td),
  .table :is(th, td) * {
    overflow-wrap: break-word;
  }
  .table th,
  .table td {
    padding: 8px 12px;
    border-bottom: 1px solid var(--cw-color-border-subtle);
    text-align: start;
  }
  .table th {
    font-weight: 600;
    color: var(--cw-color-text-secondary);
    font-size: 0.875em;
  }
  .table tr:last-child td {
    border-bottom: 0;
  }
`;
