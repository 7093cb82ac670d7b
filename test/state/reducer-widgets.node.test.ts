/**
 * The thread reducer's item updates beyond text: widget nodes patched by value deltas, component
 * and root updates; workflow tasks inserted and replaced; generated image previews with progress.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { T, at, ev, run, start, widget } from './reducer-fixtures.js';

describe('threadReducer: items', () => {
  it('patches the right widget node for value deltas and component updates, children as one object too', () => {
    const s = run([
      start,
      ev({
        type: 'thread.item.added',
        item: widget('w1', [
          {
            type: 'Row',
            children: {
              type: 'Col',
              children: [
                { type: 'Text', id: 't1', value: 'A' },
                { type: 'Markdown', id: 'm1', value: '' },
              ],
            },
          },
        ]),
      }),
      ev({
        type: 'thread.item.updated',
        item_id: 'w1',
        update: {
          type: 'widget.streaming_text.value_delta',
          component_id: 'm1',
          delta: '**b',
          done: true,
        },
      }),
      ev({
        type: 'thread.item.updated',
        item_id: 'w1',
        update: {
          type: 'widget.streaming_text.value_delta',
          component_id: 'm1',
          delta: 'old**',
          done: true,
        },
      }),
      ev({
        type: 'thread.item.updated',
        item_id: 'w1',
        update: {
          type: 'widget.component.updated',
          component_id: 't1',
          component: { type: 'Badge', id: 't1', label: 'New' },
        },
      }),
      ev({
        type: 'thread.item.updated',
        item_id: 'w1',
        update: {
          type: 'widget.streaming_text.value_delta',
          component_id: 'missing',
          delta: 'x',
          done: true,
        },
      }),
    ]);
    const tree = (
      s.items[0]!.item as unknown as {
        widget: { children: [{ children: { children: Record<string, unknown>[] } }] };
      }
    ).widget;
    const [first, second] = tree.children[0].children.children;
    assert.deepEqual(first, { type: 'Badge', id: 't1', label: 'New' });
    assert.equal(second!['value'], '**bold**');
    const root = run(
      [
        ev({
          type: 'thread.item.updated',
          item_id: 'w1',
          update: { type: 'widget.root.updated', widget: { type: 'ListView', children: [] } },
        }),
      ],
      s,
    );
    assert.equal(
      (root.items[0]!.item as unknown as { widget: { type: string } }).widget.type,
      'ListView',
    );
  });

  it('inserts and replaces workflow tasks, and sets generated image previews with progress', () => {
    const s = run([
      start,
      ev({
        type: 'thread.item.added',
        item: {
          id: 'wf',
          thread_id: T,
          created_at: at,
          type: 'workflow',
          workflow: { type: 'reasoning', tasks: [], expanded: false },
        },
      }),
      ev({
        type: 'thread.item.updated',
        item_id: 'wf',
        update: {
          type: 'workflow.task.added',
          task_index: 0,
          task: { type: 'thought', content: 'Thinking' },
        },
      }),
      ev({
        type: 'thread.item.updated',
        item_id: 'wf',
        update: {
          type: 'workflow.task.added',
          task_index: 0,
          task: { type: 'custom', title: 'first' },
        },
      }),
      ev({
        type: 'thread.item.updated',
        item_id: 'wf',
        update: {
          type: 'workflow.task.updated',
          task_index: 1,
          task: { type: 'thought', content: 'Thinking harder' },
        },
      }),
      ev({
        type: 'thread.item.added',
        item: { id: 'img', thread_id: T, created_at: at, type: 'generated_image' },
      }),
      ev({
        type: 'thread.item.updated',
        item_id: 'img',
        update: {
          type: 'generated_image.updated',
          image: { id: 'i', url: 'data:image/png;base64,AA' },
          progress: 0.5,
        },
      }),
    ]);
    const tasks = (s.items[0]!.item as unknown as { workflow: { tasks: { type: string }[] } })
      .workflow.tasks;
    assert.deepEqual(
      tasks.map((t) => t.type),
      ['custom', 'thought'],
    );
    assert.equal((tasks[1] as unknown as { content: string }).content, 'Thinking harder');
    assert.equal(s.items[1]!.progress, 0.5);
  });
});
