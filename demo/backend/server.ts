/**
 * The demo backend: a ChatKit server in Node that follows the `openai-chatkit` request pipeline
 * (the same stream frames, persistence rules, error channels and cancellation handling), with a
 * scripted responder instead of a model. The conformance scenarios run against it exactly as
 * against the Python SDK.
 */
import { applyItemUpdate } from '../../src/state/apply-update.js';
import { STREAMING_REQUEST_TYPES } from '../../src/protocol/wire-types.js';
import type {
  Attachment,
  ClientToolCallItem,
  Thread,
  ThreadItem,
  ThreadMetadata,
  UserMessageContent,
  UserMessageItem,
  WidgetItem,
} from '../../src/protocol/wire-types.js';
import { MemoryStore, NotFoundError, now } from './store.js';
import { Script } from './script.js';

/** An event object on the wire. */
export type WireEvent = { type: string; [key: string]: unknown };

/** A failure with a user-facing message (the SDK's `CustomStreamError`). */
export class CustomStreamError extends Error {
  constructor(
    message: string,
    readonly allowRetry = false,
  ) {
    super(message);
  }
}

/** Per-request context the responder can write to (the `cut` flag drops the connection). */
export interface RequestContext {
  cut?: boolean;
  /** Aborted when the client went away (the Stop button). */
  signal: AbortSignal;
}

/** The result of handling one request. */
export type Handled =
  | { kind: 'json'; body: unknown }
  | { kind: 'stream'; events: AsyncGenerator<WireEvent, void, undefined>; context: RequestContext };

/** Thrown for a request the server cannot process (the HTTP layer answers 500). */
export class BadRequest extends Error {}

const HIDDEN = new Set(['hidden_context_item', 'sdk_hidden_context']);
const STREAMING = new Set<string>(STREAMING_REQUEST_TYPES);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function required<T>(
  params: Record<string, unknown>,
  key: string,
  check: (v: unknown) => v is T,
): T {
  const value = params[key];
  if (!check(value)) throw new BadRequest(`invalid or missing "${key}"`);
  return value;
}
const isString = (v: unknown): v is string => typeof v === 'string';
const isArray = (v: unknown): v is unknown[] => Array.isArray(v);

/** Removes `null` and `undefined` values recursively, as the SDK's `exclude_none` serialization. */
export function clean<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clean) as T;
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      if (v !== null && v !== undefined) out[k] = clean(v);
    return out as T;
  }
  return value;
}

/**
 * Applies a structured input submission as the SDK does (protocol §2.5): an input with at least one
 * value is answered, anything else is skipped; single-choice keeps the first value; the item takes
 * the submitted status.
 */
