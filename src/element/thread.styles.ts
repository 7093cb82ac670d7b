import { css } from 'lit';

/**
 * Styles of `<cw-thread>`: the start screen, the items and errors (notices bring theirs). `<cw-thread>` renders
 * into the shadow root of `<chat-widgets>`, which adopts these along with its own.
 * Colours come from the theme tokens only.
 */
export const threadStyles = css`
  .thread {
    width: 100%;
    box-sizing: border-box;
    max-width: var(--cw-thread-max-width, 760px);
    margin: 0 auto;
    padding: var(--cw-space-xl) var(--cw-space-l) var(--cw-space-l);
    display: flow-root;
  }
  /*
   * Block layout, not a flex column: an answer growing at the end lays out itself and its
   * ancestors, where a flex column of a thousand items is laid out again as a whole each frame
   * (7 to 18 ms). So the gap between items is a margin, a user's message is pushed to the end by
   * its margin, and the few inline boxes at the top level are made blocks, as a column would.
   */
  .thread > * + *,
  .thread > .tasks.standalone:not(:first-child) {
    margin-top: var(--cw-space-l);
  }
  /*
   * A finished item, once laid out (thread.ts marks it settled), is neither laid out nor painted
   * off screen, and keeps the height it was laid out at, so the scroll height stays true. The
   * clip margin spares focus rings at the edge.
   */
  .thread > .item {
    contain-intrinsic-block-size: auto 120px;
  }
  .thread > .item[data-settled] {
    content-visibility: auto;
    overflow-clip-margin: var(--cw-space-s);
  }
  /* A finished item far from the view, set aside (item-window.ts): the height it had, nothing else. */
  .thread > .item.windowed {
    display: block;
    box-sizing: border-box;
    padding: 0;
    border: 0;
    margin-inline: 0;
  }
  .thread > .item.user {
    width: fit-content;
    margin-inline-start: auto;
  }
  .thread > .progress,
  .thread > .tool-call {
    display: flex;
  }
  /* The thread keeps the reader's place itself (auto-scroll-controller.ts), in every browser. */
  cw-thread {
    overflow-anchor: none;
  }
  /* Start screen */
  .start {
    flex: 1;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: var(--cw-space-xl);
    padding: var(--cw-space-xl) var(--cw-space-l);
    text-align: center;
  }
  .greeting {
    margin: 0;
    font-size: 1.5em;
    font-weight: 600;
  }
  .prompts {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: var(--cw-space-s);
    max-width: 640px;
  }
  .prompt {
    display: inline-flex;
    align-items: center;
    gap: var(--cw-space-s);
    border: 1px solid var(--cw-color-border);
    background: var(--cw-color-surface);
    border-radius: var(--cw-radius-full);
    padding: var(--cw-space-s) var(--cw-space-l);
    cursor: pointer;
    color: var(--cw-color-text);
  }
  .prompt:hover {
    background: var(--cw-color-surface-secondary);
  }

  .progress {
    display: inline-flex;
    align-items: center;
    gap: var(--cw-space-s);
    color: var(--cw-color-text-secondary);
    font-size: 0.925em;
  }
  /* From sending until the answer's first event: the writing dots of items.styles.ts. */
  .thinking {
    display: flex;
  }
  .error {
    display: flex;
    align-items: center;
    gap: var(--cw-space-m);
    flex-wrap: wrap;
    padding: var(--cw-space-m) var(--cw-space-l);
    border-radius: var(--cw-radius-l);
    background: var(--cw-color-danger-surface);
    color: var(--cw-color-danger);
  }
  .error-text {
    flex: 1;
    min-width: 12em;
  }
  .retry {
    display: inline-flex;
    align-items: center;
    gap: var(--cw-space-xs);
    border: 1px solid currentColor;
    background: none;
    color: inherit;
    border-radius: var(--cw-radius-full);
    padding: 4px 12px;
    cursor: pointer;
  }
  .loading {
    padding: var(--cw-space-xl);
    text-align: center;
    color: var(--cw-color-text-secondary);
  }
  .older {
    display: block;
    width: fit-content;
    margin-inline: auto;
    border: 1px solid var(--cw-color-border);
    background: var(--cw-color-surface);
    border-radius: var(--cw-radius-full);
    padding: 4px 14px;
    cursor: pointer;
    color: var(--cw-color-text-secondary);
  }
`;
