/** Its two names: ours, and ChatKit's. */
export type CwResponseEndEventType = 'cw-response-end' | 'chatkit.response.end';

/**
 * A response ended: finished, stopped or failed.
 *
 * `<chat-widgets>` dispatches it as `cw-response-end` and again as ChatKit's `chatkit.response.end`. It bubbles and is composed.
 */
export class CwResponseEndEvent extends CustomEvent<null> {
  static readonly eventName = 'cw-response-end';
  static readonly chatkitName = 'chatkit.response.end';

  /** The detail is `null` (ChatKit's `void`). */
  constructor(detail: null = null, type: CwResponseEndEventType = 'cw-response-end') {
    super(type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'cw-response-end': CwResponseEndEvent;
    'chatkit.response.end': CwResponseEndEvent;
  }
}
