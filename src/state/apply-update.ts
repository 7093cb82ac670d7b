import type {
  AssistantMessageContent,
  ThreadItem,
  ThreadItemUpdate,
  WidgetComponent,
} from '../protocol/wire-types.js';
import {
  emptyPart,
  isPartIndex,
  isRecord,
  isWidgetNode,
  normalizePart,
  normalizeTask,
} from './normalize.js';
import { appendText } from './text-growth.js';

/** The result of applying an update: the new item, and for generated images the progress. */
export interface UpdateResult {
  item: ThreadItem;
  progress?: number;
}

/** Returns a copy of `content` padded with empty parts so that `index` exists. */
function padded(
  content: readonly AssistantMessageContent[],
  index: number,
): AssistantMessageContent[] {
  const next = content.slice();
  while (next.length <= index) next.push(emptyPart());
  return next;
}

function withContent(item: ThreadItem, content: AssistantMessageContent[]): ThreadItem {
  return { ...item, content };
}

/**
 * Applies one `thread.item.updated` payload to an item, immutably. Returns `null` when the update
 * does not apply (unknown type, wrong item type, bad index), so the caller keeps the old state.
 *
 * The cost of a text delta is independent of the message's length: the string append is the
 * engine's rope concatenation, and only the touched part and the `content` array are copied. The
 * part remembers the delta (src/state/text-growth.ts), so a view learns what was appended without
 * reading the text.
 */
export function applyItemUpdate(item: ThreadItem, update: ThreadItemUpdate): UpdateResult | null {
  if (!isRecord(update) || typeof update.type !== 'string') return null;
  const u = update as Record<string, unknown>;
  switch (update.type) {
    case 'assistant_message.content_part.added':
    case 'assistant_message.content_part.text_delta':
    case 'assistant_message.content_part.annotation_added':
    case 'assistant_message.content_part.done': {
      if (item.type !== 'assistant_message' || !isPartIndex(u['content_index'])) return null;
      return { item: applyContentUpdate(item, u, u['content_index']) ?? item };
    }
    case 'widget.streaming_text.value_delta': {
      if (item.type !== 'widget' || typeof u['component_id'] !== 'string') return null;
      if (typeof u['delta'] !== 'string') return null;
      const delta = u['delta'];
      const widget = mapComponent(widgetOf(item), u['component_id'], (node) => ({
        ...node,
        value: (typeof node['value'] === 'string' ? node['value'] : '') + delta,
      }));
      return widget ? { item: { ...item, widget } as ThreadItem } : null;
    }
    case 'widget.root.updated':
      if (item.type !== 'widget' || !isWidgetNode(u['widget'])) return null;
      return { item: { ...item, widget: u['widget'] } as ThreadItem };
    case 'widget.component.updated': {
      if (item.type !== 'widget' || typeof u['component_id'] !== 'string') return null;
      const component = u['component'];
      if (!isWidgetNode(component)) return null;
      const widget = mapComponent(widgetOf(item), u['component_id'], () => component);
      return widget ? { item: { ...item, widget } as ThreadItem } : null;
    }
    case 'workflow.task.added':
    case 'workflow.task.updated': {
      if (item.type !== 'workflow' || !isPartIndex(u['task_index'])) return null;
      const task = normalizeTask(u['task']);
      if (!task) return null;
      const workflow = (item as { workflow: { tasks: unknown[] } }).workflow;
      const tasks = workflow.tasks.slice();
      const index = Math.min(u['task_index'], tasks.length);
      if (update.type === 'workflow.task.added') tasks.splice(index, 0, task);
      else tasks[index] = task;
      return { item: { ...item, workflow: { ...workflow, tasks } } as ThreadItem };
    }
    case 'generated_image.updated': {
      if (item.type !== 'generated_image' || !isRecord(u['image'])) return null;
      const progress = typeof u['progress'] === 'number' ? u['progress'] : undefined;
      const next = { ...item, image: u['image'] } as ThreadItem;
      return progress === undefined ? { item: next } : { item: next, progress };
    }
    default:
      return null;
  }
}

function applyContentUpdate(
  item: ThreadItem,
  u: Record<string, unknown>,
  index: number,
): ThreadItem | null {
  const current = (item as { content: AssistantMessageContent[] }).content;
  const content = padded(current, index);
  const part = content[index]!;
  switch (u['type']) {
    case 'assistant_message.content_part.added':
      content[index] = normalizePart(u['content']);
      break;
    case 'assistant_message.content_part.text_delta':
      if (typeof u['delta'] !== 'string') return null;
      content[index] = appendText(part, u['delta']);
      break;
    case 'assistant_message.content_part.annotation_added': {
      if (!isRecord(u['annotation'])) return null;
      const annotations = part.annotations.slice();
      const at = typeof u['annotation_index'] === 'number' ? u['annotation_index'] : Infinity;
      annotations.splice(
        Math.max(0, Math.min(at, annotations.length)),
        0,
        u['annotation'] as never,
      );
      content[index] = { ...part, annotations };
      break;
    }
    case 'assistant_message.content_part.done': {
      const done = normalizePart(u['content']);
      // The Agents bridge sends `done` with empty annotations after streaming them: keep ours.
      content[index] =
        done.annotations.length === 0 && part.annotations.length > 0
          ? { ...done, annotations: part.annotations }
          : done;
      break;
    }
    default:
      return null;
  }
  return withContent(item, content);
}

function widgetOf(item: ThreadItem): WidgetComponent {
  return (item as { widget: WidgetComponent }).widget;
}

/**
 * Returns a copy of the tree with the first node whose `id` matches replaced by `fn(node)`, copying
 * only the path to it; `null` when no node has that id. `children` may be an array or one object.
 */
export function mapComponent(
  node: WidgetComponent,
  id: string,
  fn: (node: WidgetComponent) => WidgetComponent,
): WidgetComponent | null {
  if (node.id === id) return fn(node);
  const children = node.children;
  if (Array.isArray(children)) {
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (!isWidgetNode(child)) continue;
      const replaced = mapComponent(child, id, fn);
      if (replaced) {
        const next = children.slice();
        next[i] = replaced;
        return { ...node, children: next };
      }
    }
  } else if (isWidgetNode(children)) {
    const replaced = mapComponent(children, id, fn);
    if (replaced) return { ...node, children: replaced };
  }
  return null;
}

/** Finds the component with this id anywhere in a widget tree. */
export function findComponent(node: WidgetComponent, id: string): WidgetComponent | null {
  if (node.id === id) return node;
  const children = node.children;
  const list = Array.isArray(children) ? children : isWidgetNode(children) ? [children] : [];
  for (const child of list) {
    if (!isWidgetNode(child)) continue;
    const found = findComponent(child, id);
    if (found) return found;
  }
  return null;
}
