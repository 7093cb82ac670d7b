/** Its two names: ours, and ChatKit's. */
export type CwHistoryCloseEventType = 'cw-history-close' | 'chatkit.history.close';

/**
 * The history panel closed (its close button, picking a thread, or `hideHistory`).
 *
 * `<chat-widgets>` dispatches it as `cw-history-close` and again as ChatKit's
 * `chatkit.history.close` (ChatKit JS 1.9). It bubbles and is composed.
 */
export class CwHistoryCloseEvent extends CustomEvent<null> {
  static readonly eventName = 'cw-history-close';
  static readonly chatkitName = 'chatkit.history.close';

  /** The detail is `null` (ChatKit's `void`). */
  constructor(detail: null = null, type: CwHistoryCloseEventType = 'cw-history-close') {
    super(type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'cw-history-close': CwHistoryCloseEvent;
    'chatkit.history.close': CwHistoryCloseEvent;
  }
}
