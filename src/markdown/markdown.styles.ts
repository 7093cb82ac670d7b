import { css } from 'lit';

/** Typography for rendered Markdown, from theme tokens only. */
export const markdownStyles = css`
  :host {
    overflow-wrap: anywhere;
    line-height: 1.55;
  }
  :first-child {
    margin-top: 0;
  }
  :last-child {
    margin-bottom: 0;
  }
  p,
  ul,
  ol,
  blockquote,
  pre,
  .table-wrap {
    margin: 0 0 0.75em;
  }
  /* Final blocks come in segments (markdown-view.ts). Once laid out (settled), a segment is laid
     out and painted only near the viewport, at the size it remembers. Its margins never collapse
     with outer ones (flow-root, settled or not): the block that ends one keeps its space. */
  .segment {
    display: flow-root;
    contain-intrinsic-size: auto 40em;
  }
  .segment.settled {
    content-visibility: auto;
  }
  .segment > :last-child {
    margin-bottom: 0.75em;
  }
  .segment:last-child > :last-child {
    margin-bottom: 0;
  }
  /* Text shown as it is (too long, nested too deeply, or not lexed yet while it streams). */
  /* Chunks of a long plain text are laid out and painted only near the viewport. */
  .plain-chunk {
    white-space: pre-wrap;
    content-visibility: auto;
    contain-intrinsic-size: auto 20em;
  }
  .plain-note {
    font-size: 0.85em;
    color: var(--cw-color-text-secondary, #5d5d5d);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 1em 0 0.5em;
    line-height: 1.3;
    font-weight: 600;
  }
  h1 {
    font-size: 1.4em;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.1em;
  }
  h4,
  h5,
  h6 {
    font-size: 1em;
  }
  ul,
  ol {
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-top: 0.25em;
  }
  li.task {
    list-style: none;
    margin-inline-start: -1.25em;
  }
  a {
    color: var(--cw-color-link, var(--cw-color-accent));
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  code {
    font-family: var(--cw-font-mono, ui-monospace, SFMono-Regular, Menlo, monospace);
    font-size: 0.9em;
    background: var(--cw-markdown-code-background, var(--cw-color-surface-secondary));
    border-radius: var(--cw-radius-s, 4px);
    padding: 0.1em 0.3em;
  }
  pre.code {
    background: var(--cw-markdown-code-background, var(--cw-color-surface-secondary));
    border-radius: var(--cw-radius-m, 8px);
    padding: 0.75em 1em;
    overflow-x: auto;
  }
  pre.code code {
    background: none;
    padding: 0;
    font-size: 0.875em;
    white-space: pre;
  }
  blockquote {
    border-inline-start: 3px solid var(--cw-color-border);
    padding-inline-start: 0.75em;
    color: var(--cw-color-text-secondary);
  }
  hr {
    border: 0;
    border-top: 1px solid var(--cw-color-border);
    margin: 1em 0;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    font-size: 0.95em;
  }
  th,
  td {
    border: 1px solid var(--cw-color-border);
    padding: 0.35em 0.7em;
    text-align: start;
  }
  th {
    background: var(--cw-color-surface-secondary);
    font-weight: 600;
  }
  .align-center {
    text-align: center;
  }
  .align-right {
    text-align: end;
  }
  img {
    max-width: 100%;
    border-radius: var(--cw-radius-m, 8px);
  }
  .image-blocked {
    color: var(--cw-color-text-secondary);
    font-style: italic;
  }
  .cite {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 1.3em;
    height: 1.3em;
    padding: 0 0.3em;
    margin: 0 0.1em;
    border-radius: 999px;
    font-size: 0.72em;
    vertical-align: super;
    line-height: 1;
    background: var(--cw-color-surface-secondary);
    color: var(--cw-color-text-secondary);
    text-decoration: none;
  }
  /* An entity cited in the text (its inline label or icon), a button when it is interactive. */
  .entity-cite {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    padding: 0 0.4em;
    margin: 0 0.1em;
    border: 0;
    border-radius: 999px;
    font: inherit;
    font-size: 0.9em;
    line-height: 1.4;
    background: var(--cw-color-surface-secondary);
    color: var(--cw-color-text);
  }
  button.entity-cite {
    cursor: pointer;
  }
  button.entity-cite:hover {
    background: var(--cw-color-surface-tertiary);
  }
  button.entity-cite:focus-visible {
    outline: 2px solid var(--cw-color-focus);
    outline-offset: 1px;
  }
`;
