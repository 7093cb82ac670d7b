import { css } from 'lit';

/**
 * Code blocks (language label, copy button, highlighted tokens) and math. The colours of the
 * highlighted tokens are the code colour tokens (keyword, function, …); unset, they follow the chat's colour scheme
 * (`light-dark()`, GitHub's palettes), and where that is not supported the code shows in the text
 * colour.
 */
export const extrasStyles = css`
  .code-block {
    margin: 0 0 0.75em;
    border-radius: var(--cw-radius-m, 8px);
    background: var(--cw-markdown-code-background, var(--cw-color-surface-secondary));
  }
  .code-block pre.code {
    margin: 0;
  }
  .code-head {
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding: 0.35em 0.5em 0 1em;
    font-size: 0.8em;
    color: var(--cw-color-text-secondary);
  }
  .code-lang {
    flex: 1;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-family: var(--cw-font-mono, ui-monospace, monospace);
  }
  .code-head + pre.code {
    padding-top: 0.35em;
  }
  .code-copy {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    border-radius: var(--cw-radius-s, 4px);
    padding: 0.2em 0.5em;
    cursor: pointer;
  }
  .code-copy:hover {
    background: var(--cw-color-surface-tertiary);
    color: var(--cw-color-text);
  }
  .code-copy:focus-visible {
    outline: 2px solid var(--cw-color-focus);
    outline-offset: 1px;
  }
  .code-copy .copy-done,
  .code-copy[data-copied] .copy-idle {
    display: none;
  }
  .code-copy[data-copied] .copy-done {
    display: inline;
  }
  .code-status,
  .copy-buffer {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .copy-buffer {
    opacity: 0;
  }
  .token.keyword,
  .token.important,
  .token.atrule .rule {
    color: var(--cw-color-code-keyword, light-dark(#cf222e, #ff7b72));
  }
  .token.function,
  .token.class-name,
  .token.title {
    color: var(--cw-color-code-function, light-dark(#8250df, #d2a8ff));
  }
  .token.number,
  .token.boolean,
  .token.constant,
  .token.attr-name,
  .token.property,
  .token.variable,
  .token.operator,
  .token.entity,
  .token.url {
    color: var(--cw-color-code-constant, light-dark(#0550ae, #79c0ff));
  }
  .token.string,
  .token.char,
  .token.attr-value,
  .token.regex,
  .token.template-string {
    color: var(--cw-color-code-string, light-dark(#0a3069, #a5d6ff));
  }
  .token.builtin,
  .token.symbol,
  .token.parameter,
  .token.annotation,
  .token.decorator {
    color: var(--cw-color-code-type, light-dark(#953800, #ffa657));
  }
  .token.comment,
  .token.prolog,
  .token.doctype,
  .token.cdata {
    color: var(--cw-color-code-comment, light-dark(#57606a, #a0a8b1));
    font-style: italic;
  }
  .token.tag,
  .token.selector,
  .token.namespace {
    color: var(--cw-color-code-tag, light-dark(#116329, #7ee787));
  }
  .token.tag .punctuation,
  .token.punctuation {
    color: inherit;
  }
  .token.bold {
    font-weight: 600;
  }
  .token.italic {
    font-style: italic;
  }
  .token.inserted {
    color: var(--cw-color-success);
    background: var(--cw-color-success-surface);
  }
  .token.deleted {
    color: var(--cw-color-danger);
    background: var(--cw-color-danger-surface);
  }
  .math-block {
    margin: 0 0 0.75em;
    overflow-x: auto;
    overflow-y: hidden;
  }
  .math-display {
    display: block;
    text-align: center;
  }
  code.math-display {
    text-align: start;
    white-space: pre-wrap;
  }
  .math-error {
    color: var(--cw-color-danger);
  }
`;
