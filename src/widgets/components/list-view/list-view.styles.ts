import { css } from 'lit';

/**
 * ListView: one frame holding its status header, its rows and its "Show N more" row (the status
 * sits inside, as a Card's does). Inside a Card the card is the frame: no second border, corner
 * or shadow, and the rows line up with the card's content. Row focus rings are drawn inside the
 * row (list-view-item.styles.ts), and the rows at the frame's corners take its inner radius, so
 * the frame's clipping never cuts a ring.
 */
export const listViewStyles = css`
  .list-view {
    --_list-radius: var(--cw-widget-radius, var(--cw-radius-l));
    display: flex;
    flex-direction: column;
    width: 100%;
    max-width: 560px;
    border: 1px solid var(--cw-color-border);
    border-radius: var(--_list-radius);
    background: var(--cw-color-surface-elevated);
    box-shadow: var(--cw-shadow-s);
    overflow: hidden;
  }
  .list-items {
    display: flex;
    flex-direction: column;
  }
  /* Rows at the frame's corners follow its curve (hover background and focus ring alike). */
  .list-view > .list-items:first-child > .list-item:first-child {
    border-start-start-radius: calc(var(--_list-radius) - 1px);
    border-start-end-radius: calc(var(--_list-radius) - 1px);
  }
  .list-view > .list-items:last-child > .list-item:last-child,
  .show-more {
    border-end-start-radius: calc(var(--_list-radius) - 1px);
    border-end-end-radius: calc(var(--_list-radius) - 1px);
  }
  .show-more {
    display: flex;
    align-items: center;
    gap: 6px;
    width: 100%;
    margin: 0;
    padding: calc(var(--cw-widget-space-unit) * 2.5) calc(var(--cw-widget-space-unit) * 4);
    border: 0;
    border-top: 1px solid var(--cw-color-border-subtle);
    background: none;
    color: var(--cw-color-text);
    font: inherit;
    font-size: 0.875em;
    font-weight: 500;
    text-align: start;
    cursor: pointer;
    transition: background var(--cw-duration-fast);
  }
  .show-more:hover {
    background: var(--cw-color-surface-secondary);
  }
  .show-more:focus-visible {
    outline-offset: -2px;
  }

  /* Inside a Card: the card is the frame. */
  .card .list-view {
    max-width: none;
    border: 0;
    border-radius: 0;
    background: none;
    box-shadow: none;
    overflow: visible;
  }
  .card .list-view > .status {
    padding-inline: 0;
  }
  .card .list-item,
  .card .show-more {
    margin-inline: calc(var(--cw-widget-space-unit) * -2);
    width: auto;
    padding-inline: calc(var(--cw-widget-space-unit) * 2);
    border-radius: var(--cw-radius-s);
  }
  .card .list-view > .list-items > .list-item {
    border-radius: var(--cw-radius-s);
  }
`;
