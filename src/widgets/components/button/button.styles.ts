import { css } from 'lit';

/** Button (the Card footer's buttons too): colours, variants, sizes, shapes, loading. */
export const buttonStyles = css`
  .btn {
    --_c: var(--cw-color-accent);
    --_on: var(--cw-color-on-accent);
    /* A light soft button's tint: this share of its colour over the card, enough for its shape
       to show (about 1.3:1 against a white card; each colour's share is set for that). */
    --_soft: 14%;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    /* A button is as wide as its label (not stretched by a Col: block does that), shrinks
       in a full Row down to its longest word, and never grows past its container: a long label
       wraps inside it (a word longer than the container breaks) instead of pushing the next
       button out of the card. */
    --_h: 36px;
    flex: 0 1 auto;
    width: fit-content;
    max-width: 100%;
    font: inherit;
    font-weight: 500;
    font-size: 0.9375em;
    line-height: 1.2;
    padding: 8px 14px;
    min-height: var(--_h);
    border-radius: var(--cw-radius-m);
    border: 1px solid transparent;
    cursor: pointer;
    transition:
      background var(--cw-duration-fast),
      opacity var(--cw-duration-fast);
    text-align: center;
    overflow-wrap: break-word;
  }
  .btn-label {
    min-width: 0;
    overflow-wrap: break-word;
  }
  .btn.color-secondary {
    --_c: var(--cw-color-text);
    --_on: var(--cw-color-surface);
  }
  .btn.color-info {
    --_c: var(--cw-color-info);
    --_on: var(--cw-color-on-color);
    --_soft: 19%;
  }
  .btn.color-discovery {
    --_c: var(--cw-color-discovery);
    --_on: var(--cw-color-on-color);
    --_soft: 17%;
  }
  .btn.color-success {
    --_c: var(--cw-color-success);
    --_on: var(--cw-color-on-color);
    --_soft: 19%;
  }
  /* Caution is yellow (dark text on it in both themes), warning the theme's orange. The palette
     runs the other way in dark mode, so the yellow-700 label stays readable there too. */
  .btn.color-caution {
    --_c: var(--cw-palette-yellow-400);
    --_fg: var(--cw-palette-yellow-700);
    --_on: #0d0d0d;
    /* Yellow is nearly as light as white: much more of it. */
    --_soft: 62%;
  }
  .btn.color-warning {
    --_c: var(--cw-color-warning);
    --_on: var(--cw-color-on-color);
    --_soft: 20%;
  }
  .btn.color-danger {
    --_c: var(--cw-color-danger);
    --_on: var(--cw-color-on-color);
    --_soft: 18%;
  }
  .btn.variant-solid {
    background: var(--_c);
    color: var(--_on);
  }
  /* A soft button is its colour, translucent, over whatever is under it, so its shape stands
     out from any card: the theme's pale surfaces were nearly the card's own colour (light ~1.05:1,
     dark less). */
  /* Solid secondary is the neutral, lower-emphasis button beside a solid primary (which is the
     text colour): a grey surface with the text colour on it, not a second primary. */
  .btn.color-secondary.variant-solid {
    background: var(--cw-color-surface-tertiary);
    color: var(--cw-color-text);
  }
  .btn.variant-soft {
    background: light-dark(
      color-mix(in srgb, var(--_c) var(--_soft), transparent),
      color-mix(in srgb, var(--_c) 30%, transparent)
    );
    /* Darkened in light mode, lightened in dark mode, so the label keeps 4.5:1 on that tint. */
    color: light-dark(
      color-mix(in srgb, var(--_fg, var(--_c)) 85%, #000),
      color-mix(in srgb, var(--_fg, var(--_c)) 60%, #fff)
    );
  }
  .btn.variant-outline {
    background: transparent;
    color: var(--_fg, var(--_c));
    border-color: var(--cw-color-border-strong);
  }
  .btn.variant-ghost {
    background: transparent;
    color: var(--_fg, var(--_c));
  }
  .btn.variant-outline:hover,
  .btn.variant-ghost:hover {
    background: var(--cw-color-surface-secondary);
  }
  .btn.variant-solid:hover,
  .btn.variant-soft:hover {
    opacity: 0.88;
  }
  .btn.size-3xs,
  .btn.size-2xs,
  .btn.size-xs {
    --_h: 24px;
    font-size: 0.75em;
    padding: 3px 8px;
  }
  .btn.size-3xs {
    --_h: 20px;
  }
  .btn.size-2xs {
    --_h: 22px;
  }
  .btn.size-sm {
    --_h: 30px;
    font-size: 0.875em;
    padding: 5px 10px;
  }
  .btn.size-lg {
    --_h: 42px;
    font-size: 1em;
    padding: 10px 18px;
  }
  .btn.size-xl,
  .btn.size-2xl,
  .btn.size-3xl {
    --_h: 48px;
    font-size: 1.0625em;
    padding: 12px 22px;
  }
  .btn.size-2xl {
    --_h: 52px;
  }
  .btn.size-3xl {
    --_h: 56px;
  }
  .btn.pill {
    border-radius: 999px;
  }
  .btn.block {
    width: 100%;
    flex: 1 1 auto;
  }
  /* Square at every size (a circle with pill): the height is fixed too, so a Row's stretch
     does not make it an oval. */
  .btn.uniform {
    padding: 0;
    flex: none;
    width: var(--_h);
    min-width: var(--_h);
    height: var(--_h);
  }
  .btn:disabled {
    opacity: 0.45;
    cursor: not-allowed;
  }
  .btn.loading {
    cursor: progress;
  }
  .spinner {
    width: 14px;
    height: 14px;
    border-radius: 50%;
    border: 2px solid currentColor;
    border-right-color: transparent;
    animation: cw-spin 0.8s linear infinite;
  }
  @keyframes cw-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
`;
