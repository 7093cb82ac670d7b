import { css } from 'lit';

/** Styles of `<cw-composer>`: the box, editor, chips, menus, uploads. Tokens only. */
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
    padding: var(--cw-space-s) var(--cw-space-s) var(--cw-space-s) var(--cw-space-l);
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
  .box.dragging {
    border-color: var(--cw-color-focus);
    border-style: dashed;
  }
  .uploads {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    padding: 6px 0 2px;
  }
  .upload {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 6px;
    max-width: 220px;
    padding: 4px 26px 4px 4px;
    border: 1px solid var(--cw-color-border);
    border-radius: var(--cw-radius-m);
    background: var(--cw-color-surface-secondary);
    font-size: 0.85em;
  }
  .upload img {
    width: 36px;
    height: 36px;
    object-fit: cover;
    border-radius: var(--cw-radius-s);
  }
  .upload .file-icon {
    display: grid;
    place-items: center;
    width: 36px;
    height: 36px;
    color: var(--cw-color-text-secondary);
  }
  .upload-name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .upload.error {
    color: var(--cw-color-danger);
    border-color: currentColor;
  }
  .upload progress {
    position: absolute;
    left: 4px;
    right: 4px;
    bottom: 2px;
    width: calc(100% - 8px);
    height: 3px;
    accent-color: var(--cw-color-accent);
  }
  .upload-remove {
    position: absolute;
    top: 4px;
    right: 4px;
    display: grid;
    place-items: center;
    border: 0;
    background: none;
    color: inherit;
    cursor: pointer;
    padding: 2px;
    border-radius: var(--cw-radius-s);
  }
  .rejections {
    position: relative;
    padding: 6px 26px 6px 8px;
    margin-top: 4px;
    border-radius: var(--cw-radius-s);
    background: var(--cw-color-danger-surface);
    color: var(--cw-color-danger);
    font-size: 0.85em;
  }
  .attach input {
    position: absolute;
    width: 1px;
    height: 1px;
    opacity: 0;
  }
  .attach:focus-within {
    outline: 2px solid var(--cw-color-focus);
  }
  .mentions {
    position: absolute;
    bottom: calc(100% + 10px);
    left: -8px;
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
    margin-right: -4px;
    border: 0;
    background: none;
    color: inherit;
    cursor: pointer;
    padding: 0;
  }
  .menu-wrap {
    position: relative;
  }
  .plus {
    width: 30px;
    height: 30px;
    padding: 0;
    justify-content: center;
  }
  [role='menu'] {
    position: absolute;
    bottom: calc(100% + 6px);
    left: 0;
    z-index: 5;
    min-width: 200px;
    margin: 0;
    padding: 4px;
    list-style: none;
    background: var(--cw-color-surface-elevated);
    border: 1px solid var(--cw-color-border);
    border-radius: var(--cw-radius-m);
    box-shadow: var(--cw-shadow-m);
  }
  [role='menuitemradio'] {
    display: flex;
    align-items: center;
    gap: 8px;
    width: 100%;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    padding: 8px 10px;
    border-radius: var(--cw-radius-s);
    cursor: pointer;
  }
  [role='menuitemradio']:hover,
  [role='menuitemradio']:focus-visible {
    background: var(--cw-color-surface-secondary);
    outline: none;
  }
  [role='menuitemradio'][aria-checked='true'] {
    font-weight: 600;
  }
  .model {
    margin-left: auto;
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
`;
