/**
 * The ChatKit wire protocol's type names as runtime lists: the item, event and request types this
 * client knows. The types themselves are in `wire-types.ts`, which holds no runtime code.
 */
import type { JsonRequestType, StreamingRequestType } from './wire-types.js';

/** The item types that are model context or markers and never render. */
export const HIDDEN_ITEM_TYPES = [
  'hidden_context_item',
  'sdk_hidden_context',
  'end_of_turn',
] as const;

/** The item types this client knows. */
export const KNOWN_ITEM_TYPES = [
  'user_message',
  'assistant_message',
  'client_tool_call',
  'widget',
  'generated_image',
  'structured_input',
  'workflow',
  'task',
  ...HIDDEN_ITEM_TYPES,
] as const;

/** The stream event types this client knows. */
export const KNOWN_EVENT_TYPES = [
  'thread.created',
  'thread.updated',
  'thread.item.added',
  'thread.item.updated',
  'thread.item.done',
  'thread.item.removed',
  'thread.item.replaced',
  'stream_options',
  'progress_update',
  'client_effect',
  'error',
  'notice',
] as const;

/** The request types whose response is an SSE stream; everything else is JSON. */
export const STREAMING_REQUEST_TYPES: readonly StreamingRequestType[] = [
  'threads.create',
  'threads.add_user_message',
  'threads.add_client_tool_output',
  'threads.retry_after_item',
  'threads.custom_action',
  'threads.add_structured_input',
];

/** The request types answered with JSON. */
export const JSON_REQUEST_TYPES: readonly JsonRequestType[] = [
  'threads.get_by_id',
  'threads.list',
  'threads.update',
  'threads.delete',
  'items.list',
  'items.feedback',
  'attachments.create',
  'attachments.delete',
  'input.transcribe',
  'threads.sync_custom_action',
];
