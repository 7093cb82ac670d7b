import { css, unsafeCSS } from 'lit';

import { DARK_TOKENS, LIGHT_TOKENS } from '../theme/tokens.js';

/** Styles of every widget component. Colours come from theme tokens only. */
export const widgetStyles = css`
  :host {
    --cw-widget-space-unit: 4px;
    display: block;
    color: var(--cw-color-text);
    font-family: var(--cw-font-body);
    font-size: var(--cw-font-size, 15px);
    line-height: 1.45;
  }
  /* Outside <chat-widgets>, the element brings its own tokens. */
  :host(:not([embedded])) {
    ${unsafeCSS(LIGHT_TOKENS)}
    color-scheme: light;
  }
  :host(:not([embedded])[theme='dark']) {
    ${unsafeCSS(DARK_TOKENS)}
    color-scheme: dark;
  }
  .theme-light {
    ${unsafeCSS(LIGHT_TOKENS)}
    color-scheme: light;
    color: var(--cw-color-text);
  }
  .theme-dark {
    ${unsafeCSS(DARK_TOKENS)}
    color-scheme: dark;
    color: var(--cw-color-text);
  }
  .root {
    position: relative;
    transition: opacity var(--cw-duration-normal);
  }
  .root.busy {
    opacity: 0.55;
  }

  /* Roots */
  .card {
    background: var(--cw-color-surface-elevated);
    border: 1px solid var(--cw-color-border);
    border-radius: var(--cw-widget-radius, var(--cw-radius-l));
    box-shadow: var(--cw-shadow-s);
    overflow: hidden;
    width: 100%;
  }
  .card.size-sm {
    max-width: 360px;
  }
  .card.size-md {
    max-width: 480px;
  }
  .card.size-lg {
    max-width: 640px;
  }
  .card-body {
    display: flex;
    flex-direction: column;
    gap: calc(var(--cw-widget-space-unit) * 3);
    padding: calc(var(--cw-widget-space-unit) * 4);
  }
  .card-form {
    display: contents;
  }
  .card-footer {
    display: flex;
    justify-content: flex-end;
    gap: 8px;
    padding: 0 calc(var(--cw-widget-space-unit) * 4) calc(var(--cw-widget-space-unit) * 4);
  }
  .status {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 10px calc(var(--cw-widget-space-unit) * 4);
    font-size: 0.85em;
    color: var(--cw-color-text-secondary);
    border-bottom: 1px solid var(--cw-color-border-subtle);
  }
  .list-view > .status {
    border: 0;
    padding: 0 4px 8px;
  }
  .favicon {
    width: 16px;
    height: 16px;
    border-radius: 4px;
    object-fit: cover;
  }
  .favicon.framed {
    padding: 2px;
    border: 1px solid var(--cw-color-border);
    background: var(--cw-color-surface);
    box-sizing: content-box;
  }
  .list-view {
    width: 100%;
    max-width: 560px;
  }
  .list-items {
    display: flex;
    flex-direction: column;
    border: 1px solid var(--cw-color-border);
    border-radius: var(--cw-widget-radius, var(--cw-radius-l));
    background: var(--cw-color-surface-elevated);
    overflow: hidden;
  }
  .list-item {
    display: flex;
    align-items: center;
    gap: calc(var(--cw-widget-space-unit) * 3);
    padding: calc(var(--cw-widget-space-unit) * 3) calc(var(--cw-widget-space-unit) * 4);
  }
  .list-item + .list-item {
    border-top: 1px solid var(--cw-color-border-subtle);
  }
  .list-item.interactive {
    cursor: pointer;
    transition: background var(--cw-duration-fast);
  }
  .list-item.interactive:hover {
    background: var(--cw-color-surface-secondary);
  }
  .list-item[aria-busy='true'] {
    opacity: 0.6;
  }
  .show-more {
    margin-top: 8px;
    border: 0;
    background: none;
    color: var(--cw-color-text-secondary);
    font: inherit;
    font-size: 0.9em;
    cursor: pointer;
    padding: 4px 8px;
    border-radius: var(--cw-radius-s);
  }
  .show-more:hover {
    background: var(--cw-color-surface-secondary);
  }

  /* Layout */
  .box {
    display: flex;
    min-width: 0;
  }
  .dir-col {
    flex-direction: column;
  }
  .dir-row {
    flex-direction: row;
    align-items: center;
  }
  .spacer {
    flex: 1 1 auto;
  }
  .divider {
    border: 0;
    border-top: 1px solid var(--cw-color-border);
    margin: 0;
    align-self: stretch;
  }
  .card-body > .divider.flush {
    margin-inline: calc(var(--cw-widget-space-unit) * -4);
  }
  .transition-child {
    animation: cw-enter var(--cw-duration-normal) ease-out;
  }
  @keyframes cw-enter {
    from {
      opacity: 0;
      transform: translateY(4px);
    }
  }

  /* Text */
  p,
  h3 {
    margin: 0;
  }
  .text,
  .title,
  .caption,
  .label {
    min-width: 0;
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }
  .text.size-xs {
    font-size: 0.75em;
  }
  .text.size-sm,
  .label.size-sm {
    font-size: 0.875em;
  }
  .text.size-lg {
    font-size: 1.125em;
  }
  .text.size-xl {
    font-size: 1.25em;
  }
  .label.size-xs {
    font-size: 0.75em;
  }
  .title {
    font-size: 1.125em;
    line-height: 1.3;
  }
  .title.size-xs {
    font-size: 0.875em;
  }
  .title.size-sm {
    font-size: 1em;
  }
  .title.size-lg {
    font-size: 1.25em;
  }
  .title.size-xl {
    font-size: 1.5em;
  }
  .title.size-2xl {
    font-size: 1.875em;
  }
  .title.size-3xl {
    font-size: 2.25em;
  }
  .title.size-4xl {
    font-size: 2.75em;
  }
  .title.size-5xl {
    font-size: 3.25em;
  }
  .caption {
    font-size: 0.8125em;
    color: var(--cw-color-text-secondary);
  }
  .caption.size-sm {
    font-size: 0.75em;
  }
  .caption.size-lg {
    font-size: 0.875em;
  }
  .label {
    display: block;
    font-weight: 500;
  }
  .weight-normal {
    font-weight: 400;
  }
  .weight-medium {
    font-weight: 500;
  }
  .weight-semibold {
    font-weight: 600;
  }
  .weight-bold {
    font-weight: 700;
  }
  .italic {
    font-style: italic;
  }
  .line-through {
    text-decoration: line-through;
  }
  .truncate {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .clamp {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .text.streaming::after {
    content: '';
    display: inline-block;
    width: 0.45em;
    height: 1em;
    margin-left: 2px;
    vertical-align: text-bottom;
    background: currentColor;
    opacity: 0.5;
    animation: cw-blink 1s steps(2) infinite;
  }
  @keyframes cw-blink {
    50% {
      opacity: 0;
    }
  }
  .editable-text {
    width: 100%;
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid transparent;
    border-radius: var(--cw-radius-s);
    padding: 2px 6px;
    margin: -3px -7px;
    resize: vertical;
  }
  .editable-text:hover {
    border-color: var(--cw-color-border);
  }
  .editable-text:focus {
    outline: none;
    border-color: var(--cw-color-border-strong);
    background: var(--cw-color-surface);
  }

  /* Badge and icon */
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    width: fit-content;
    font-size: 0.75em;
    font-weight: 500;
    line-height: 1.2;
    padding: 3px 8px;
    border-radius: var(--cw-radius-s);
    white-space: nowrap;
    --_c: var(--cw-color-text-secondary);
    --_bg: var(--cw-color-surface-secondary);
  }
  .badge.size-sm {
    font-size: 0.6875em;
    padding: 2px 6px;
  }
  .badge.size-lg {
    font-size: 0.875em;
    padding: 4px 10px;
  }
  .badge.pill {
    border-radius: 999px;
  }
  .badge.color-success {
    --_c: var(--cw-color-success);
    --_bg: var(--cw-color-success-surface);
  }
  .badge.color-danger {
    --_c: var(--cw-color-danger);
    --_bg: var(--cw-color-danger-surface);
  }
  .badge.color-warning {
    --_c: var(--cw-color-warning);
    --_bg: var(--cw-color-warning-surface);
  }
  .badge.color-info {
    --_c: var(--cw-color-info);
    --_bg: var(--cw-color-info-surface);
  }
  .badge.color-discovery {
    --_c: var(--cw-color-discovery);
    --_bg: var(--cw-color-discovery-surface);
  }
  .badge.variant-soft {
    color: var(--_c);
    background: var(--_bg);
  }
  .badge.variant-solid {
    color: var(--cw-color-surface);
    background: var(--_c);
  }
  .badge.variant-outline {
    color: var(--_c);
    border: 1px solid currentColor;
    background: transparent;
  }
  .icon-wrap {
    display: inline-flex;
    flex: none;
    color: var(--cw-color-text-secondary);
  }
  .icon {
    display: block;
    flex: none;
  }

  /* Image */
  .image {
    display: block;
    max-width: 100%;
    min-width: 0;
    flex: none;
  }
  .image.frame {
    border: 1px solid var(--cw-color-border);
    border-radius: var(--cw-radius-m);
  }
  .image.broken {
    visibility: hidden;
  }
  .card-body > .image.flush {
    margin-inline: calc(var(--cw-widget-space-unit) * -4);
    max-width: none;
    width: calc(100% + var(--cw-widget-space-unit) * 8);
  }

  /* Buttons */
  .btn {
    --_c: var(--cw-color-accent);
    --_on: var(--cw-color-on-accent);
    --_bg-soft: var(--cw-color-surface-secondary);
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    flex: none;
    font: inherit;
    font-weight: 500;
    font-size: 0.9375em;
    line-height: 1.2;
    padding: 8px 14px;
    min-height: 36px;
    border-radius: var(--cw-radius-m);
    border: 1px solid transparent;
    cursor: pointer;
    transition:
      background var(--cw-duration-fast),
      opacity var(--cw-duration-fast);
    white-space: nowrap;
  }
  .btn.color-secondary {
    --_c: var(--cw-color-text);
    --_on: var(--cw-color-surface);
  }
  .btn.color-info {
    --_c: var(--cw-color-info);
    --_on: var(--cw-color-on-color);
    --_bg-soft: var(--cw-color-info-surface);
  }
  .btn.color-discovery {
    --_c: var(--cw-color-discovery);
    --_on: var(--cw-color-on-color);
    --_bg-soft: var(--cw-color-discovery-surface);
  }
  .btn.color-success {
    --_c: var(--cw-color-success);
    --_on: var(--cw-color-on-color);
    --_bg-soft: var(--cw-color-success-surface);
  }
  .btn.color-caution,
  .btn.color-warning {
    --_c: var(--cw-color-warning);
    --_on: var(--cw-color-on-color);
    --_bg-soft: var(--cw-color-warning-surface);
  }
  .btn.color-danger {
    --_c: var(--cw-color-danger);
    --_on: var(--cw-color-on-color);
    --_bg-soft: var(--cw-color-danger-surface);
  }
  .btn.variant-solid {
    background: var(--_c);
    color: var(--_on);
  }
  .btn.variant-soft {
    background: var(--_bg-soft);
    color: var(--_c);
  }
  .btn.variant-outline {
    background: transparent;
    color: var(--_c);
    border-color: var(--cw-color-border-strong);
  }
  .btn.variant-ghost {
    background: transparent;
    color: var(--_c);
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
    font-size: 0.75em;
    padding: 3px 8px;
    min-height: 24px;
  }
  .btn.size-sm {
    font-size: 0.875em;
    padding: 5px 10px;
    min-height: 30px;
  }
  .btn.size-lg {
    font-size: 1em;
    padding: 10px 18px;
    min-height: 42px;
  }
  .btn.size-xl,
  .btn.size-2xl,
  .btn.size-3xl {
    font-size: 1.0625em;
    padding: 12px 22px;
    min-height: 48px;
  }
  .btn.pill {
    border-radius: 999px;
  }
  .btn.block {
    width: 100%;
    flex: 1 1 auto;
  }
  .btn.uniform {
    padding: 0;
    width: 36px;
  }
  .btn.uniform.size-sm {
    width: 30px;
  }
  .btn.uniform.size-lg {
    width: 42px;
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

  /* Fields */
  .control {
    font: inherit;
    font-size: 0.9375em;
    color: var(--cw-color-text);
    background: var(--cw-color-surface);
    border: 1px solid var(--cw-color-border-strong);
    border-radius: var(--cw-radius-m);
    padding: 7px 10px;
    min-height: 36px;
    min-width: 0;
    transition:
      border-color var(--cw-duration-fast),
      box-shadow var(--cw-duration-fast);
  }
  .control.variant-soft,
  .control.variant-solid {
    background: var(--cw-color-surface-secondary);
    border-color: transparent;
  }
  .control.variant-ghost {
    background: transparent;
    border-color: transparent;
  }
  .control:focus {
    outline: none;
    border-color: var(--cw-color-focus);
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--cw-color-focus) 20%, transparent);
  }
  .control:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .control.pill {
    border-radius: 999px;
    padding-inline: 14px;
  }
  .control.block {
    width: 100%;
  }
  .control.size-xs,
  .control.size-2xs,
  .control.size-3xs {
    min-height: 26px;
    padding: 3px 8px;
    font-size: 0.8125em;
  }
  .control.size-sm {
    min-height: 30px;
    padding: 5px 9px;
    font-size: 0.875em;
  }
  .control.size-lg,
  .control.size-xl,
  .control.size-2xl,
  .control.size-3xl {
    min-height: 42px;
    font-size: 1em;
  }
  .control.gutter-2xs,
  .control.gutter-xs {
    padding-inline: 6px;
  }
  .control.gutter-lg,
  .control.gutter-xl {
    padding-inline: 14px;
  }
  textarea.control {
    resize: vertical;
    line-height: 1.45;
  }
  .control:user-invalid {
    border-color: var(--cw-color-danger);
  }
  .select-wrap,
  .date-wrap {
    position: relative;
    display: inline-flex;
    align-items: center;
    min-width: 0;
  }
  .select-wrap.block,
  .date-wrap.block {
    display: flex;
    width: 100%;
  }
  .select-wrap.block select,
  .date-wrap.block input {
    flex: 1;
  }
  select.control {
    appearance: none;
    padding-right: 30px;
  }
  .select-chevron {
    position: absolute;
    right: 10px;
    transform: rotate(90deg);
    pointer-events: none;
    color: var(--cw-color-text-secondary);
  }
  .date-wrap .clear {
    position: absolute;
    right: 34px;
    border: 0;
    background: none;
    color: var(--cw-color-text-secondary);
    cursor: pointer;
    font-size: 1.1em;
  }
  .checkbox,
  .radio {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    cursor: pointer;
  }
  .checkbox input,
  .radio input {
    width: 16px;
    height: 16px;
    margin: 0;
    accent-color: var(--cw-color-accent);
  }
  .checkbox.disabled,
  .radio.disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .radio-group {
    display: flex;
    gap: 8px 16px;
  }
  .radio-group.dir-col {
    flex-direction: column;
  }
  .radio-group.dir-row {
    flex-wrap: wrap;
  }

  /* Table */
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
  }
  .table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9375em;
  }
  .table th,
  .table td {
    padding: 8px 12px;
    border-bottom: 1px solid var(--cw-color-border-subtle);
    text-align: start;
  }
  .table th {
    font-weight: 600;
    color: var(--cw-color-text-secondary);
    font-size: 0.875em;
  }
  .table tr:last-child td {
    border-bottom: 0;
  }

  /* Chart, Markdown */
  .chart {
    width: 100%;
  }

  /* Fallback */
  .widget-fallback {
    border: 1px dashed var(--cw-color-border-strong);
    border-radius: var(--cw-radius-m);
    padding: 8px 12px;
    color: var(--cw-color-text-secondary);
    font-size: 0.875em;
  }
  code {
    font-family: var(--cw-font-mono);
  }
  :focus-visible {
    outline: 2px solid var(--cw-color-focus);
    outline-offset: 2px;
  }
  [hidden] {
    display: none !important;
  }
  @media (prefers-reduced-motion: reduce) {
    .transition-child,
    .spinner,
    .text.streaming::after {
      animation: none;
    }
  }
`;
