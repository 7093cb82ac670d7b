import { isObject } from './decode.js';
import type {
  InferenceOptions,
  InputTagContent,
  JsonRequests,
  JsonRequestType,
  RequestType,
  StreamingRequests,
  StreamingRequestType,
  UserMessageContent,
  UserMessageInput,
} from './wire-types.js';
import { STREAMING_REQUEST_TYPES } from './known-types.js';

/** Whether a request type is answered with an SSE stream (the type alone decides). */
export function isStreamingRequest(type: string): type is StreamingRequestType {
  return (STREAMING_REQUEST_TYPES as readonly string[]).includes(type);
}

/** What a caller may give to build a user message. */
export interface UserMessageInit {
  /** Plain text; used when `content` is not given. */
  text?: string;
  /** Ordered text and tag segments; wins over `text`. */
  content?: readonly UserMessageContent[];
  /** Ids of attachments already uploaded. */
  attachments?: readonly string[];
  /** "Reply to" text shown above the message. */
  quotedText?: string | null;
  /** The composer tool picked for this message. */
  toolChoice?: { id: string } | null;
  /** The model picked for this message. */
  model?: string | null;
}

/** Fills the fields a tag must carry on input (`data`, `interactive`) and drops `null` group. */
function normalizeTag(tag: InputTagContent): InputTagContent {
  const out: InputTagContent = {
    type: 'input_tag',
    id: String(tag.id),
    text: String(tag.text ?? ''),
    data: isObject(tag.data) ? tag.data : {},
    interactive: tag.interactive === true,
  };
  if (typeof tag.group === 'string') out.group = tag.group;
  return out;
}

/** Normalises message content: known segments only, tags completed, no empty text segments. */
export function normalizeContent(content: readonly UserMessageContent[]): UserMessageContent[] {
  const out: UserMessageContent[] = [];
  for (const part of content) {
    if (!isObject(part)) continue;
    if (part.type === 'input_tag') out.push(normalizeTag(part));
    else if (part.type === 'input_text' && typeof part.text === 'string' && part.text !== '') {
      out.push({ type: 'input_text', text: part.text });
    }
  }
  return out;
}

/**
 * Builds a `UserMessageInput` that the server's validation accepts: `attachments` and
 * `inference_options` are always present, every tag carries `data` (protocol gotcha 12.1).
 */
export function buildUserMessageInput(init: UserMessageInit): UserMessageInput {
  const content = normalizeContent(
    init.content ?? (init.text ? [{ type: 'input_text', text: init.text }] : []),
  );
  const inference: InferenceOptions = {};
  if (init.toolChoice?.id) inference.tool_choice = { id: init.toolChoice.id };
  if (init.model) inference.model = init.model;
  const input: UserMessageInput = {
    content,
    attachments: [...(init.attachments ?? [])],
    inference_options: inference,
  };
  if (init.quotedText) input.quoted_text = init.quotedText;
  return input;
}

function normalizeInput(input: unknown): UserMessageInput {
  const raw = isObject(input) ? input : {};
  const inference = isObject(raw['inference_options']) ? raw['inference_options'] : {};
  return {
    ...raw,
    content: normalizeContent(Array.isArray(raw['content']) ? raw['content'] : []),
    attachments: Array.isArray(raw['attachments']) ? raw['attachments'].map(String) : [],
    inference_options: inference,
  };
}

/**
 * Completes the params of a request with every key the server requires, whatever the caller passed:
 * `params` is always an object, user input always has `attachments`/`inference_options`, tags have
 * `data`, tool output always has a `result` key and an action a `payload` key (a missing one
 * becomes `null`).
 */
export function normalizeParams<T extends RequestType>(
  type: T,
  params: T extends StreamingRequestType
    ? StreamingRequests[T]
    : T extends JsonRequestType
      ? JsonRequests[T]['params']
      : never,
): Record<string, unknown> {
  const out: Record<string, unknown> = isObject(params) ? { ...params } : {};
  switch (type) {
    case 'threads.create':
    case 'threads.add_user_message':
      out['input'] = normalizeInput(out['input']);
      break;
    case 'threads.add_client_tool_output':
      if (out['result'] === undefined) out['result'] = null;
      break;
    case 'threads.custom_action':
    case 'threads.sync_custom_action': {
      const action = isObject(out['action']) ? out['action'] : {};
      // Only `type` and `payload` travel; handler/loadingBehavior/streaming are client-side config.
      // `payload` always travels, `null` when the action has none: openai-chatkit 1.0.x requires
      // the key (HTTP 500 without it), and from 1.1.0 on `null` and absent are the same.
      out['action'] = {
        type: typeof action['type'] === 'string' ? action['type'] : '',
        payload: action['payload'] === undefined ? null : action['payload'],
      };
      if (out['item_id'] === undefined || out['item_id'] === null) delete out['item_id'];
      break;
    }
    default:
      break;
  }
  return out;
}
