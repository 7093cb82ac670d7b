import type { ReactiveController, ReactiveControllerHost } from 'lit';

import { dispatchChatEvent } from '../../events/index.js';
import type { ChatSession } from '../../state/chat-session.js';
import type { ItemEntry } from '../../state/thread-state.js';
import { copyText } from '../items.js';

type Kind = 'positive' | 'negative';

/**
 * The actions under an assistant answer (`threadItemActions`): copy, thumbs up and down
 * (`items.feedback`) and retry (`threads.retry_after_item`). Each logs as ChatKit does; failures
 * are reported through the error event and never thrown.
 */
export class MessageActionsController implements ReactiveController {
  private readonly given = new Map<string, Kind>();
  /** Set when feedback changed since the host last rebuilt its item context. */
  changed = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly session: () => ChatSession | null,
    /** Called before a retry streams (the host pins its scroll to the bottom). */
    private readonly beforeRetry: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The feedback already given to an item. */
  feedbackOf(itemId: string): Kind | undefined {
    return this.given.get(itemId);
  }

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

  async feedback(entry: ItemEntry, kind: Kind): Promise<void> {
    const session = this.session();
    if (!session || this.given.get(entry.item.id) === kind) return;
    this.given.set(entry.item.id, kind);
    this.changed = true;
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
    dispatchChatEvent(this.host, 'chatkit.log', { name, data });
  }

  private report(error: unknown): void {
    dispatchChatEvent(this.host, 'chatkit.error', {
      error: error instanceof Error ? error : new Error(String(error)),
    });
  }
}
