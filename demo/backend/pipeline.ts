/**
 * The SDK's event loop around a responder: stream options, persistence of items, `thread.updated`,
 * errors as error events, and what a cancelled stream keeps.
 */
import { applyItemUpdate } from '../../src/state/apply-update.js';
import type { Thread, ThreadItem, ThreadMetadata } from '../../src/protocol/wire-types.js';
import type { MemoryStore } from './store.js';
import { now } from './store.js';
import { clean, CustomStreamError } from './types.js';
import type { Events, RequestContext, WireEvent } from './types.js';

/** Item types stored for the model but never sent to the client. */
export const HIDDEN = new Set(['hidden_context_item', 'sdk_hidden_context']);

/** The SDK's event loop: stream options, persistence, thread.updated, errors, cancellation. */
export async function* process(
  store: MemoryStore,
  thread: ThreadMetadata,
  events: Events,
  context: RequestContext,
): Events {
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
    if (context.signal.aborted && !completed) cancelled(store, thread, [...pending.values()]);
  }
  yield* threadChanged();
}

/** What the SDK does when the client stops a stream: keep partial answers, note the cancel. */
function cancelled(store: MemoryStore, thread: ThreadMetadata, pending: ThreadItem[]): void {
  for (const item of pending) {
    if (item.type !== 'assistant_message') continue;
    const content = (item as { content: { text: string }[] }).content;
    if (content.some((p) => p.text.trim())) store.saveItem(thread.id, item);
  }
  store.saveItem(thread.id, {
    id: store.id('shcx'),
    thread_id: thread.id,
    created_at: now(),
    type: 'sdk_hidden_context',
    content: 'The user cancelled the stream. Stop responding to the prior request.',
  });
}
