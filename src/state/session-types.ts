// The types a ChatSession shares with its helpers and hosts: its options, a message to send, its
// events and the client tool handler.
import type { ChatKitError } from '../protocol/errors.js';
import type { ChatKitClient } from '../protocol/client.js';
import type { UserMessageInit } from '../protocol/requests.js';
import type { Attachment, UserMessageInput } from '../protocol/wire-types.js';

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

/** Options of a {@link ChatSession}. */
export interface ChatSessionOptions {
  client: ChatKitClient;
  /** Items per `items.list` page. */
  itemPageSize?: number;
  /** Threads per `threads.list` page. */
  threadPageSize?: number;
  /** Runs client tool calls; without it a call is answered with an error result. */
  onClientTool?: ClientToolHandler | undefined;
  /** Receives session events. */
  onEvent?: ((event: SessionEvent) => void) | undefined;
}

/** A message to send, as {@link ChatSession.sendMessage} takes it. */
export interface SendMessageInit extends UserMessageInit {
  /** Start a new thread even if one is open. */
  newThread?: boolean;
  /** Full attachment objects, for the optimistic bubble (their ids go in `attachments`). */
  attachmentObjects?: readonly Attachment[];
}
