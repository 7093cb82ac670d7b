import { css } from 'lit';

/**
 * Styles of the thread's items (messages, tool calls, and the places of the lazily loaded parts),
 * rendered by `items.ts` into the shadow root of `<chat-widgets>`, which adopts these. Workflows,
 * tasks, generated images and message actions bring their own styles with their chunks.
 * Colours come from the theme tokens only.
 */
export const itemStyles = css`
  /* Items */
  .item.user {
    max-width: min(80%, 560px);
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: var(--cw-space-xs);
  }
  .bubble {
    background: var(--cw-color-user-bubble);
    color: var(--cw-color-user-bubble-text, inherit);
    border-radius: var(--cw-radius-l);
    padding: var(--cw-space-s) var(--cw-space-l);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .user.optimistic .bubble {
    opacity: 0.7;
  }
  .user.failed .bubble {
    opacity: 0.6;
  }
  .quote {
    margin: 0;
    padding: var(--cw-space-xs) var(--cw-space-m);
    border-inline-start: 3px solid var(--cw-color-border-strong);
    color: var(--cw-color-text-secondary);
    font-size: 0.9em;
  }
  .tag {
    display: inline;
    border: 0;
    padding: 0 0.2em;
    border-radius: var(--cw-radius-s);
    background: var(--cw-color-info-surface);
    color: var(--cw-color-info);
    font: inherit;
    font-weight: 500;
    cursor: pointer;
  }
  .tag:disabled {
    cursor: default;
  }
  .attachments {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cw-space-s);
    justify-content: flex-end;
  }
  .attachment-image {
    width: 96px;
    height: 96px;
    object-fit: cover;
    border-radius: var(--cw-radius-m);
    border: 1px solid var(--cw-color-border);
  }
  .attachment-file {
    display: inline-flex;
    align-items: center;
    gap: var(--cw-space-xs);
    padding: var(--cw-space-s) var(--cw-space-m);
    border: 1px solid var(--cw-color-border);
    border-radius: var(--cw-radius-m);
    font-size: 0.9em;
  }
  .item.assistant {
    max-width: 100%;
  }
  .assistant.frozen cw-markdown {
    color: var(--cw-color-text-secondary);
  }
  .status-note,
  .muted {
    font-size: 0.8em;
    color: var(--cw-color-text-tertiary);
  }
  .typing {
    display: inline-flex;
    gap: 4px;
    padding: var(--cw-space-s) 0;
  }
  .typing span {
    width: 7px;
    height: 7px;
    border-radius: 50%;
    background: var(--cw-color-text-tertiary);
    animation: blink 1.2s infinite ease-in-out;
  }
  .typing span:nth-child(2) {
    animation-delay: 0.15s;
  }
  .typing span:nth-child(3) {
    animation-delay: 0.3s;
  }
  @keyframes blink {
    0%,
    80%,
    100% {
      opacity: 0.25;
    }
    40% {
      opacity: 1;
    }
  }
  .sources {
    margin-top: var(--cw-space-s);
    font-size: 0.875em;
    color: var(--cw-color-text-secondary);
  }
  .sources summary {
    cursor: pointer;
    width: fit-content;
  }
  .sources ol {
    margin: var(--cw-space-xs) 0 0;
    padding-inline-start: 1.5em;
  }
  /* An entity source: its icon and label; a link-like button when it is interactive. */
  .entity-source {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    color: inherit;
  }
  button.entity-source {
    color: var(--cw-color-link);
    cursor: pointer;
  }
  a {
    color: var(--cw-color-link);
  }
  /* A server-given icon (custom task, workflow summary): neutral, the status colours are ours. */
  .item-icon {
    flex: none;
    color: var(--cw-color-text-secondary);
  }
  .spinner {
    width: 14px;
    height: 14px;
    border-radius: 50%;
    border: 2px solid var(--cw-color-border-strong);
    border-top-color: var(--cw-color-text);
    animation: spin 0.8s linear infinite;
    display: inline-block;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  .tool-call {
    display: inline-flex;
    align-items: center;
    gap: var(--cw-space-s);
    font-size: 0.875em;
    color: var(--cw-color-text-secondary);
  }
  img.broken {
    display: none;
  }
  /* Lazy parts (src/internal/lazy-elements.ts): a widget holds its place while its chunk loads;
     a chunk that failed shows a labelled note instead. */
  cw-widget:not(:defined) {
    display: block;
    min-height: 72px;
    border-radius: 12px;
    background: var(--cw-color-surface-secondary);
  }
  cw-workflow:not(:defined),
  cw-extra-item:not(:defined),
  cw-notice:not(:defined) {
    display: block;
    min-height: 1.5em;
  }
  /* The actions under an answer (item-extras.ts) hold the height of their buttons. */
  cw-message-actions:not(:defined) {
    display: block;
    height: 28px;
    margin-top: var(--cw-space-xs);
  }
  cw-history:not(:defined) {
    display: block;
    min-height: 120px;
  }
  .lazy-fallback {
    margin: 0;
    padding: 8px 12px;
    border: 1px dashed var(--cw-color-border-strong);
    border-radius: 8px;
    color: var(--cw-color-text-secondary);
    font-size: 0.9em;
  }
  @media (prefers-reduced-motion: reduce) {
    .typing span,
    .spinner {
      animation: none;
    }
  }
`;
