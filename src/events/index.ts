/**
 * The public events of `<chat-widgets>`. Each is a `CustomEvent` dispatched on the element, bubbling
 * and composed, under two names with the same `detail`:
 * - a kebab-case `cw-…` name that Vue (`@cw-error`) and Angular (`(cw-error)`) templates bind;
 * - the `<openai-chatkit>` name (`chatkit.error`), so pages written for ChatKit work unchanged.
 */
import type { ChatKitError } from '../protocol/errors.js';

/** `detail` of each event, by its ChatKit name. */
export interface ChatKitEventDetails {
  'chatkit.ready': undefined;
  'chatkit.error': { error: Error | ChatKitError };
  'chatkit.log': { name: string; data?: Record<string, unknown> };
  'chatkit.effect': { name: string; data?: Record<string, unknown> };
  'chatkit.deeplink': { name: string; data?: Record<string, unknown> };
  'chatkit.response.start': undefined;
  'chatkit.response.end': undefined;
  'chatkit.thread.change': { threadId: string | null };
  'chatkit.thread.load.start': { threadId: string };
  'chatkit.thread.load.end': { threadId: string };
  'chatkit.tool.change': { toolId: string | null };
}

/** A ChatKit event name. */
export type ChatKitEventName = keyof ChatKitEventDetails;

/** The kebab-case name of each ChatKit event. */
export const EVENT_NAMES = {
  'chatkit.ready': 'cw-ready',
  'chatkit.error': 'cw-error',
  'chatkit.log': 'cw-log',
  'chatkit.effect': 'cw-effect',
  'chatkit.deeplink': 'cw-deeplink',
  'chatkit.response.start': 'cw-response-start',
  'chatkit.response.end': 'cw-response-end',
  'chatkit.thread.change': 'cw-thread-change',
  'chatkit.thread.load.start': 'cw-thread-load-start',
  'chatkit.thread.load.end': 'cw-thread-load-end',
  'chatkit.tool.change': 'cw-tool-change',
} as const satisfies Record<ChatKitEventName, string>;

type KebabEventMap = {
  [K in ChatKitEventName as (typeof EVENT_NAMES)[K]]: CustomEvent<ChatKitEventDetails[K]>;
};
type ChatKitEventMap = { [K in ChatKitEventName]: CustomEvent<ChatKitEventDetails[K]> };

/** Every public event, typed for `addEventListener`. */
export interface ChatWidgetsEventMap extends KebabEventMap, ChatKitEventMap {}

/** Dispatches one public event under both of its names. */
export function dispatchChatEvent<K extends ChatKitEventName>(
  target: EventTarget,
  name: K,
  detail: ChatKitEventDetails[K],
): void {
  for (const type of [EVENT_NAMES[name], name]) {
    target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends ChatWidgetsEventMap {}
}
