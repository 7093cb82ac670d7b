import type { UserMessageInput } from '../protocol/wire-types.js';

/** Detail of `cw-user-message`: what was sent, and the thread it went to (`null`: a new one). */
export interface CwUserMessageEventDetail {
  /** The message as it goes to the server: content, attachment ids, quoted text, tool and model. */
  input: UserMessageInput;
  threadId: string | null;
}

/**
 * A user message is being sent: from the composer, a start-screen prompt or `sendUserMessage`
 * (what ChatKit users ask for as `onUserMessage`). It fires as the request starts, before the
 * server has answered. ChatKit has no such event, so it has no second name.
 */
export class CwUserMessageEvent extends CustomEvent<CwUserMessageEventDetail> {
  static readonly eventName = 'cw-user-message';

  constructor(detail: CwUserMessageEventDetail) {
    super(CwUserMessageEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'cw-user-message': CwUserMessageEvent;
  }
}
