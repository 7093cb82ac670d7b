/** Detail of `cw-effect`. */
export interface CwEffectEventDetail {
  /** The effect's name, as the server sent it. */
  name: string;
  data?: Record<string, unknown>;
}

/** Its two names: ours, and ChatKit's. */
export type CwEffectEventType = 'cw-effect' | 'chatkit.effect';

/**
 * The server streamed a client effect (fire and forget).
 *
 * `<chat-widgets>` dispatches it as `cw-effect` and again as ChatKit's `chatkit.effect`, with the same
 * `detail`. It bubbles and is composed.
 */
export class CwEffectEvent extends CustomEvent<CwEffectEventDetail> {
  static readonly eventName = 'cw-effect';
  static readonly chatkitName = 'chatkit.effect';

  constructor(detail: CwEffectEventDetail, type: CwEffectEventType = 'cw-effect') {
    super(type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'cw-effect': CwEffectEvent;
    'chatkit.effect': CwEffectEvent;
  }
}
