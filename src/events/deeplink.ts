/** Detail of `cw-deeplink`. */
export interface CwDeeplinkEventDetail {
  /** The link's host: `name` in `chatkit-link://name?key=value`. */
  name: string;
  /** Its query parameters. */
  data?: Record<string, unknown>;
}

/** Its two names: ours, and ChatKit's. */
export type CwDeeplinkEventType = 'cw-deeplink' | 'chatkit.deeplink';

/**
 * A `chatkit-link://` link was clicked; the element does not navigate.
 *
 * `<chat-widgets>` dispatches it as `cw-deeplink` and again as ChatKit's `chatkit.deeplink`, with the same
 * `detail`. It bubbles and is composed.
 */
export class CwDeeplinkEvent extends CustomEvent<CwDeeplinkEventDetail> {
  static readonly eventName = 'cw-deeplink';
  static readonly chatkitName = 'chatkit.deeplink';

  constructor(detail: CwDeeplinkEventDetail, type: CwDeeplinkEventType = 'cw-deeplink') {
    super(type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'cw-deeplink': CwDeeplinkEvent;
    'chatkit.deeplink': CwDeeplinkEvent;
  }
}