function recordAnswers(
  item: { inputs?: { id: string; type: string; multiple?: boolean }[] },
  submission: Record<string, unknown>,
): { status: string; inputs: unknown[] } {
  const status = submission['status'] === 'skipped' ? 'skipped' : 'answered';
  const answers = isRecord(submission['answers']) ? submission['answers'] : {};
  const inputs = (item.inputs ?? []).map((input) => {
    const answer = isRecord(answers[input.id])
      ? (answers[input.id] as Record<string, unknown>)
      : {};
    let values = Array.isArray(answer['values']) ? answer['values'].map(String) : [];
    if (input.type === 'multiple_choice' && input.multiple !== true) values = values.slice(0, 1);
    const skipped = status === 'skipped' || answer['skipped'] === true || values.length === 0;
    return {
      ...input,
      answer: skipped ? { values: [], skipped: true } : { values, skipped: false },
    };
  });
  return { status, inputs };
}

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

  /** Handles one request body. Throws `BadRequest`/`NotFoundError` for an HTTP 500. */
  async handle(raw: string, signal: AbortSignal): Promise<Handled> {
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
          ? this.parseInput(params)
          : null;
      return { kind: 'stream', events: this.stream(type, params, input, context), context };
    }
    return { kind: 'json', body: clean(await this.json(type, params)) };
  }

  private parseInput(params: Record<string, unknown>): {
    content: UserMessageContent[];
    attachments: string[];
    quoted_text?: string;
    inference_options: Record<string, unknown>;
  } {
    const input = required(params, 'input', isRecord);
    const content = required(input, 'content', isArray);
    required(input, 'attachments', isArray);
    const inference = required(input, 'inference_options', isRecord);
    const parts: UserMessageContent[] = content.map((part) => {
      if (!isRecord(part)) throw new BadRequest('bad content part');
      if (part['type'] === 'input_text')
        return { type: 'input_text', text: required(part, 'text', isString) };
      if (part['type'] === 'input_tag') {
        return clean({
          type: 'input_tag',
          id: required(part, 'id', isString),
          text: required(part, 'text', isString),
          data: required(part, 'data', isRecord),
          group: typeof part['group'] === 'string' ? part['group'] : undefined,
          interactive: part['interactive'] === true,
        });
      }
      throw new BadRequest('unknown content part');
    });
    const attachments = (input['attachments'] as unknown[]).map(String);
    for (const id of attachments)
      if (!this.files.has(id)) throw new BadRequest(`unknown attachment ${id}`);
    return {
      content: parts,
      attachments,
      ...(typeof input['quoted_text'] === 'string' ? { quoted_text: input['quoted_text'] } : {}),
      inference_options: clean(inference),
    };
  }

  private async json(type: string, params: Record<string, unknown>): Promise<unknown> {
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
            url: `/chatkit-uploads/${id}`,
            method: image ? 'POST' : 'PUT',
            headers: { 'X-Upload-Token': id },
          },
          ...(image ? { preview_url: `/chatkit-files/${id}` } : {}),
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
    input: ReturnType<DemoChatServer['parseInput']> | null,
    context: RequestContext,
  ): AsyncGenerator<WireEvent, void, undefined> {
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
        yield* this.process(thread, this.script.respond(thread, null, context), context);
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
        async function* turn(): AsyncGenerator<WireEvent, void, undefined> {
          yield { type: 'thread.item.replaced', item: answered };
          yield* script.respond(thread, null, context);
        }
        yield* this.process(thread, turn(), context);
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
        yield* this.process(
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
        yield* this.process(thread, this.script.action(thread, action, sender, context), context);
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
    input: NonNullable<ReturnType<DemoChatServer['parseInput']>>,
    context: RequestContext,
  ): AsyncGenerator<WireEvent, void, undefined> {
    const message = this.userMessage(thread.id, input);
    this.store.saveItem(thread.id, message);
    yield { type: 'thread.item.done', item: message };
    yield* this.process(thread, this.script.respond(thread, message, context), context);
  }

  private userMessage(
    threadId: string,
    input: NonNullable<ReturnType<DemoChatServer['parseInput']>>,
  ): UserMessageItem {
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

  /** The SDK's event loop: stream options, persistence, thread.updated, errors, cancellation. */
  private async *process(
    thread: ThreadMetadata,
    events: AsyncGenerator<WireEvent, void, undefined>,
    context: RequestContext,
  ): AsyncGenerator<WireEvent, void, undefined> {
    const store = this.store;
    yield { type: 'stream_options', stream_options: { allow_cancel: true } };
    let last = JSON.stringify(thread);
    const pending = new Map<string, ThreadItem>();
    const threadChanged = function* (): Generator<WireEvent> {
      const current = JSON.stringify(thread);
      if (current !== last) {
        last = current;
        store.saveThread(thread);
        yield {
          type: 'thread.updated',
          thread: { ...(clean(thread) as Thread), items: { data: [], has_more: false } },
        };
      }
    };
    let completed = false;
    try {
      for await (const raw of events) {
        const event = clean(raw);
        const item = event['item'] as ThreadItem | undefined;
        switch (event.type) {
          case 'thread.item.added':
            pending.set(item!.id, structuredClone(item!));
            break;
          case 'thread.item.done':
            store.saveItem(thread.id, item!);
            pending.delete(item!.id);
            break;
          case 'thread.item.replaced':
            store.saveItem(thread.id, item!);
            pending.delete(item!.id);
            break;
          case 'thread.item.removed':
            store.deleteItem(thread.id, event['item_id'] as string);
            pending.delete(event['item_id'] as string);
            break;
          case 'thread.item.updated': {
            const id = event['item_id'] as string;
            const target = pending.get(id);
            const next = target ? applyItemUpdate(target, event['update'] as never) : null;
            if (next) pending.set(id, next.item);
            break;
          }
          default:
            break;
        }
        // Hidden context is stored for the model but never sent.
        if (!(event.type === 'thread.item.done' && HIDDEN.has(item!.type))) yield event;
        yield* threadChanged();
      }
      completed = true;
    } catch (error) {
      if (context.signal.aborted) return;
      if (error instanceof CustomStreamError) {
        yield {
          type: 'error',
          code: 'custom',
          message: error.message,
          allow_retry: error.allowRetry,
        };
      } else {
        yield { type: 'error', code: 'stream.error', allow_retry: true };
      }
    } finally {
      if (context.signal.aborted && !completed) this.cancelled(thread, [...pending.values()]);
    }
    yield* threadChanged();
  }

  /** What the SDK does when the client stops a stream: keep partial answers, note the cancel. */
  private cancelled(thread: ThreadMetadata, pending: ThreadItem[]): void {
    for (const item of pending) {
      if (item.type !== 'assistant_message') continue;
      const content = (item as { content: { text: string }[] }).content;
      if (content.some((p) => p.text.trim())) this.store.saveItem(thread.id, item);
    }
    this.store.saveItem(thread.id, {
      id: this.store.id('shcx'),
      thread_id: thread.id,
      created_at: now(),
      type: 'sdk_hidden_context',
      content: 'The user cancelled the stream. Stop responding to the prior request.',
    });
  }
}

export { NotFoundError };
