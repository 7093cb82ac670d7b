import { css } from 'lit';

/** The shadow root of `<cw-chart>`. */
export const chartElementStyles = css`
  :host {
    display: block;
    position: relative;
    min-width: 120px;
    font-size: 11px;
    color: var(--cw-color-text-secondary);
  }
  svg {
    display: block;
    overflow: visible;
  }
  .grid {
    stroke: var(--cw-color-border-subtle);
  }
  .axis {
    fill: var(--cw-color-text-tertiary);
  }
  .hover {
    fill: var(--cw-color-surface-secondary);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    margin-top: 8px;
  }
  .legend span {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .note {
    margin: 6px 0 0;
    font-size: 11px;
    color: var(--cw-color-text-secondary);
  }
  .swatch {
    width: 10px;
    height: 10px;
    border-radius: 3px;
  }
  .tooltip {
    position: absolute;
    pointer-events: none;
    background: var(--cw-color-surface-elevated);
    color: var(--cw-color-text);
    border: 1px solid var(--cw-color-border);
    border-radius: 8px;
    box-shadow: var(--cw-shadow-m);
    padding: 6px 8px;
    white-space: nowrap;
    max-width: 60%;
    max-height: calc(100% - 12px);
    overflow: hidden;
    text-overflow: ellipsis;
    z-index: 1;
  }
  /* Left of the hovered category: its right edge at the anchor. */
  .tooltip.before {
    transform: translateX(-100%);
  }
  .tooltip strong {
    display: block;
    margin-bottom: 2px;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
