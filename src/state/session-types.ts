// The types a ChatSession shares with its helpers: its events and the client tool handler.
import type { ChatKitError } from '../protocol/errors.js';
import type { UserMessageInput } from '../protocol/wire-types.js';

/** What a session reports to its host (the element turns these into DOM events). */
export type SessionEvent =
  | { type: 'user_message'; input: UserMessageInput; threadId: string | null }
  | { type: 'response.start' }
  | { type: 'response.end' }
  | { type: 'thread.change'; threadId: string | null }
  | { type: 'thread.load.start'; threadId: string }
  | { type: 'thread.load.end'; threadId: string }
  | { type: 'effect'; name: string; data: Record<string, unknown> }
  | { type: 'error'; error: ChatKitError }
  | { type: 'warning'; error: ChatKitError }
  | { type: 'log'; name: string; data?: Record<string, unknown> };

/** A client tool handler: receives the call, returns its JSON result (or throws). */
export type ClientToolHandler = (call: {
  name: string;
  params: Record<string, unknown>;
}) => unknown;
