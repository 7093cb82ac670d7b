/**
 * Building blocks of the scripted responder: new items of a thread, delays that end on abort, and
 * Python-compatible JSON for tool results.
 */
import type {
  ThreadItem,
  ThreadMetadata,
  UserMessageItem,
  WidgetComponent,
} from '../../src/protocol/wire-types.js';
import type { WireEvent } from './types.js';
import type { MemoryStore } from './store.js';
import { now } from './store.js';

/** Waits `ms`, or less when `signal` aborts. */
export const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/** Python's `json.dumps(value, sort_keys=True)`, so both servers answer tool results alike. */
export function pyDumps(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(pyDumps).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}: ${pyDumps((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(', ')}}`;
  }
  if (value === true) return 'true';
  if (value === false) return 'false';
  return JSON.stringify(value);
}

/** The plain text of a user message. */
export function userText(message: UserMessageItem | null): string {
  return (message?.content ?? []).map((p) => ('text' in p ? p.text : '')).join('');
}

/** Makes the items of a thread: fresh ids with the SDK's prefixes, the time, the fields. */
export class ItemFactory {
  /**
   * How fast the scripted server answers: its pauses (between streamed chunks, before an action's
   * result) are multiplied by this. The demo runs at 1, so streaming and loading states are
   * visible; tests run at 0, where each pause is still a task of its own, so a stream still
   * arrives in pieces, only with no idle time between them. The `slow:` stream keeps its pace:
   * it exists to be stopped half way.
   */
  pace = 1;

  constructor(readonly store: MemoryStore) {}

  /** Waits `ms` times the pace, or less when `signal` aborts. */
  pause(ms: number, signal?: AbortSignal): Promise<void> {
    return sleep(ms * this.pace, signal);
  }

  /** A new item of this thread: a fresh id with the prefix, the thread, the time, then `fields`. */
  item(
    thread: ThreadMetadata,
    prefix: string,
    fields: { type: string; [key: string]: unknown },
  ): ThreadItem {
    return {
      id: this.store.id(prefix),
      thread_id: thread.id,
      created_at: now(),
      ...fields,
    };
  }

  assistant(thread: ThreadMetadata, text: string, annotations: unknown[] = []): ThreadItem {
    return this.item(thread, 'msg', {
      type: 'assistant_message',
      content: [{ type: 'output_text', text, annotations }],
    });
  }

  /** A pending client tool call: the browser runs it and posts its result. */
  toolCall(
    thread: ThreadMetadata,
    callId: string,
    name: string,
    args: Record<string, unknown>,
  ): WireEvent {
    return this.itemDone(thread, 'tc', {
      type: 'client_tool_call',
      status: 'pending',
      call_id: callId,
      name,
      arguments: args,
    });
  }

  /** A new item of this thread, delivered whole (`thread.item.done`). */
  itemDone(
    thread: ThreadMetadata,
    prefix: string,
    fields: { type: string; [key: string]: unknown },
  ): WireEvent {
    return { type: 'thread.item.done', item: this.item(thread, prefix, fields) };
  }

  /** A widget item, delivered whole (`thread.item.done`). */
  widgetDone(thread: ThreadMetadata, widget: WidgetComponent): WireEvent {
    return { type: 'thread.item.done', item: this.widgetItem(thread, widget) };
  }

  widgetItem(thread: ThreadMetadata, widget: WidgetComponent): ThreadItem {
    return this.item(thread, 'msg', {
      type: 'widget',
      widget,
    });
  }
}
