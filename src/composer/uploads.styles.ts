import { css } from 'lit';

/**
 * Styles of the composer's uploads (`UploadsController`): the quote, files, previews, the attach button. They
 * come with its chunk; the drop target and the notices are the composer's own (composer.styles.ts).
 */
export const uploadsStyles = css`
  /* The text the message replies to (setComposerValue's reply), above the input. */
  /* A sent message being changed here (ComposerState.edit): what the composer holds, and Cancel. */
  .editing {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--cw-space-xs, 6px);
    margin-top: 4px;
    color: var(--cw-color-text-secondary);
    font-size: 0.85em;
  }
  .editing button {
    border: 0;
    background: none;
    color: var(--cw-color-text);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
    padding: 2px 4px;
    border-radius: 4px;
  }
  .editing button:focus-visible {
    outline: 2px solid var(--cw-color-focus);
  }
  .quote {
    display: flex;
    gap: 6px;
    align-items: flex-start;
    margin-top: 4px;
    padding-inline-start: 8px;
    border-inline-start: 3px solid var(--cw-color-border-strong);
    color: var(--cw-color-text-secondary);
    font-size: 0.9em;
  }
  .quote span {
    flex: 1;
    overflow: hidden;
    display: -webkit-box;
    -webkit-line-clamp: 3;
    -webkit-box-orient: vertical;
    white-space: pre-wrap;
  }
  .quote button {
    display: inline-grid;
    border: 0;
    background: none;
    color: inherit;
    cursor: pointer;
    padding: 2px;
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
    padding-block: 4px;
    padding-inline: 4px 26px;
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
    inset-inline: 4px;
    bottom: 2px;
    width: calc(100% - 8px);
    height: 3px;
    accent-color: var(--cw-color-accent);
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
`;
