import type { ReactiveControllerHost } from 'lit';

import type { ComposerValue } from '../../composer/composer-state.js';
import type { ChatSession } from '../../state/chat-session.js';
import type { ItemEntry } from '../../state/thread-state.js';

/** Thumbs up or down. */
export type FeedbackKind = 'positive' | 'negative';

/** What a button under a message does. */
export type MessageAction = 'copy' | 'feedback' | 'retry' | 'share' | 'edit';

/**
 * The actions under an assistant answer (`threadItemActions`): copy, thumbs up and down
 * (`items.feedback`) and retry (`threads.retry_after_item`). It holds the feedback given; what
 * the actions do comes with the chunk of their buttons (`runMessageAction`, message-action-run.ts,
 * which item-extras.ts re-exports), loaded by the time one is clicked. Each logs as ChatKit does; failures are reported through the
 * error event and never thrown.
 *
 * It needs no lifecycle hook, so it only asks its host to update and is not added to it.
 */
export class MessageActionsController {
  /**
   * The feedback given, by item id. Replaced (never mutated) when feedback is given, so the thread
   * re-renders its items exactly then.
   */
  given: ReadonlyMap<string, FeedbackKind> = new Map();

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    readonly session: () => ChatSession | null,
    /** Called before a retry streams (the host pins its scroll to the bottom). */
    readonly beforeRetry: () => void,
    /** Puts a sent message into the composer to be changed and sent again (ComposerState.edit). */
    readonly edit: (value: ComposerValue) => Promise<void> = () => Promise.resolve(),
  ) {}

  /** Copies, gives feedback (`kind`) or retries for the answer `entry`. */
  async run(action: MessageAction, entry: ItemEntry, kind?: FeedbackKind) {
    await (await import('../item-extras.js')).runMessageAction(this, action, entry, kind);
  }
}
