/**
 * How what happens inside `<chat-widgets>` becomes its public events (src/events/): the session's
 * events one to one, and failures as `cw-error`.
 */
import {
  CwEffectEvent,
  CwErrorEvent,
  CwLogEvent,
  CwResponseEndEvent,
  CwResponseStartEvent,
  CwThreadChangeEvent,
  CwThreadLoadEndEvent,
  CwThreadLoadStartEvent,
  CwUserMessageEvent,
  emitChatEvent,
} from '../events/index.js';
import type { SessionEvent } from '../state/chat-session.js';

/** Reports anything thrown as `cw-error` (never throws itself). */
export function reportError(host: EventTarget, error: unknown): void {
  emitChatEvent(host, CwErrorEvent, {
    error: error instanceof Error ? error : new Error(String(error)),
  });
}

/** Dispatches the public event of a session event. */
export function emitSessionEvent(host: EventTarget, event: SessionEvent): void {
  switch (event.type) {
    case 'user_message':
      host.dispatchEvent(new CwUserMessageEvent({ input: event.input, threadId: event.threadId }));
      return;
    case 'response.start':
      return emitChatEvent(host, CwResponseStartEvent, null);
    case 'response.end':
      return emitChatEvent(host, CwResponseEndEvent, null);
    case 'thread.change':
      return emitChatEvent(host, CwThreadChangeEvent, { threadId: event.threadId });
    case 'thread.load.start':
      return emitChatEvent(host, CwThreadLoadStartEvent, { threadId: event.threadId });
    case 'thread.load.end':
      return emitChatEvent(host, CwThreadLoadEndEvent, { threadId: event.threadId });
    case 'effect':
      emitChatEvent(host, CwLogEvent, { name: 'client_effect', data: { name: event.name } });
      return emitChatEvent(host, CwEffectEvent, { name: event.name, data: event.data });
    case 'error':
      return emitChatEvent(host, CwErrorEvent, { error: event.error });
    case 'warning':
      return emitChatEvent(host, CwLogEvent, {
        name: 'protocol.warning',
        data: { message: event.error.message },
      });
    case 'log':
      return emitChatEvent(host, CwLogEvent, {
        name: event.name,
        ...(event.data ? { data: event.data } : {}),
      });
  }
}
