/** Detail of `cw-thread-load-end`. */
export interface CwThreadLoadEndEventDetail {
  threadId: string;
}

/** Its two names: ours, and ChatKit's. */
export type CwThreadLoadEndEventType = 'cw-thread-load-end' | 'chatkit.thread.load.end';

/**
 * A thread finished loading.
 *
 * `<chat-widgets>` dispatches it as `cw-thread-load-end` and again as ChatKit's `chatkit.thread.load.end`, with the same
 * `detail`. It bubbles and is composed.
 */
export class CwThreadLoadEndEvent extends CustomEvent<CwThreadLoadEndEventDetail> {
  static readonly eventName = 'cw-thread-load-end';
  static readonly chatkitName = 'chatkit.thread.load.end';

  constructor(
    detail: CwThreadLoadEndEventDetail,
    type: CwThreadLoadEndEventType = 'cw-thread-load-end',
  ) {
    super(type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'cw-thread-load-end': CwThreadLoadEndEvent;
    'chatkit.thread.load.end': CwThreadLoadEndEvent;
  }
}
