/** Its two names: ours, and ChatKit's. */
export type CwHistoryOpenEventType = 'cw-history-open' | 'chatkit.history.open';

/**
 * The history panel opened (the header's button or `showHistory`).
 *
 * `<chat-widgets>` dispatches it as `cw-history-open` and again as ChatKit's
 * `chatkit.history.open` (ChatKit JS 1.9). It bubbles and is composed.
 */
export class CwHistoryOpenEvent extends CustomEvent<null> {
  static readonly eventName = 'cw-history-open';
  static readonly chatkitName = 'chatkit.history.open';

  /** The detail is `null` (ChatKit's `void`). */
  constructor(detail: null = null, type: CwHistoryOpenEventType = 'cw-history-open') {
    super(type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'cw-history-open': CwHistoryOpenEvent;
    'chatkit.history.open': CwHistoryOpenEvent;
  }
}
