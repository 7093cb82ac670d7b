import { css } from 'lit';

/** Styles of `<cw-mention-menu>`, adopted into the composer's shadow root (the menu has none) when the menu's chunk arrives. */
export const mentionMenuStyles = css`
  cw-mention-menu {
    display: contents;
  }
  .mentions {
    position: absolute;
    bottom: calc(100% + 10px);
    inset-inline-start: -8px;
    z-index: 6;
    min-width: 240px;
    max-width: min(360px, 90vw);
    max-height: 260px;
    overflow-y: auto;
    padding: 4px;
    background: var(--cw-color-surface-elevated);
    border: 1px solid var(--cw-color-border);
    border-radius: var(--cw-radius-m);
    box-shadow: var(--cw-shadow-m);
  }
  .mentions .group {
    padding: 6px 10px 2px;
    font-size: 0.75em;
    font-weight: 600;
    color: var(--cw-color-text-tertiary);
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  .mentions .option {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 7px 10px;
    border-radius: var(--cw-radius-s);
    cursor: pointer;
  }
  .mentions .option[aria-selected='true'] {
    background: var(--cw-color-surface-secondary);
  }
  .mentions .note {
    padding: 8px 10px;
    color: var(--cw-color-text-secondary);
    font-size: 0.9em;
  }
`;
