/**
 * The demo backend's scripted responder: the same prefix vocabulary as the Python conformance
 * server (test/conformance/README.md), plus demo extras. No model is called.
 */
import type {
  ThreadItem,
  ThreadMetadata,
  UserMessageItem,
  WidgetItem,
} from '../../src/protocol/wire-types.js';
import { DEMO_MARKDOWN, DEMO_MATH, orderWidget, sampleWidget } from './content.js';
import { ItemFactory, pyDumps, sleep, userText } from './items.js';
import { action, syncAction } from './script-actions.js';
import { hello, streamText, widget, workflow } from './script-streams.js';
import { CustomStreamError } from './types.js';
import type { Events, RequestContext } from './types.js';

export { diffWidget } from './script-streams.js';
export { pyDumps } from './items.js';

/** The responder. */
export class Script extends ItemFactory {
  private readonly flakySeen = new Set<string>();

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
        yield* hello(this, thread);
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
        yield* widget(this, thread);
        return;
      case 'order':
        // A widget built from a Widget Builder file (demo/widgets/order-status.widget).
        yield {
          type: 'thread.item.done',
          item: this.widgetItem(thread, orderWidget(rest || 'A-1042')),
        };
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
        await this.pause(400, context.signal);
        yield { type: 'progress_update', text: 'Reading results…' };
        await this.pause(400, context.signal);
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
        yield* workflow(this, thread);
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
        yield* streamText(this, thread, DEMO_MARKDOWN, context);
        return;
      case 'math':
        yield* streamText(this, thread, DEMO_MATH, context);
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

  /** Custom actions (`threads.custom_action`). */
  action(
    thread: ThreadMetadata,
    request: Record<string, unknown>,
    sender: WidgetItem | null,
    _context: RequestContext,
  ): Events {
    return action(this, thread, request, sender);
  }

  /** Sync actions (`threads.sync_custom_action`). */
  syncAction(
    thread: ThreadMetadata,
    request: Record<string, unknown>,
    sender: WidgetItem | null,
  ): Promise<ThreadItem | null> {
    return syncAction(thread, request, sender);
  }
}
