/** Its two names: ours, and ChatKit's. */
export type CwResponseStartEventType = 'cw-response-start' | 'chatkit.response.start';

/**
 * A response started streaming.
 *
 * `<chat-widgets>` dispatches it as `cw-response-start` and again as ChatKit's `chatkit.response.start`. It bubbles and is composed.
 */
export class CwResponseStartEvent extends CustomEvent<null> {
  static readonly eventName = 'cw-response-start';
  static readonly chatkitName = 'chatkit.response.start';

  /** The detail is `null` (ChatKit's `void`). */
  constructor(detail: null = null, type: CwResponseStartEventType = 'cw-response-start') {
    super(type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'cw-response-start': CwResponseStartEvent;
    'chatkit.response.start': CwResponseStartEvent;
  }
}
