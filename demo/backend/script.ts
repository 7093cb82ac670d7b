/**
 * The demo backend's scripted responder: the same prefix vocabulary as the Python conformance
 * server (test/conformance/README.md), plus demo extras. No model is called.
 */
import type {
  ThreadItem,
  ThreadMetadata,
  UserMessageItem,
  WidgetComponent,
  WidgetItem,
} from '../../src/protocol/wire-types.js';
import { CustomStreamError } from './server.js';
import type { RequestContext, WireEvent } from './server.js';
import type { MemoryStore } from './store.js';
import { now } from './store.js';
import { DEMO_MARKDOWN, draftWidget, PARTIAL_IMAGE, FINAL_IMAGE, sampleWidget } from './content.js';

type Events = AsyncGenerator<WireEvent, void, undefined>;

const sleep = (ms: number, signal?: AbortSignal) =>
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

function userText(message: UserMessageItem | null): string {
  return (message?.content ?? []).map((p) => ('text' in p ? p.text : '')).join('');
}

/** The responder. */
export class Script {
  private readonly flakySeen = new Set<string>();

  constructor(private readonly store: MemoryStore) {}

  /** A new item of this thread: a fresh id with the prefix, the thread, the time, then `fields`. */
  private item(
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

  private assistant(thread: ThreadMetadata, text: string, annotations: unknown[] = []): ThreadItem {
    return this.item(thread, 'msg', {
      type: 'assistant_message',
      content: [{ type: 'output_text', text, annotations }],
    });
  }

  /** A pending client tool call: the browser runs it and posts its result. */
  private toolCall(
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
  private itemDone(
    thread: ThreadMetadata,
    prefix: string,
    fields: { type: string; [key: string]: unknown },
  ): WireEvent {
    return { type: 'thread.item.done', item: this.item(thread, prefix, fields) };
  }

  /** A widget item, delivered whole (`thread.item.done`). */
  private widgetDone(thread: ThreadMetadata, widget: WidgetComponent): WireEvent {
    return { type: 'thread.item.done', item: this.widgetItem(thread, widget) };
  }

  private widgetItem(thread: ThreadMetadata, widget: WidgetComponent): ThreadItem {
    return this.item(thread, 'msg', {
      type: 'widget',
      widget,
    });
  }

  private echo(message: UserMessageItem): string {
    let text = `echo ${userText(message)}`;
    const tags = message.content.filter((p) => p.type === 'input_tag');
    if (tags.length) text += ` | tags: ${tags.map((t) => `${t.id}(${t.group ?? '-'})`).join(', ')}`;
    if (message.attachments.length)
      text += ` | attachments: ${message.attachments.map((a) => a.name).join(', ')}`;
    const options = message.inference_options;
    if (options.tool_choice) text += ` | tool: ${options.tool_choice.id}`;
    if (options.model) text += ` | model: ${options.model}`;
    return text;
  }

  /** Answers a user message (or continues after a client tool when `message` is null). */
  async *respond(
    thread: ThreadMetadata,
    message: UserMessageItem | null,
    context: RequestContext,
  ): Events {
    if (message === null) {
      const [last] = this.store.loadItems(thread.id, null, 1, 'desc').data as (ThreadItem & {
        name?: string;
        output?: unknown;
      })[];
      if (last?.type === 'structured_input') {
        const asked = last as unknown as {
          status: string;
          inputs: { id: string; answer?: { values: string[]; skipped: boolean } }[];
        };
        const parts = asked.inputs.map(
          (q) => `${q.id}=${!q.answer || q.answer.skipped ? 'skipped' : q.answer.values.join('+')}`,
        );
        yield {
          type: 'thread.item.done',
          item: this.assistant(thread, `Answers (${asked.status}): ${parts.join(', ')}`),
        };
        return;
      }
      yield {
        type: 'thread.item.done',
        item: this.assistant(thread, `Tool ${last?.name ?? '?'} returned ${pyDumps(last?.output)}`),
      };
      return;
    }
    const text = userText(message);
    const colon = text.indexOf(':');
    const command = colon > 0 ? text.slice(0, colon).trim().toLowerCase() : '';
    const rest = colon > 0 ? text.slice(colon + 1).trim() : '';
    const a = (t: string) => ({ type: 'thread.item.done', item: this.assistant(thread, t) });
    switch (command) {
      case 'hello':
        yield* this.hello(thread);
        return;
      case 'title':
        thread.title = rest || 'Untitled';
        yield a(`Title set to ${thread.title}`);
        return;
      case 'lock':
        thread.status = { type: 'locked', reason: rest || 'Locked by the server' };
        yield a('This thread is now locked.');
        return;
      case 'widget':
        yield* this.widget(thread);
        return;
      case 'effect':
        yield {
          type: 'client_effect',
          name: 'toast',
          data: { text: rest || 'Hi from the server' },
        };
        yield a('Effect sent.');
        return;
      case 'progress':
        yield { type: 'progress_update', icon: 'search', text: 'Searching tickets…' };
        await sleep(400, context.signal);
        yield { type: 'progress_update', text: 'Reading results…' };
        await sleep(400, context.signal);
        yield a('Found 3 tickets.');
        return;
      case 'notice':
        yield {
          type: 'notice',
          level: 'warning',
          title: 'Heads up',
          message: rest || 'This is a **notice**.',
        };
        yield a('Notice shown.');
        return;
      case 'boom':
        yield { type: 'thread.item.added', item: this.assistant(thread, 'partial') };
        throw new Error('scripted failure');
      case 'flaky':
        if (!this.flakySeen.has(message.id)) {
          this.flakySeen.add(message.id);
          throw new Error('flaky failure');
        }
        yield a('Recovered on retry.');
        return;
      case 'custom_error':
        throw new CustomStreamError(rest || 'You have hit your daily quota.', false);
      case 'cut': {
        const item = this.assistant(thread, '');
        yield { type: 'thread.item.added', item };
        yield {
          type: 'thread.item.updated',
          item_id: item.id,
          update: {
            type: 'assistant_message.content_part.text_delta',
            content_index: 0,
            delta: 'Half an ans',
          },
        };
        context.cut = true;
        yield { type: 'progress_update', text: 'last event before the cut' };
        return;
      }
      case 'slow': {
        const item = this.assistant(thread, '');
        yield { type: 'thread.item.added', item };
        let textSoFar = '';
        for (let i = 0; i < 200 && !context.signal.aborted; i++) {
          await sleep(50, context.signal);
          textSoFar += `tok${i} `;
          yield {
            type: 'thread.item.updated',
            item_id: item.id,
            update: {
              type: 'assistant_message.content_part.text_delta',
              content_index: 0,
              delta: `tok${i} `,
            },
          };
        }
        yield {
          type: 'thread.item.done',
          item: { ...item, content: [{ type: 'output_text', text: textSoFar, annotations: [] }] },
        };
        return;
      }
      case 'tool':
        yield this.toolCall(thread, 'call_abc123', rest || 'get_selected_canvas_nodes', {
          project: 'p1',
        });
        return;
      case 'workflow':
        yield* this.workflow(thread);
        return;
      case 'hidden':
        yield this.itemDone(thread, 'msg', {
          type: 'hidden_context_item',
          content: rest,
        });
        yield a('Noted.');
        return;
      case 'remove': {
        const item = this.assistant(thread, 'This will be withdrawn.');
        yield { type: 'thread.item.done', item };
        yield { type: 'thread.item.removed', item_id: item.id };
        yield a('A guardrail removed the previous answer.');
        return;
      }
      case 'markdown':
        yield* this.streamText(thread, DEMO_MARKDOWN, context);
        return;
      case 'ask':
        yield this.itemDone(thread, 'msg', {
          type: 'structured_input',
          status: 'pending',
          inputs: [
            {
              type: 'multiple_choice',
              id: 'seat',
              question: 'Which seat do you prefer?',
              options: [{ value: 'Window' }, { value: 'Aisle' }],
              multiple: false,
            },
            {
              type: 'multiple_choice',
              id: 'extras',
              question: 'Anything else?',
              options: [{ value: 'Meal' }, { value: 'Bag' }, { value: 'Wi-Fi' }],
              multiple: true,
            },
            {
              type: 'freeform',
              id: 'note',
              question: 'A note for the crew?',
              description: 'Optional',
            },
          ],
        });
        return;
      case 'lines':
        yield this.widgetDone(thread, sampleWidget('line_select'));
        return;
      case 'cats':
        yield a('Here are a few names.');
        yield this.widgetDone(thread, sampleWidget('cat_names'));
        return;
      case 'news':
        yield this.widgetDone(thread, sampleWidget('article_list'));
        return;
      case 'flights':
        yield this.widgetDone(thread, sampleWidget('flight_options'));
        return;
      default:
        yield a(this.echo(message));
    }
  }

  private async *hello(thread: ThreadMetadata): Events {
    if (!thread.title) thread.title = 'Greeting';
    const item = this.assistant(thread, '');
    yield { type: 'thread.item.added', item };
    yield {
      type: 'thread.item.updated',
      item_id: item.id,
      update: {
        type: 'assistant_message.content_part.added',
        content_index: 0,
        content: { annotations: [], text: '', type: 'output_text' },
      },
    };
    let text = '';
    for (const delta of ['Hello', ', ', 'world!']) {
      text += delta;
      await sleep(10);
      yield {
        type: 'thread.item.updated',
        item_id: item.id,
        update: { type: 'assistant_message.content_part.text_delta', content_index: 0, delta },
      };
    }
    const annotation = {
      type: 'annotation',
      source: { title: 'Hello page', type: 'url', url: 'https://example.com/hello' },
      index: 13,
    };
    yield {
      type: 'thread.item.updated',
      item_id: item.id,
      update: {
        type: 'assistant_message.content_part.annotation_added',
        content_index: 0,
        annotation_index: 0,
        annotation,
      },
    };
    yield {
      type: 'thread.item.updated',
      item_id: item.id,
      update: {
        type: 'assistant_message.content_part.done',
        content_index: 0,
        content: { annotations: [], text, type: 'output_text' },
      },
    };
    yield {
      type: 'thread.item.done',
      item: { ...item, content: [{ type: 'output_text', text, annotations: [annotation] }] },
    };
  }

  /** Streams Markdown in small chunks, as a model would. */
  private async *streamText(thread: ThreadMetadata, text: string, context: RequestContext): Events {
    const item = this.assistant(thread, '');
    yield { type: 'thread.item.added', item };
    let sent = '';
    for (const chunk of text.match(/[\s\S]{1,12}/g) ?? []) {
      if (context.signal.aborted) return;
      await sleep(15, context.signal);
      sent += chunk;
      yield {
        type: 'thread.item.updated',
        item_id: item.id,
        update: {
          type: 'assistant_message.content_part.text_delta',
          content_index: 0,
          delta: chunk,
        },
      };
    }
    yield {
      type: 'thread.item.done',
      item: { ...item, content: [{ type: 'output_text', text: sent, annotations: [] }] },
    };
  }

  /** The SDK's `stream_widget`: added, then value deltas or root updates, then done. */
  private async *widget(thread: ThreadMetadata): Events {
    const body = 'Dear team, the release ships Friday.';
    const states = [
      draftWidget('Draft', '', true),
      draftWidget('Draft', 'Dear team,', true),
      draftWidget('Draft', 'Dear team, the release', true),
      draftWidget('Draft', body, false),
      draftWidget('Final draft', body, null, true),
    ];
    const item = this.item(thread, 'msg', {
      type: 'widget',
      widget: states[0]!,
      copy_text: body,
    });
    yield { type: 'thread.item.added', item };
    for (let i = 1; i < states.length; i++) {
      await sleep(30);
      for (const update of diffWidget(states[i - 1]!, states[i]!))
        yield { type: 'thread.item.updated', item_id: item.id, update };
    }
    yield { type: 'thread.item.done', item: { ...item, widget: states.at(-1)! } };
  }

  private async *workflow(thread: ThreadMetadata): Events {
    const wf = this.item(thread, 'wf', {
      type: 'workflow',
      workflow: { type: 'reasoning', tasks: [], expanded: false },
    });
    yield { type: 'thread.item.added', item: wf };
    await sleep(200);
    yield {
      type: 'thread.item.updated',
      item_id: wf.id,
      update: {
        type: 'workflow.task.added',
        task_index: 0,
        task: { status_indicator: 'none', type: 'thought', content: 'Thinking about' },
      },
    };
    yield {
      type: 'thread.item.updated',
      item_id: wf.id,
      update: {
        type: 'workflow.task.updated',
        task_index: 0,
        task: {
          status_indicator: 'none',
          type: 'thought',
          content: 'Thinking about the question.',
        },
      },
    };
    const search = {
      status_indicator: 'complete',
      type: 'web_search',
      title: 'Searched the web',
      queries: ['chatkit protocol'],
      sources: [{ title: 'Example', type: 'url', url: 'https://example.com' }],
    };
    yield {
      type: 'thread.item.updated',
      item_id: wf.id,
      update: { type: 'workflow.task.added', task_index: 1, task: search },
    };
    yield {
      type: 'thread.item.done',
      item: {
        ...wf,
        workflow: {
          type: 'reasoning',
          tasks: [
            { status_indicator: 'none', type: 'thought', content: 'Thinking about the question.' },
            search,
          ],
          summary: { duration: 3 },
          expanded: false,
        },
      },
    };
    await sleep(200);
    const img = this.item(thread, 'msg', {
      type: 'generated_image',
    });
    yield { type: 'thread.item.added', item: img };
    yield {
      type: 'thread.item.updated',
      item_id: img.id,
      update: {
        type: 'generated_image.updated',
        image: { id: 'ig_1', url: PARTIAL_IMAGE },
        progress: 0.5,
      },
    };
    yield { type: 'thread.item.done', item: { ...img, image: { id: 'ig_1', url: FINAL_IMAGE } } };
    yield this.itemDone(thread, 'msg', {
      type: 'hidden_context_item',
      content: 'secret',
    });
    yield this.itemDone(thread, 'tsk', {
      type: 'task',
      task: {
        status_indicator: 'none',
        type: 'custom',
        title: 'Booked flight',
        icon: 'check',
        content: 'OA917',
      },
    });
    yield this.itemDone(thread, 'msg', {
      type: 'end_of_turn',
    });
  }

  /** Custom actions (`threads.custom_action`). */
  async *action(
    thread: ThreadMetadata,
    action: Record<string, unknown>,
    sender: WidgetItem | null,
    _context: RequestContext,
  ): Events {
    const type = String(action['type']);
    const payload = (action['payload'] ?? {}) as Record<string, unknown>;
    await sleep(100); // An action takes a moment, so its loading state shows.
    if (type === 'draft.send' && sender) {
      const widget: WidgetComponent = {
        type: 'Card',
        children: [
          { type: 'Title', value: 'Sent' },
          { type: 'Text', value: 'Your message was sent.' },
        ],
      };
      yield { type: 'thread.item.replaced', item: { ...sender, widget } };
      yield { type: 'client_effect', name: 'toast', data: { text: 'Sent!' } };
      yield {
        type: 'thread.item.done',
        item: this.assistant(thread, 'Done - the draft was sent.'),
      };
    } else if (type === 'draft.update' && sender) {
      const root: WidgetComponent = {
        type: 'Card',
        children: [
          { type: 'Title', value: 'Editing' },
          { type: 'Markdown', id: 'body', value: 'v1' },
        ],
      };
      yield {
        type: 'thread.item.updated',
        item_id: sender.id,
        update: { type: 'widget.root.updated', widget: root },
      };
      const final = { type: 'Markdown', id: 'body', value: 'v2 (patched)' };
      yield {
        type: 'thread.item.updated',
        item_id: sender.id,
        update: { type: 'widget.component.updated', component_id: 'body', component: final },
      };
      // Updates are not persisted by the pipeline; store the final state so a reload matches.
      const children = (root.children as WidgetComponent[]).map((c, i) => (i === 1 ? final : c));
      this.store.saveItem(thread.id, { ...sender, widget: { ...root, children } });
    } else if (type === 'line.select' && sender) {
      const line = typeof payload['id'] === 'string' ? payload['id'] : '';
      const name =
        (
          { blue: 'Blue Line', purple: 'Purple Line', orange: 'Orange Line' } as Record<
            string,
            string
          >
        )[line] ?? line;
      yield {
        type: 'thread.item.replaced',
        item: { ...sender, widget: sampleWidget('line_selected', { name }) },
      };
      yield { type: 'client_effect', name: 'location_select_mode', data: { line } };
      yield this.toolCall(thread, 'call_map', 'get_map_view', { line });
    } else if (type === 'cats.select_name' && sender) {
      const name = typeof payload['name'] === 'string' ? payload['name'] : '';
      yield {
        type: 'thread.item.replaced',
        item: { ...sender, widget: sampleWidget('cat_named', { name }) },
      };
      yield { type: 'thread.item.done', item: this.assistant(thread, `${name} it is.`) };
    } else if (type === 'flight.select') {
      const flight = typeof payload['flight'] === 'string' ? payload['flight'] : '';
      yield {
        type: 'thread.item.done',
        item: this.widgetItem(thread, sampleWidget('booking_confirmed', { flight })),
      };
      yield { type: 'thread.item.done', item: this.assistant(thread, `Booked ${flight}.`) };
    } else if (type === 'say') {
      yield {
        type: 'thread.item.done',
        item: this.assistant(
          thread,
          `You said ${typeof payload['text'] === 'string' ? payload['text'] : ''}`,
        ),
      };
    } else if (type === 'draft.discard' && sender) {
      yield { type: 'thread.item.removed', item_id: sender.id };
      yield { type: 'thread.item.done', item: this.assistant(thread, 'Draft discarded.') };
    } else {
      throw new CustomStreamError(`Unknown action ${type}`, false);
    }
  }

  /** Sync actions (`threads.sync_custom_action`). */
  syncAction(
    _thread: ThreadMetadata,
    action: Record<string, unknown>,
    sender: WidgetItem | null,
  ): Promise<ThreadItem | null> {
    if (!sender) return Promise.resolve(null);
    const payload = (action['payload'] ?? {}) as Record<string, unknown>;
    const count = Number(payload['count'] ?? 0) + 1;
    return Promise.resolve({
      ...sender,
      widget: { type: 'Card', children: [{ type: 'Text', value: `Clicked ${count} times` }] },
    } as ThreadItem);
  }
}

/** The SDK's `diff_widget`: value deltas for appends to streamed text, a root update otherwise. */
export function diffWidget(before: WidgetComponent, after: WidgetComponent): WireEvent[] {
  const deltas: WireEvent[] = [];
  const walk = (a: unknown, b: unknown): boolean => {
    if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return a === b;
    if (Array.isArray(a) || Array.isArray(b)) {
      return (
        Array.isArray(a) &&
        Array.isArray(b) &&
        a.length === b.length &&
        a.every((x, i) => walk(x, b[i]))
      );
    }
    const x = a as Record<string, unknown>;
    const y = b as Record<string, unknown>;
    if (x['type'] !== y['type'] || x['id'] !== y['id'] || x['key'] !== y['key']) return false;
    const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
    const streamed =
      (x['type'] === 'Text' || x['type'] === 'Markdown') && typeof x['id'] === 'string';
    for (const key of keys) {
      if (
        streamed &&
        key === 'value' &&
        typeof x[key] === 'string' &&
        typeof y[key] === 'string' &&
        y[key].startsWith(x[key])
      ) {
        const delta = y[key].slice(x[key].length);
        if (delta)
          deltas.push({
            type: 'widget.streaming_text.value_delta',
            component_id: x['id'],
            delta,
            done: y['streaming'] !== true,
          });
        continue;
      }
      if (!walk(x[key], y[key])) return false;
    }
    return true;
  };
  return walk(before, after) ? deltas : [{ type: 'widget.root.updated', widget: after }];
}
