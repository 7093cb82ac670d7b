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
