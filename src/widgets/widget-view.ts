import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';

import { reset } from '../theme/tokens.js';
import { renderNode } from './registry.js';
import type { WidgetRenderContext } from './registry.js';

/**
 * Renders one widget tree (a `Card`, `ListView` or `Basic` root) in its own shadow root, through
 * the widget registry. Unknown component types show a labelled placeholder; rendering never throws.
 *
 * @summary One ChatKit widget, anywhere on a page.
 * @tagname cw-widget
 */
export class CwWidget extends LitElement {
  static override styles = [
    reset,
    css`
      :host {
        display: block;
      }
      .widget-fallback {
        border: 1px dashed var(--cw-color-border-strong);
        border-radius: var(--cw-radius-m);
        padding: var(--cw-space-m);
        color: var(--cw-color-text-secondary);
        font-size: 0.875em;
      }
      code {
        font-family: var(--cw-font-mono);
      }
    `,
  ];

  /** The widget JSON (root node). */
  @property({ attribute: false }) widget: unknown = null;

  private readonly context: WidgetRenderContext = {
    renderNode: (node) => renderNode(node, this.context),
  };

  override render() {
    return html`${renderNode(this.widget, this.context)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cw-widget': CwWidget;
  }
}
