import type { ChatKitError } from '../protocol/errors.js';

/** Detail of `cw-error`. */
export interface CwErrorEventDetail {
  /** What failed: a {@link ChatKitError} for protocol failures, any `Error` otherwise. */
  error: Error | ChatKitError;
}

/** Its two names: ours, and ChatKit's. */
export type CwErrorEventType = 'cw-error' | 'chatkit.error';

/**
 * Something failed. The thread already shows its own notice where one fits: hosts log these, they
 * draw no UI.
 *
 * `<chat-widgets>` dispatches it as `cw-error` and again as ChatKit's `chatkit.error`, with the same
 * `detail`. It bubbles and is composed.
 */
export class CwErrorEvent extends CustomEvent<CwErrorEventDetail> {
  static readonly eventName = 'cw-error';
  static readonly chatkitName = 'chatkit.error';

  constructor(detail: CwErrorEventDetail, type: CwErrorEventType = 'cw-error') {
    super(type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'cw-error': CwErrorEvent;
    'chatkit.error': CwErrorEvent;
  }
}
