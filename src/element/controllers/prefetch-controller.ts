/**
 * Fetches the chunks an answer needs before the first one comes: Markdown (`<cw-markdown>` and the
 * lexer) and the item extras (the actions under an answer, rare items, notices) are chunks of their
 * own, loaded once the chat has drawn and the page is idle. An answer (or a disclaimer) drawn
 * before that moment loads Markdown at once.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

import { requireElement } from '../../internal/lazy-elements.js';

/** The lazy elements of an answer, fetched when the page is idle. */
const ANSWER_ELEMENTS = ['cw-markdown', 'cw-message-actions', 'cw-extra-item', 'cw-notice'];

export class PrefetchController implements ReactiveController {
  private scheduled = false;
  private markdownAsked = false;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.scheduled) {
      // Once the chat has drawn (its first update).
      this.scheduled = true;
      const load = () => {
        this.markdownAsked = true;
        for (const tag of ANSWER_ELEMENTS) void requireElement(tag);
      };
      if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 });
      else setTimeout(load, 200);
    }
    // An answer (or a disclaimer) came before the idle moment: its Markdown is needed now.
    if (!this.markdownAsked && this.host.renderRoot.querySelector('cw-markdown:not(:defined)')) {
      this.markdownAsked = true;
      void requireElement('cw-markdown');
    }
  }
}
