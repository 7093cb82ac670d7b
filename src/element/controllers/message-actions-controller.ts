import type { ReactiveControllerHost } from 'lit';

import { CwErrorEvent, CwLogEvent, emitChatEvent } from '../../events/index.js';
import type { ChatSession } from '../../state/chat-session.js';
import type { ItemEntry } from '../../state/thread-state.js';
import { copyText } from '../items.js';

/** Thumbs up or down. */
export type FeedbackKind = 'positive' | 'negative';

/**
 * The actions under an assistant answer (`threadItemActions`): copy, thumbs up and down
 * (`items.feedback`) and retry (`threads.retry_after_item`). Each logs as ChatKit does; failures
 * are reported through the error event and never thrown.
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
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly session: () => ChatSession | null,
    /** Called before a retry streams (the host pins its scroll to the bottom). */
    private readonly beforeRetry: () => void,
  ) {}

  async copy(entry: ItemEntry): Promise<void> {
    const text = copyText(entry);
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text);
      this.log('message.copy', { itemId: entry.item.id });
    } catch (error) {
      this.report(error);
    }
  }

  async feedback(entry: ItemEntry, kind: FeedbackKind): Promise<void> {
    const session = this.session();
    if (!session || this.given.get(entry.item.id) === kind) return;
    this.given = new Map(this.given).set(entry.item.id, kind);
    this.host.requestUpdate();
    this.log('message.feedback', { itemId: entry.item.id, kind });
    try {
      await session.sendFeedback([entry.item.id], kind);
    } catch (error) {
      this.report(error);
    }
  }

  /** Retries the answer to the user message this item answers. */
  async retry(entry: ItemEntry): Promise<void> {
    const session = this.session();
    if (!session) return;
    const items = session.state.items;
    const at = items.findIndex((e) => e.item.id === entry.item.id);
    const user = items
      .slice(0, at)
      .reverse()
      .find((e) => e.item.type === 'user_message' && e.phase === 'done');
    if (!user) return;
    this.log('message.retry', { itemId: user.item.id });
    this.beforeRetry();
    try {
      await session.retry(user.item.id);
    } catch (error) {
      this.report(error);
    }
  }

  private log(name: string, data: Record<string, unknown>): void {
    emitChatEvent(this.host, CwLogEvent, { name, data });
  }

  private report(error: unknown): void {
    emitChatEvent(this.host, CwErrorEvent, {
      error: error instanceof Error ? error : new Error(String(error)),
    });
  }
}
