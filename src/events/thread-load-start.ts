/** Detail of `cw-thread-load-start`. */
export interface CwThreadLoadStartEventDetail {
  threadId: string;
}

/** Its two names: ours, and ChatKit's. */
export type CwThreadLoadStartEventType = 'cw-thread-load-start' | 'chatkit.thread.load.start';

/**
 * A thread started loading (the first one, or one picked from history).
 *
 * `<chat-widgets>` dispatches it as `cw-thread-load-start` and again as ChatKit's `chatkit.thread.load.start`, with the same
 * `detail`. It bubbles and is composed.
 */
export class CwThreadLoadStartEvent extends CustomEvent<CwThreadLoadStartEventDetail> {
  static readonly eventName = 'cw-thread-load-start';
  static readonly chatkitName = 'chatkit.thread.load.start';

  constructor(
    detail: CwThreadLoadStartEventDetail,
    type: CwThreadLoadStartEventType = 'cw-thread-load-start',
  ) {
    super(type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'cw-thread-load-start': CwThreadLoadStartEvent;
    'chatkit.thread.load.start': CwThreadLoadStartEvent;
  }
}
