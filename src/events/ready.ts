/** Its two names: ours, and ChatKit's. */
export type CwReadyEventType = 'cw-ready' | 'chatkit.ready';

/**
 * The element is ready: fired once, a task after its first render (so listeners added right
 * after the element was defined still hear it).
 *
 * `<chat-widgets>` dispatches it as `cw-ready` and again as ChatKit's `chatkit.ready`. It bubbles and is composed.
 */
export class CwReadyEvent extends CustomEvent<null> {
  static readonly eventName = 'cw-ready';
  static readonly chatkitName = 'chatkit.ready';

  /** The detail is `null` (ChatKit's `void`). */
  constructor(detail: null = null, type: CwReadyEventType = 'cw-ready') {
    super(type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'cw-ready': CwReadyEvent;
    'chatkit.ready': CwReadyEvent;
  }
}
