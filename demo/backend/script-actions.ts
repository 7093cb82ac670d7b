/** The scripted responder's widget actions: streamed (`threads.custom_action`) and sync. */
import type {
  ThreadItem,
  ThreadMetadata,
  WidgetComponent,
  WidgetItem,
} from '../../src/protocol/wire-types.js';
import { sampleWidget } from './content.js';
import type { ItemFactory } from './items.js';
import { CustomStreamError } from './types.js';
import type { Events } from './types.js';

/** Custom actions (`threads.custom_action`). */
export async function* action(
  make: ItemFactory,
  thread: ThreadMetadata,
  action: Record<string, unknown>,
  sender: WidgetItem | null,
): Events {
  const type = String(action['type']);
  const payload = (action['payload'] ?? {}) as Record<string, unknown>;
  await make.pause(100); // An action takes a moment, so its loading state shows.
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
      item: make.assistant(thread, 'Done - the draft was sent.'),
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
    make.store.saveItem(thread.id, { ...sender, widget: { ...root, children } });
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
    yield make.toolCall(thread, 'call_map', 'get_map_view', { line });
  } else if (type === 'cats.select_name' && sender) {
    const name = typeof payload['name'] === 'string' ? payload['name'] : '';
    yield {
      type: 'thread.item.replaced',
      item: { ...sender, widget: sampleWidget('cat_named', { name }) },
    };
    yield { type: 'thread.item.done', item: make.assistant(thread, `${name} it is.`) };
  } else if (type === 'flight.select') {
    const flight = typeof payload['flight'] === 'string' ? payload['flight'] : '';
    yield {
      type: 'thread.item.done',
      item: make.widgetItem(thread, sampleWidget('booking_confirmed', { flight })),
    };
    yield { type: 'thread.item.done', item: make.assistant(thread, `Booked ${flight}.`) };
  } else if (type === 'say') {
    yield {
      type: 'thread.item.done',
      item: make.assistant(
        thread,
        `You said ${typeof payload['text'] === 'string' ? payload['text'] : ''}`,
      ),
    };
  } else if (type === 'draft.discard' && sender) {
    yield { type: 'thread.item.removed', item_id: sender.id };
    yield { type: 'thread.item.done', item: make.assistant(thread, 'Draft discarded.') };
  } else {
    throw new CustomStreamError(`Unknown action ${type}`, false);
  }
}

/** Sync actions (`threads.sync_custom_action`). */
export function syncAction(
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
