/**
 * Routes a widget's action for `<chat-widgets>` (loaded by `widget-actions.ts`, a chunk of its
 * own: only a chat whose widgets send actions needs it). `handler: "client"` goes to the page
 * (`widgets.onAction` and the `cw-widget-action` event); `"server"` to `threads.custom_action`, or
 * to `threads.sync_custom_action` when the action says `streaming: false`.
 */
import { CwLogEvent, CwWidgetActionEvent, emitChatEvent } from '../events/index.js';
import { ChatKitError } from '../protocol/errors.js';
import type { WidgetActionRequest } from '../widgets/widget-host.js';
import { reportError } from './public-events.js';
import type { ActionRoute } from './widget-actions.js';

/**
 * Sends an action where it belongs. Never throws: a sender that left the thread, a payload that is
 * not JSON or a busy thread is reported as an error and a `widget.action.rejected` log, with
 * nothing sent; protocol failures were reported by the session; anything else is reported here.
 */
export async function routeWidgetAction(
  route: ActionRoute,
  request: WidgetActionRequest,
): Promise<void> {
  const { host, session } = route;
  const fail = (message: string) => {
    reportError(host, new Error(message));
    emitChatEvent(host, CwLogEvent, {
      name: 'widget.action.rejected',
      data: { type: request.action.type, reason: message },
    });
  };
  // The sender must still be in the thread: its widget may have been replaced or removed.
  if (request.itemId && !session?.state.index.has(request.itemId)) {
    return fail(
      `The widget that sent "${request.action.type}" is no longer in the thread; nothing was sent.`,
    );
  }
  try {
    JSON.stringify(request.action);
  } catch {
    return fail(
      `The payload of "${request.action.type}" cannot be sent as JSON; nothing was sent.`,
    );
  }
  const item = { id: request.itemId ?? '', widget: request.widget };
  const event = new CwWidgetActionEvent({ ...request, item });
  host.dispatchEvent(event);
  emitChatEvent(host, CwLogEvent, {
    name: 'widget.action',
    data: { type: request.action.type, handler: request.config.handler },
  });
  try {
    if (request.config.handler === 'client') {
      if (route.onAction) await route.onAction(request.action, item);
      return;
    }
    if (event.defaultPrevented || !session) return;
    if (!request.config.streaming) await session.sendSyncAction(request.action, request.itemId);
    else if (session.streaming)
      fail(`"${request.action.type}" waits for the current response: try again when it ends.`);
    else await session.sendAction(request.action, request.itemId);
  } catch (error) {
    if (!(error instanceof ChatKitError)) reportError(host, error);
  }
}
