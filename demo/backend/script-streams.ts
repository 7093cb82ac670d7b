/**
 * The longer streams of the scripted responder (`hello:`, `markdown:`, `widget:`, `workflow:`) and
 * the SDK's widget diff.
 */
import type { WidgetComponent, ThreadMetadata } from '../../src/protocol/wire-types.js';
import { draftWidget, FINAL_IMAGE, PARTIAL_IMAGE } from './content.js';
import type { ItemFactory } from './items.js';
import type { Events, RequestContext, WireEvent } from './types.js';

/** `hello:`: a streamed greeting with an annotation, as the Python server streams it. */
export async function* hello(make: ItemFactory, thread: ThreadMetadata): Events {
  if (!thread.title) thread.title = 'Greeting';
  const item = make.assistant(thread, '');
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
    await make.pause(10);
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
export async function* streamText(
  make: ItemFactory,
  thread: ThreadMetadata,
  text: string,
  context: RequestContext,
): Events {
  const item = make.assistant(thread, '');
  yield { type: 'thread.item.added', item };
  let sent = '';
  for (const chunk of text.match(/[\s\S]{1,12}/g) ?? []) {
    if (context.signal.aborted) return;
    await make.pause(15, context.signal);
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
export async function* widget(make: ItemFactory, thread: ThreadMetadata): Events {
  const body = 'Dear team, the release ships Friday.';
  const states = [
    draftWidget('Draft', '', true),
    draftWidget('Draft', 'Dear team,', true),
    draftWidget('Draft', 'Dear team, the release', true),
    draftWidget('Draft', body, false),
    draftWidget('Final draft', body, null, true),
  ];
  const item = make.item(thread, 'msg', {
    type: 'widget',
    widget: states[0]!,
    copy_text: body,
  });
  yield { type: 'thread.item.added', item };
  for (let i = 1; i < states.length; i++) {
    await make.pause(30);
    for (const update of diffWidget(states[i - 1]!, states[i]!))
      yield { type: 'thread.item.updated', item_id: item.id, update };
  }
  yield { type: 'thread.item.done', item: { ...item, widget: states.at(-1)! } };
}

/** `workflow:`: reasoning with tasks, a generated image, hidden context, a task, end of turn. */
export async function* workflow(make: ItemFactory, thread: ThreadMetadata): Events {
  const wf = make.item(thread, 'wf', {
    type: 'workflow',
    workflow: { type: 'reasoning', tasks: [], expanded: false },
  });
  yield { type: 'thread.item.added', item: wf };
  await make.pause(200);
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
  await make.pause(200);
  const img = make.item(thread, 'msg', {
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
  yield make.itemDone(thread, 'msg', {
    type: 'hidden_context_item',
    content: 'secret',
  });
  yield make.itemDone(thread, 'tsk', {
    type: 'task',
    task: {
      status_indicator: 'none',
      type: 'custom',
      title: 'Booked flight',
      icon: 'check',
      content: 'OA917',
    },
  });
  yield make.itemDone(thread, 'msg', {
    type: 'end_of_turn',
  });
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
