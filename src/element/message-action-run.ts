/**
 * What the actions under a message do when clicked: copy, share, edit (the message back into the
 * composer), feedback (`items.feedback`) and retry (`threads.retry_after_item`). Part of the item
 * extras chunk (item-extras.ts re-exports it), which `MessageActionsController.run` loads; each
 * action logs as ChatKit does, and a failure is reported as `cw-error`, never thrown.
 */
import { CwErrorEvent, CwLogEvent, emitChatEvent } from '../events/index.js';
import type { UserMessageItem } from '../protocol/wire-types.js';
import type { ItemEntry } from '../state/thread-state.js';
import { copyText } from './items.js';
import type {
  FeedbackKind,
  MessageAction,
  MessageActionsController,
} from './controllers/message-actions-controller.js';

/** What the actions under an answer do (`MessageActionsController.run`). */
export async function runMessageAction(
  controller: MessageActionsController,
  action: MessageAction,
  entry: ItemEntry,
  kind?: FeedbackKind,
): Promise<void> {
  const { host } = controller;
  const itemId = entry.item.id;
  const log = (name: string, data: Record<string, unknown>) =>
    emitChatEvent(host, CwLogEvent, { name, data });
  const session = controller.session();
  try {
    if (action === 'copy') {
      const text = copyText(entry);
      if (!text) return;
      await navigator.clipboard.writeText(text);
      log('message.copy', { itemId });
    } else if (action === 'share') {
      const text = copyText(entry);
      if (!text) return;
      // The system share sheet where the browser has one; else the clipboard.
      let via = 'clipboard';
      if (typeof navigator.share === 'function' && navigator.canShare?.({ text }) !== false) {
        try {
          await navigator.share({ text });
          via = 'share';
        } catch (error) {
          // The user closed the sheet: nothing to report.
          if ((error as DOMException)?.name === 'AbortError') return;
          await navigator.clipboard.writeText(text);
        }
      } else await navigator.clipboard.writeText(text);
      log('message.share', { itemId, via });
    } else if (action === 'edit' && entry.item.type === 'user_message') {
      const item = entry.item as UserMessageItem;
      log('message.edit', { itemId });
      await controller.edit({
        content: item.content,
        reply: item.quoted_text || null,
        attachments: item.attachments,
        selectedToolId: item.inference_options?.tool_choice?.id ?? null,
        ...(item.inference_options?.model ? { selectedModelId: item.inference_options.model } : {}),
      });
    } else if (action === 'feedback' && kind) {
      if (!session || controller.given.get(itemId) === kind) return;
      controller.given = new Map(controller.given).set(itemId, kind);
      host.requestUpdate();
      log('message.feedback', { itemId, kind });
      await session.sendFeedback([itemId], kind);
    } else if (action === 'retry' && session) {
      // The answer is retried from the user message it answers.
      const items = session.state.items;
      const user = items
        .slice(
          0,
          items.findIndex((e) => e.item.id === itemId),
        )
        .reverse()
        .find((e) => e.item.type === 'user_message' && e.phase === 'done');
      if (!user) return;
      log('message.retry', { itemId: user.item.id });
      controller.beforeRetry();
      await session.retry(user.item.id);
    }
  } catch (error) {
    emitChatEvent(host, CwErrorEvent, {
      error: error instanceof Error ? error : new Error(String(error)),
    });
  }
}
