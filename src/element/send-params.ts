/** The parameters of `sendUserMessage` and `setComposerValue`, as ChatKit's. */
import type { Attachment, UserMessageContent } from '../protocol/wire-types.js';
import type { SendMessageInit } from '../state/chat-session.js';

/** What `sendUserMessage` takes (as in ChatKit). */
export interface SendUserMessageParams {
  text?: string;
  content?: UserMessageContent[];
  /** Becomes the message's quoted text. */
  reply?: string;
  /** Already uploaded attachments. */
  attachments?: Attachment[];
  newThread?: boolean;
  /** This message's tool; the composer's selection does not change. */
  toolChoice?: { id: string };
  /** This message's model; the composer's selection does not change. */
  model?: string;
}

/** What `setComposerValue` takes (as in ChatKit). */
export interface SetComposerValueParams {
  text?: string;
  /** Text and tags; tags show as chips and are sent as tags. */
  content?: UserMessageContent[];
  /** Shown as a quote above the input (removable) and sent as the next message's quoted text. */
  reply?: string;
  /** Already uploaded attachments: shown as done uploads and sent with the next message. */
  attachments?: Attachment[];
  /** Files to upload with the configured strategy and attach. */
  files?: File[];
  /** Selects a composer tool; `null` clears it. */
  selectedToolId?: string | null;
  /** Selects a composer model. */
  selectedModelId?: string;
}

/** The session's message from ChatKit's parameters. */
export function sendParams(params: SendUserMessageParams): SendMessageInit {
  return {
    ...(params.text !== undefined ? { text: params.text } : {}),
    ...(params.content ? { content: params.content } : {}),
    ...(params.reply ? { quotedText: params.reply } : {}),
    ...(params.attachments
      ? {
          attachments: params.attachments.map((a) => a.id),
          attachmentObjects: params.attachments,
        }
      : {}),
    ...(params.toolChoice ? { toolChoice: params.toolChoice } : {}),
    ...(params.model ? { model: params.model } : {}),
    ...(params.newThread ? { newThread: true } : {}),
  };
}
