/**
 * The big-widget and memory scenarios in the page. Big widgets: a ListView of 1,000 rows or a
 * Table of 500 rows arrives as `thread.item.added`, then one `widget.root.updated` changes one row.
 * Memory: mount, stream, unmount, and thread switches, many times (the runner reads the heap).
 */
import { bigList, bigTable, streamDeltas, threadItems } from '../workload.js';
import { mountElement, type ChatElement } from './contenders.js';
import { deepText, longTasksSince, nextPaint, nextTask, until } from './probe.js';
import { BenchServer, type StreamCtl } from './server.js';
import { deltaFrames, feedAnswer } from './stream.js';

/** Renders a big widget, then changes one row with `widget.root.updated`. */
export async function bigWidget(
  kind: 'list' | 'table',
  rows: number,
): Promise<Record<string, unknown>> {
  const server = new BenchServer();
  let ctl: StreamCtl | null = null;
  server.onStream = (c) => {
    ctl = c;
    server.openTurn(c);
  };
  const el = await mountElement(server);
  const sent = el.sendUserMessage({ text: 'Show the big widget' });
  await until(() => ctl !== null, 10_000, 'the stream');
  await nextPaint();
  const make = kind === 'list' ? bigList : bigTable;
  const last = kind === 'list' ? `Row ${rows - 1}` : `item ${rows - 1}`;
  const changedAt = Math.floor(rows / 2);
  const changed = kind === 'list' ? `Row ${changedAt} (changed)` : `item ${changedAt} (changed)`;
  const item = {
    id: 'msg_big',
    thread_id: ctl!.threadId,
    created_at: '2025-01-02T00:00:01',
    type: 'widget',
    widget: make(rows),
  };

  let since = performance.now();
  ctl!.push({ type: 'thread.item.added', item });
  await nextPaint();
  await until(() => deepText(el).includes(last), 30_000, 'the widget');
  const firstRenderMs = performance.now() - since;
  const firstLong = longTasksSince(since);
  await nextPaint();

  const widget = el.shadowRoot!.querySelector('cw-widget');
  let mutations = 0;
  const observer = new MutationObserver((records) => void (mutations += records.length));
  for (const root of [widget?.shadowRoot, widget].filter((r): r is NonNullable<typeof r> => !!r))
    observer.observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  since = performance.now();
  ctl!.push({
    type: 'thread.item.updated',
    item_id: item.id,
    update: { type: 'widget.root.updated', widget: make(rows, changedAt) },
  });
  await nextPaint();
  await until(() => deepText(el).includes(changed), 30_000, 'the changed row');
  const updateMs = performance.now() - since;
  const updateLong = longTasksSince(since);
  await nextTask();
  observer.disconnect();

  ctl!.push({ type: 'thread.item.done', item: { ...item, widget: make(rows, changedAt) } });
  ctl!.close();
  await sent;
  el.remove();
  return {
    kind,
    rows,
    firstRenderMs,
    firstLongest: firstLong.longest,
    updateMs,
    updateLongest: updateLong.longest,
    updateMutations: mutations,
  };
}

/** Mounts an element, streams a short answer, unmounts it; `times` times. */
export async function mountCycles(times: number, deltas = 200): Promise<void> {
  const text = streamDeltas(deltas);
  const frames = deltaFrames(text);
  for (let i = 0; i < times; i++) {
    const server = new BenchServer();
    server.onStream = (ctl) => void feedAnswer(server, ctl, frames, [], text.join(''));
    const el = await mountElement(server);
    await el.sendUserMessage({ text: `Cycle ${i}` });
    await nextPaint();
    el.remove();
    // The element cleans up a task after it left the document (a move is not a removal).
    await nextTask();
    await nextTask();
  }
}

let switcher: ChatElement | null = null;

/** Mounts an element over two threads of `items` items each (once). */
export async function prepareSwitches(items: number): Promise<void> {
  if (switcher) return;
  const server = new BenchServer();
  server.threads.set('thr_a', threadItems('thr_a', items, 1));
  server.threads.set('thr_b', threadItems('thr_b', items, 2));
  switcher = await mountElement(server);
}

/** Switches between the two threads `times` times. */
export async function switchThreads(times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    await switcher!.setThreadId(i % 2 ? 'thr_b' : 'thr_a');
    await nextPaint();
  }
}
