/**
 * The public events of `<chat-widgets>`: one `CustomEvent` subclass per event, each in its own file
 * with its `HTMLElementEventMap` entries. Each is dispatched on the element, bubbling and composed,
 * under two names with the same class and `detail`:
 * - a kebab-case `cw-…` name that Vue (`@cw-error`) and Angular (`(cw-error)`) templates bind;
 * - the `<openai-chatkit>` name (`chatkit.error`), so pages written for ChatKit work unchanged.
 */
import { CwDeeplinkEvent } from './deeplink.js';
import { CwEffectEvent } from './effect.js';
import { CwErrorEvent } from './error.js';
import { CwLogEvent } from './log.js';
import { CwReadyEvent } from './ready.js';
import { CwResponseEndEvent } from './response-end.js';
import { CwResponseStartEvent } from './response-start.js';
import { CwThreadChangeEvent } from './thread-change.js';
import { CwThreadLoadEndEvent } from './thread-load-end.js';
import { CwThreadLoadStartEvent } from './thread-load-start.js';
import { CwToolChangeEvent } from './tool-change.js';
import type { CwWidgetActionEvent } from './widget-action.js';

export * from './deeplink.js';
export * from './effect.js';
export * from './error.js';
export * from './log.js';
export * from './ready.js';
export * from './response-end.js';
export * from './response-start.js';
export * from './thread-change.js';
export * from './thread-load-end.js';
export * from './thread-load-start.js';
export * from './tool-change.js';
export * from './user-message.js';
export * from './widget-action.js';

/** The class of each event, by its ChatKit name. */
export const CHAT_EVENTS = {
  'chatkit.ready': CwReadyEvent,
  'chatkit.error': CwErrorEvent,
  'chatkit.log': CwLogEvent,
  'chatkit.effect': CwEffectEvent,
  'chatkit.deeplink': CwDeeplinkEvent,
  'chatkit.response.start': CwResponseStartEvent,
  'chatkit.response.end': CwResponseEndEvent,
  'chatkit.thread.change': CwThreadChangeEvent,
  'chatkit.thread.load.start': CwThreadLoadStartEvent,
  'chatkit.thread.load.end': CwThreadLoadEndEvent,
  'chatkit.tool.change': CwToolChangeEvent,
} as const;

type ChatEvents = typeof CHAT_EVENTS;

/** A ChatKit event name. */
export type ChatKitEventName = keyof ChatEvents;

/** `detail` of each event, by its ChatKit name. */
export type ChatKitEventDetails = {
  [K in ChatKitEventName]: InstanceType<ChatEvents[K]>['detail'];
};

/** The kebab-case name of each ChatKit event. */
export const EVENT_NAMES = Object.fromEntries(
  Object.entries(CHAT_EVENTS).map(([name, event]) => [name, event.eventName]),
) as { readonly [K in ChatKitEventName]: ChatEvents[K]['eventName'] };

type KebabEventMap = {
  [K in ChatKitEventName as ChatEvents[K]['eventName']]: InstanceType<ChatEvents[K]>;
};
type ChatKitEventMap = { [K in ChatKitEventName]: InstanceType<ChatEvents[K]> };

/** Every public event of `<chat-widgets>` by name, for typing listeners. */
export interface ChatWidgetsEventMap extends KebabEventMap, ChatKitEventMap {
  'cw-widget-action': CwWidgetActionEvent;
}

/** A public event class: made from its detail and one of its two names. */
export interface ChatEventClass<D, N extends string> {
  readonly eventName: string;
  readonly chatkitName: N;
  new (detail: D, type?: N): CustomEvent<D>;
}

/** Dispatches a public event under both of its names: ours first, then ChatKit's. */
export function emitChatEvent<D, N extends string>(
  target: EventTarget,
  event: ChatEventClass<D, N>,
  detail: D,
): void {
  target.dispatchEvent(new event(detail));
  target.dispatchEvent(new event(detail, event.chatkitName));
}

/**
 * Dispatches a public event by its ChatKit name.
 * @deprecated Use {@link emitChatEvent} with the event's class.
 */
export function dispatchChatEvent<K extends ChatKitEventName>(
  target: EventTarget,
  name: K,
  detail: ChatKitEventDetails[K],
): void {
  emitChatEvent(target, CHAT_EVENTS[name] as ChatEventClass<ChatKitEventDetails[K], K>, detail);
}
