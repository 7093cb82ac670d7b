/**
 * The streaming scenario in the page: `prepareStream` mounts one contender and encodes the frames;
 * `runStream` feeds one delta per task and reports the per-delta cost (the time between the starts
 * of two feed tasks: the work the delta caused, rendering included), long tasks and frames. The
 * runner reads the main-thread counters (CDP) around `runStream`.
 */
import { SENTINEL, streamDeltas } from '../workload.js';
import {
  composerRenders,
  mountDeepChat,
  mountElement,
  mountRaw,
  type ChatElement,
} from './contenders.js';
import { deepText, longTasksSince, median, nextPaint, nextTask, watchFrames } from './probe.js';
import { BenchServer, frame, type StreamCtl } from './server.js';

export type Contender = 'element' | 'deep-chat' | 'raw';

const ITEM_ID = 'msg_stream';

/** Pushes the assistant message of `deltas` (pre-encoded frames), one per task; times each task. */
export async function feedAnswer(
  server: BenchServer,
  ctl: StreamCtl,
  frames: readonly Uint8Array[],
  times: number[],
  text: string,
): Promise<void> {
  server.openTurn(ctl);
  const item = { ...server.assistant(ctl), id: ITEM_ID };
  ctl.push({ type: 'thread.item.added', item });
  const part = { type: 'output_text', text: '', annotations: [] };
  ctl.push({
    type: 'thread.item.updated',
    item_id: ITEM_ID,
    update: { type: 'assistant_message.content_part.added', content_index: 0, content: part },
  });
  for (const bytes of frames) {
    await nextTask();
    times.push(performance.now());
    ctl.pushBytes(bytes);
  }
  await nextTask();
  times.push(performance.now());
  const done = { ...part, text };
  ctl.push({
    type: 'thread.item.updated',
    item_id: ITEM_ID,
    update: { type: 'assistant_message.content_part.done', content_index: 0, content: done },
  });
  ctl.push({ type: 'thread.item.done', item: { ...item, content: [done] } });
  ctl.close();
}

/** The frames of `deltas` for the message {@link ITEM_ID}. */
export const deltaFrames = (deltas: readonly string[]): Uint8Array[] =>
  deltas.map((delta) =>
    frame({
      type: 'thread.item.updated',
      item_id: ITEM_ID,
      update: { type: 'assistant_message.content_part.text_delta', content_index: 0, delta },
    }),
  );

let prepared: {
  run: () => Promise<void>;
  root: Node;
  count: number;
  times: number[];
} | null = null;

/** Mounts `contender` and prepares a stream of `count` deltas (seeded text). */
export async function prepareStream(contender: Contender, count: number): Promise<void> {
  const deltas = streamDeltas(count);
  const frames = deltaFrames(deltas);
  const text = deltas.join('');
  const server = new BenchServer();
  const times: number[] = [];
  server.onStream = (ctl) => void feedAnswer(server, ctl, frames, times, text);
  let run: () => Promise<void>;
  let root: Node;
  if (contender === 'element') {
    const el: ChatElement = await mountElement(server);
    run = () => el.sendUserMessage({ text: 'Stream it' });
    root = el;
  } else if (contender === 'raw') {
    const go = mountRaw();
    run = () => go(server);
    root = document.body;
  } else {
    const go = await mountDeepChat();
    run = () => go(server);
    root = document.body;
  }
  prepared = { run, root, count, times };
  await nextPaint();
  await nextPaint();
}

/** Per-1,000-delta slices of ms per delta. */
function slices(times: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1000 < times.length; i += 1000)
    out.push((times[i + 1000]! - times[i]!) / 1000);
  return out;
}

/** Streams the prepared deltas and measures. */
export async function runStream(): Promise<Record<string, unknown>> {
  if (!prepared) throw new Error('prepareStream first');
  const { run, root, count, times } = prepared;
  const since = performance.now();
  const stopFrames = watchFrames();
  const rendersBefore = composerRenders.count;
  await run();
  await nextPaint();
  await nextPaint();
  const wall = performance.now() - since;
  const frames = stopFrames();
  const n = times.length - 1;
  const window = Math.min(1000, Math.floor(n / 2));
  // The median of ten slices of the window: a burst of another process on a shared machine
  // lands in one slice and does not move it.
  const perDelta = (from: number) => {
    const step = window / 10;
    const parts = Array.from(
      { length: 10 },
      (_, k) => (times[from + (k + 1) * step]! - times[from + k * step]!) / step,
    );
    return median(parts);
  };
  return {
    deltas: count,
    wallMs: wall,
    firstMsPerDelta: perDelta(0),
    lastMsPerDelta: perDelta(n - window),
    window,
    slices: slices(times),
    longTasks: longTasksSince(since),
    ...frames,
    composerRenders: composerRenders.count - rendersBefore,
    sentinelShown: deepText(root).includes(SENTINEL),
  };
}
