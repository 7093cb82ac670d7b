import { css } from 'lit';

/** Styles of `<cw-composer>`: the box, editor, chips, bar and send button. Tokens only. */
export const composerStyles = css`
  :host {
    display: block;
  }
  .box {
    display: flex;
    align-items: flex-end;
    gap: var(--cw-space-s);
    border: 1px solid var(--cw-color-border);
    background: var(--cw-color-surface);
    border-radius: var(--cw-composer-radius, var(--cw-radius-l));
    padding-block: var(--cw-space-s);
    padding-inline: var(--cw-space-l) var(--cw-space-s);
    box-shadow: var(--cw-shadow-s);
    transition: border-color var(--cw-duration-fast);
  }
  .box:focus-within {
    border-color: var(--cw-color-border-strong);
    box-shadow: var(--cw-shadow-m);
  }
  /* The box shows focus; a second ring on the editor would double it. */
  .editor:focus-visible {
    outline: none;
  }
  .stack {
    position: relative;
  }
  .editor {
    width: 100%;
    border: 0;
    outline: none;
    color: inherit;
    font: inherit;
    line-height: 1.5;
    padding: 6px 0;
    max-height: 12em;
    min-height: 1.5em;
    overflow-y: auto;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    cursor: text;
  }
  .editor:empty::before {
    content: attr(data-placeholder);
    color: var(--cw-color-text-tertiary);
    pointer-events: none;
    /* A host's placeholder in another script than the chat's (English in an Arabic chat) reads
       in its own direction: its punctuation stays where it was written. */
    unicode-bidi: plaintext;
  }
  .editor[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.7;
  }
  .tag {
    display: inline-block;
    padding: 0 0.25em;
    border-radius: var(--cw-radius-s);
    background: var(--cw-color-info-surface);
    color: var(--cw-color-info);
    font-weight: 500;
    white-space: nowrap;
  }
  .send {
    flex: none;
    display: grid;
    place-items: center;
    width: 36px;
    height: 36px;
    border: 0;
    border-radius: var(--cw-radius-full);
    background: var(--cw-color-accent);
    color: var(--cw-color-on-accent);
    cursor: pointer;
    transition: opacity var(--cw-duration-fast);
  }
  .send:disabled {
    opacity: 0.3;
    cursor: default;
  }
  .stack {
    flex: 1;
    min-width: 0;
    display: flex;
    flex-direction: column;
  }
  .bar {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: 6px;
    padding-bottom: 2px;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    border: 1px solid var(--cw-color-border);
    background: var(--cw-color-surface);
    color: var(--cw-color-text-secondary);
    border-radius: var(--cw-radius-full);
    padding: 4px 10px;
    font: inherit;
    font-size: 0.85em;
    cursor: pointer;
  }
  .chip[aria-pressed='true'],
  .chip.selected {
    color: var(--cw-color-info);
    border-color: currentColor;
    background: var(--cw-color-info-surface);
  }
  .chip .clear {
    display: inline-grid;
    margin-inline-end: -4px;
    border: 0;
    background: none;
    color: inherit;
    cursor: pointer;
    padding: 0;
  }
  .plus {
    width: 30px;
    height: 30px;
    padding: 0;
    justify-content: center;
  }
  .model {
    margin-inline-start: auto;
    font: inherit;
    font-size: 0.85em;
    color: var(--cw-color-text-secondary);
    background: transparent;
    border: 1px solid transparent;
    border-radius: var(--cw-radius-s);
    padding: 3px 6px;
  }
  .model:hover {
    border-color: var(--cw-color-border);
  }
  .box.dragging {
    border-color: var(--cw-color-focus);
    border-style: dashed;
  }
  /* Shown in a lazy part's place (the tool picker, the mention menu, …) when its chunk failed. */
  .lazy-fallback {
    color: var(--cw-color-text-secondary);
    font-size: 0.9em;
  }
`;
