import { css } from 'lit';

/** Chart: the `<cw-chart>` takes the width (it draws itself in its own shadow root). */
export const chartStyles = css`
  .chart {
    width: 100%;
  }
`;
