/**
 * Thread state for ChatKit: a pure reducer over stream events and client intents, observable
 * stores, and the session that drives them. No DOM, no Lit.
 * @packageDocumentation
 */
export * from './thread-state.js';
export { threadReducer, errorFromEvent } from './reducer.js';
export { applyItemUpdate, findComponent, mapComponent } from './apply-update.js';
export { normalizeItem, parseTimestamp, threadMetadata, isVisibleType } from './normalize.js';
export { Store } from './store.js';
export type { Listener } from './store.js';
export * from './thread-list.js';
export * from './selectors.js';
export { ChatSession, SessionBusyError, toThreadError } from './chat-session.js';
export type {
  ChatSessionOptions,
  ClientToolHandler,
  SendMessageInit,
  SessionEvent,
} from './chat-session.js';
