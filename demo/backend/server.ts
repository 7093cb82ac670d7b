/**
 * The demo backend: a ChatKit server in Node that follows the `openai-chatkit` request pipeline
 * (the same stream frames, persistence rules, error channels and cancellation handling), with a
 * scripted responder instead of a model. The conformance scenarios run against it exactly as
 * against the Python SDK.
 */
import { STREAMING_REQUEST_TYPES } from '../../src/protocol/known-types.js';
import type {
  Attachment,
  ClientToolCallItem,
  ThreadItem,
  ThreadMetadata,
  UserMessageItem,
  WidgetItem,
} from '../../src/protocol/wire-types.js';
import { HIDDEN, process } from './pipeline.js';
import { isArray, isString, parseInput, recordAnswers, required } from './requests.js';
import type { UserInput } from './requests.js';
import { Script } from './script.js';
import { MemoryStore, NotFoundError, now } from './store.js';
import { BadRequest, clean, isRecord } from './types.js';
import type { Events, Handled, RequestContext } from './types.js';

export { BadRequest, clean, CustomStreamError } from './types.js';
export type { Handled, RequestContext, WireEvent } from './types.js';
export { NotFoundError };

const STREAMING = new Set<string>(STREAMING_REQUEST_TYPES);

/** The scripted ChatKit server. */
export class DemoChatServer {
  readonly feedback: { thread_id: string; item_ids: string[]; kind: string }[] = [];
  /** Uploaded attachments: the record and, once uploaded, the bytes. */
  readonly files = new Map<
    string,
    { attachment: Record<string, unknown>; bytes: Uint8Array | null }
  >();

  constructor(
    readonly store = new MemoryStore(),
    readonly script = new Script(store),
  ) {}

  /**
   * Handles one request body. Throws `BadRequest`/`NotFoundError` for an HTTP 500. `origin` (the
   * scheme, host and port the client called, or '' for same-origin paths) prefixes the upload and
   * file URLs, as the SDK's request `base_url` does.
   */
  async handle(raw: string, signal: AbortSignal, origin = ''): Promise<Handled> {
    let request: unknown;
    try {
      request = JSON.parse(raw);
    } catch {
      throw new BadRequest('body is not JSON');
    }
    if (!isRecord(request) || typeof request['type'] !== 'string' || !isRecord(request['params'])) {
      throw new BadRequest('not a ChatKit request');
    }
    const type = request['type'];
    const params = request['params'];
    if (STREAMING.has(type)) {
      const context: RequestContext = { signal };
      // Validation happens before the response starts, as pydantic's does (HTTP 500).
      const input =
        type === 'threads.create' || type === 'threads.add_user_message'
          ? parseInput(params, (id) => this.files.has(id))
          : null;
      return { kind: 'stream', events: this.stream(type, params, input, context), context };
    }
    return { kind: 'json', body: clean(await this.json(type, params, origin)) };
  }

  private async json(
    type: string,
    params: Record<string, unknown>,
    origin: string,
  ): Promise<unknown> {
    const store = this.store;
    switch (type) {
      case 'threads.get_by_id': {
        const meta = store.loadThread(required(params, 'thread_id', isString));
        const items = store.loadItems(meta.id, null, 20, 'asc');
        return {
          ...meta,
          items: { ...items, data: items.data.filter((i) => !HIDDEN.has(i.type)) },
        };
      }
      case 'threads.list': {
        const limit =
          typeof params['limit'] === 'number' && params['limit'] > 0 ? params['limit'] : 20;
        const page = store.loadThreads(
          limit,
          params['after'] as string | null,
          (params['order'] as string) ?? 'desc',
        );
        return {
          ...page,
          data: page.data.map((t) => ({ ...t, items: { data: [], has_more: false } })),
        };
      }
      case 'threads.update': {
        const meta = store.loadThread(required(params, 'thread_id', isString));
        meta.title = required(params, 'title', isString);
        store.saveThread(meta);
        return { ...meta, items: { data: [], has_more: false } };
      }
      case 'threads.delete':
        store.deleteThread(required(params, 'thread_id', isString));
        return {};
      case 'items.list': {
        const threadId = required(params, 'thread_id', isString);
        store.loadThread(threadId);
        const limit =
          typeof params['limit'] === 'number' && params['limit'] > 0 ? params['limit'] : 20;
        const page = store.loadItems(
          threadId,
          params['after'] as string | null,
          limit,
          (params['order'] as string) ?? 'desc',
        );
        // Hidden items are dropped after paging: pages can be short while has_more is true.
        return { ...page, data: page.data.filter((i) => !HIDDEN.has(i.type)) };
      }
      case 'items.feedback':
        this.feedback.push({
          thread_id: required(params, 'thread_id', isString),
          item_ids: required(params, 'item_ids', isArray).map(String),
          kind: required(params, 'kind', isString),
        });
        return {};
      case 'attachments.create': {
        const name = required(params, 'name', isString);
        const mime = required(params, 'mime_type', isString);
        const id = store.id('atc');
        const image = mime.startsWith('image/');
        const attachment: Record<string, unknown> = {
          id,
          type: image ? 'image' : 'file',
          name,
          mime_type: mime,
          upload_descriptor: {
            url: `${origin}/chatkit-uploads/${id}`,
            method: image ? 'POST' : 'PUT',
            headers: { 'X-Upload-Token': id },
          },
          ...(image ? { preview_url: `${origin}/chatkit-files/${id}` } : {}),
        };
        this.files.set(id, { attachment, bytes: null });
        return attachment;
      }
      case 'attachments.delete':
        this.files.delete(required(params, 'attachment_id', isString));
        return {};
      case 'input.transcribe': {
        const audio = required(params, 'audio_base64', isString);
        const mime = required(params, 'mime_type', isString).split(';')[0];
        if (!audio) throw new BadRequest('no audio');
        return { text: `Dictated audio (${mime})` };
      }
      case 'threads.sync_custom_action': {
        const { thread, action, sender } = this.actionParams(params);
        if (sender === false) throw new BadRequest('the sender is not a widget');
        const updated = await this.script.syncAction(thread, action, sender);
        if (updated) store.saveItem(thread.id, updated);
        return updated ? { updated_item: updated } : {};
      }
      default:
        // attachments.*, input.transcribe and unknown types: this server does not implement them.
        throw new BadRequest(`${type} is not supported by the demo server`);
    }
  }

