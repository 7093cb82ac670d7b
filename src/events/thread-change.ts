/** Detail of `cw-thread-change`. */
export interface CwThreadChangeEventDetail {
  /** The open thread; `null` for a new, empty one. */
  threadId: string | null;
}

/** Its two names: ours, and ChatKit's. */
export type CwThreadChangeEventType = 'cw-thread-change' | 'chatkit.thread.change';

/**
 * The open thread changed. Hosts save its id and pass it back as `initialThread`.
 *
 * `<chat-widgets>` dispatches it as `cw-thread-change` and again as ChatKit's `chatkit.thread.change`, with the same
 * `detail`. It bubbles and is composed.
 */
export class CwThreadChangeEvent extends CustomEvent<CwThreadChangeEventDetail> {
  static readonly eventName = 'cw-thread-change';
  static readonly chatkitName = 'chatkit.thread.change';

  constructor(
    detail: CwThreadChangeEventDetail,
    type: CwThreadChangeEventType = 'cw-thread-change',
  ) {
    super(type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'cw-thread-change': CwThreadChangeEvent;
    'chatkit.thread.change': CwThreadChangeEvent;
  }
}
