/** Detail of `cw-tool-change`. */
export interface CwToolChangeEventDetail {
  /** The selected composer tool; `null` when none is. */
  toolId: string | null;
}

/** Its two names: ours, and ChatKit's. */
export type CwToolChangeEventType = 'cw-tool-change' | 'chatkit.tool.change';

/**
 * The composer's selected tool changed.
 *
 * `<chat-widgets>` dispatches it as `cw-tool-change` and again as ChatKit's `chatkit.tool.change`, with the same
 * `detail`. It bubbles and is composed.
 */
export class CwToolChangeEvent extends CustomEvent<CwToolChangeEventDetail> {
  static readonly eventName = 'cw-tool-change';
  static readonly chatkitName = 'chatkit.tool.change';

  constructor(detail: CwToolChangeEventDetail, type: CwToolChangeEventType = 'cw-tool-change') {
    super(type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'cw-tool-change': CwToolChangeEvent;
    'chatkit.tool.change': CwToolChangeEvent;
  }
}