  private async *stream(
    type: string,
    params: Record<string, unknown>,
    input: UserInput | null,
    context: RequestContext,
  ): Events {
    const store = this.store;
    switch (type) {
      case 'threads.create': {
        const thread: ThreadMetadata = {
          id: store.id('thr'),
          created_at: now(),
          status: { type: 'active' },
          metadata: {},
        };
        store.saveThread(thread);
        yield {
          type: 'thread.created',
          thread: { ...thread, items: { data: [], has_more: false } },
        };
        yield* this.userTurn(thread, input!, context);
        return;
      }
      case 'threads.add_user_message': {
        // Inside the stream, as in the SDK: an unknown thread cuts the connection after the 200.
        const thread = store.loadThread(required(params, 'thread_id', isString));
        yield* this.userTurn(thread, input!, context);
        return;
      }
      case 'threads.add_client_tool_output': {
        const thread = store.loadThread(required(params, 'thread_id', isString));
        if (!('result' in params)) throw new BadRequest('missing "result"');
        const [newest] = store.loadItems(thread.id, null, 1, 'desc').data;
        if (
          newest?.type !== 'client_tool_call' ||
          (newest as ClientToolCallItem).status !== 'pending'
        ) {
          throw new BadRequest('the newest item is not a pending client tool call');
        }
        store.saveItem(thread.id, {
          ...newest,
          status: 'completed',
          output: params['result'],
        });
        yield* process(this.store, thread, this.script.respond(thread, null, context), context);
        return;
      }
      case 'threads.add_structured_input': {
        const thread = store.loadThread(required(params, 'thread_id', isString));
        const item = store.loadItem(
          thread.id,
          required(params, 'item_id', isString),
        ) as ThreadItem & {
          status?: string;
          inputs?: { id: string; type: string; multiple?: boolean }[];
        };
        if (item.type !== 'structured_input' || item.status !== 'pending')
          throw new BadRequest('not a pending structured input');
        const submission = required(params, 'input', isRecord);
        const answered = { ...item, ...recordAnswers(item, submission) } as ThreadItem;
        const script = this.script;
        async function* turn(): Events {
          yield { type: 'thread.item.replaced', item: answered };
          yield* script.respond(thread, null, context);
        }
        yield* process(this.store, thread, turn(), context);
        return;
      }
      case 'threads.retry_after_item': {
        const thread = store.loadThread(required(params, 'thread_id', isString));
        const itemId = required(params, 'item_id', isString);
        const items = store.loadItems(thread.id, null, 10_000, 'desc').data;
        const at = items.findIndex((i) => i.id === itemId);
        if (at < 0) return; // Unknown item: an empty stream, as the SDK answers.
        const target = items[at]!;
        if (target.type !== 'user_message') throw new BadRequest('retry needs a user message');
        for (const later of items.slice(0, at)) store.deleteItem(thread.id, later.id);
        yield* process(
          this.store,
          thread,
          this.script.respond(thread, target as UserMessageItem, context),
          context,
        );
        return;
      }
      case 'threads.custom_action': {
        const { thread, action, sender } = this.actionParams(params);
        if (sender === false) {
          yield { type: 'error', code: 'stream.error', allow_retry: false };
          return;
        }
        yield* process(
          this.store,
          thread,
          this.script.action(thread, action, sender, context),
          context,
        );
        return;
      }
      default:
        throw new BadRequest(`${type} is not supported by the demo server`);
    }
  }

  /**
   * The thread, action and sending widget of a custom action; `sender` is `null` without an
   * `item_id` and `false` when the item named is not a widget.
   */
  private actionParams(params: Record<string, unknown>): {
    thread: ThreadMetadata;
    action: Record<string, unknown>;
    sender: WidgetItem | null | false;
  } {
    const thread = this.store.loadThread(required(params, 'thread_id', isString));
    const action = required(params, 'action', isRecord);
    const itemId = params['item_id'];
    if (typeof itemId !== 'string') return { thread, action, sender: null };
    const sender = this.store.loadItem(thread.id, itemId);
    return { thread, action, sender: sender.type === 'widget' ? (sender as WidgetItem) : false };
  }

  /** Stores and echoes the user's message, then streams the answer. */
  private async *userTurn(
    thread: ThreadMetadata,
    input: UserInput,
    context: RequestContext,
  ): Events {
    const message = this.userMessage(thread.id, input);
    this.store.saveItem(thread.id, message);
    yield { type: 'thread.item.done', item: message };
    yield* process(this.store, thread, this.script.respond(thread, message, context), context);
  }

  private userMessage(threadId: string, input: UserInput): UserMessageItem {
    return clean({
      id: this.store.id('msg'),
      thread_id: threadId,
      created_at: now(),
      type: 'user_message',
      content: input.content,
      attachments: input.attachments.map((id) => {
        const record = this.files.get(id)!.attachment;
        const { upload_descriptor: _done, ...rest } = record;
        return { ...rest, thread_id: threadId } as unknown as Attachment;
      }),
      quoted_text: input.quoted_text,
      inference_options: input.inference_options,
    });
  }
}
