/** Detail of `cw-log`. */
export interface CwLogEventDetail {
  /** What happened (`message.copy`, `client_tool.completed`, …). */
  name: string;
  data?: Record<string, unknown>;
}

/** Its two names: ours, and ChatKit's. */
export type CwLogEventType = 'cw-log' | 'chatkit.log';

/**
 * Diagnostics. They can carry user content: treat them as personal data.
 *
 * `<chat-widgets>` dispatches it as `cw-log` and again as ChatKit's `chatkit.log`, with the same
 * `detail`. It bubbles and is composed.
 */
export class CwLogEvent extends CustomEvent<CwLogEventDetail> {
  static readonly eventName = 'cw-log';
  static readonly chatkitName = 'chatkit.log';

  constructor(detail: CwLogEventDetail, type: CwLogEventType = 'cw-log') {
    super(type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'cw-log': CwLogEvent;
    'chatkit.log': CwLogEvent;
  }
}
