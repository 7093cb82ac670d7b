import type {
  Annotation,
  AssistantMessageContent,
  Task,
  Thread,
  ThreadItem,
  ThreadMetadata,
  ThreadStatus,
  WidgetComponent,
} from '../protocol/wire-types.js';
import { HIDDEN_ITEM_TYPES, KNOWN_ITEM_TYPES } from '../protocol/known-types.js';

/** Whether a value is a plain object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The largest content or task index an update may address; beyond it the update is ignored. */
export const MAX_PART_INDEX = 1024;

/** Whether an index from the wire is usable (a non-negative integer within bounds). */
export function isPartIndex(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < MAX_PART_INDEX
  );
}

/** Whether an item type renders: hidden context, markers and unknown types never do. */
export function isVisibleType(type: string): boolean {
  return (
    (KNOWN_ITEM_TYPES as readonly string[]).includes(type) &&
    !(HIDDEN_ITEM_TYPES as readonly string[]).includes(type)
  );
}

/** An empty content part, used to pad `content` up to an addressed index. */
export function emptyPart(): AssistantMessageContent {
  return { type: 'output_text', text: '', annotations: [] };
}

/** Coerces one assistant content part into shape: `text` a string, `annotations` an array. */
export function normalizePart(part: unknown): AssistantMessageContent {
  if (!isRecord(part)) return emptyPart();
  return {
    ...(part as object),
    type: 'output_text',
    text: typeof part['text'] === 'string' ? part['text'] : '',
    annotations: Array.isArray(part['annotations'])
      ? (part['annotations'].filter(isRecord) as unknown as Annotation[])
      : [],
  };
}

/** Coerces a task into shape (a `type`, arrays where arrays are expected). */
export function normalizeTask(task: unknown): Task | null {
  if (!isRecord(task) || typeof task['type'] !== 'string') return null;
  const out = { ...task } as Record<string, unknown>;
  if ('queries' in out && !Array.isArray(out['queries'])) out['queries'] = [];
  if ('sources' in out && !Array.isArray(out['sources'])) out['sources'] = [];
  return out as unknown as Task;
}

/** Whether a widget tree root is usable (an object with a string `type`). */
export function isWidgetNode(value: unknown): value is WidgetComponent {
  return isRecord(value) && typeof value['type'] === 'string';
}

/**
 * Validates an item from the wire and coerces the fields the client relies on, so that renderers
 * never meet a missing array. Returns `null` for something that is not an item at all (no string
 * `id` or `type`). Extra and unknown fields are kept.
 */
export function normalizeItem(raw: unknown): ThreadItem | null {
  if (!isRecord(raw) || typeof raw['id'] !== 'string' || raw['id'] === '') return null;
  if (typeof raw['type'] !== 'string' || raw['type'] === '') return null;
  const item: Record<string, unknown> = { ...raw };
  if (typeof item['thread_id'] !== 'string') item['thread_id'] = '';
  if (typeof item['created_at'] !== 'string') item['created_at'] = '';
  switch (item['type']) {
    case 'user_message':
      item['content'] = Array.isArray(item['content']) ? item['content'].filter(isRecord) : [];
      item['attachments'] = Array.isArray(item['attachments'])
        ? item['attachments'].filter(isRecord)
        : [];
      if (!isRecord(item['inference_options'])) item['inference_options'] = {};
      break;
    case 'assistant_message':
      item['content'] = Array.isArray(item['content']) ? item['content'].map(normalizePart) : [];
      break;
    case 'widget':
      if (!isWidgetNode(item['widget'])) item['widget'] = { type: 'Basic', children: [] };
      break;
    case 'workflow': {
      const wf = isRecord(item['workflow']) ? item['workflow'] : {};
      item['workflow'] = {
        ...wf,
        type: wf['type'] === 'reasoning' ? 'reasoning' : 'custom',
        tasks: Array.isArray(wf['tasks'])
          ? wf['tasks'].map(normalizeTask).filter((t): t is Task => t !== null)
          : [],
        expanded: wf['expanded'] === true,
      };
      break;
    }
    case 'task':
      item['task'] = normalizeTask(item['task']) ?? { type: 'custom', status_indicator: 'none' };
      break;
    case 'client_tool_call':
      if (!isRecord(item['arguments'])) item['arguments'] = {};
      if (item['status'] !== 'completed') item['status'] = 'pending';
      break;
    case 'structured_input':
      item['inputs'] = Array.isArray(item['inputs']) ? item['inputs'].filter(isRecord) : [];
      break;
    case 'generated_image':
      if (item['image'] !== undefined && item['image'] !== null && !isRecord(item['image'])) {
        delete item['image'];
      }
      break;
    default:
      break;
  }
  return item as unknown as ThreadItem;
}

function normalizeStatus(status: unknown): ThreadStatus {
  if (isRecord(status) && (status['type'] === 'locked' || status['type'] === 'closed')) {
    const reason = typeof status['reason'] === 'string' ? status['reason'] : undefined;
    return reason === undefined ? { type: status['type'] } : { type: status['type'], reason };
  }
  return { type: 'active' };
}

/**
 * Takes the metadata of a thread from the wire, dropping `items` (which `thread.updated`,
 * `threads.update` and `threads.list` always send empty). Returns `null` without a string id.
 */
export function threadMetadata(raw: unknown): ThreadMetadata | null {
  if (!isRecord(raw) || typeof raw['id'] !== 'string' || raw['id'] === '') return null;
  const { items: _items, ...rest } = raw as unknown as Thread;
  const meta: ThreadMetadata = {
    ...rest,
    created_at: typeof rest.created_at === 'string' ? rest.created_at : '',
    status: normalizeStatus(rest.status),
  };
  if (typeof meta.title !== 'string') delete meta.title;
  if (!Array.isArray(meta.allowed_image_domains)) delete meta.allowed_image_domains;
  return meta;
}

/**
 * Parses a wire timestamp leniently: 0–9 fractional digits, optional `Z` or offset. A naive value is
 * read as local time, as the SDK writes it. Returns `null` when it is not a date.
 */
export function parseTimestamp(value: string | null | undefined): Date | null {
  if (!value) return null;
  const match =
    /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$/i.exec(
      value.trim(),
    );
  if (!match) return null;
  const [, date, time, fraction, zone] = match;
  const millis = (fraction ?? '').slice(0, 3).padEnd(3, '0');
  let offset = zone ?? '';
  if (offset && offset.toUpperCase() !== 'Z' && !offset.includes(':')) {
    offset = `${offset.slice(0, 3)}:${offset.slice(3)}`;
  }
  const parsed = new Date(`${date}T${time!.length === 5 ? `${time}:00` : time}.${millis}${offset}`);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}
