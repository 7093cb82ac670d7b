/**
 * The long-thread and typing scenarios in the page: open a thread of many items through
 * `threads.get_by_id` and `items.list` pages, load every older page (scrolling to the top, or the
 * "Show earlier messages" button when scrolling loads nothing), and measure the typing latency in
 * the composer, idle or while a stream runs.
 */
import { streamDeltas, threadItems } from '../workload.js';
import { composerRenders, mountElement, type ChatElement } from './contenders.js';
import {
  countElements,
  longTasksSince,
  median,
  nextPaint,
  nextTask,
  sleep,
  until,
} from './probe.js';
import { BenchServer } from './server.js';
import { deltaFrames } from './stream.js';

const THREAD = 'thr_long';
let el: ChatElement | null = null;
let server: BenchServer | null = null;

const shadow = () => el!.shadowRoot!;
const items = () => shadow().querySelectorAll('.thread > .item');
/** Items rendered, not set aside as placeholders by the thread's windowing. */
const rendered = () => shadow().querySelectorAll('.thread > .item:not(.windowed)').length;
const list = () => shadow().querySelector<HTMLElement>('[part~="message-list"]');

/** The element that scrolls the thread: the message list or the nearest ancestor that scrolls. */
function scroller(): HTMLElement {
  for (
    let n: Element | null = list();
    n;
    n = n.parentElement ?? (n.getRootNode() as ShadowRoot).host ?? null
  ) {
    const overflow = getComputedStyle(n).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && n instanceof HTMLElement) return n;
    if (n === el) break;
  }
  throw new Error('no scrolling message list');
}

const fromBottom = (s: HTMLElement) => s.scrollHeight - s.scrollTop - s.clientHeight;

/** Opens a thread of `count` items; time to first paint, where it landed. */
export async function openLongThread(count: number): Promise<Record<string, unknown>> {
  server = new BenchServer();
  server.threads.set(THREAD, threadItems(THREAD, count));
  const since = performance.now();
  const loaded = new Promise((r) =>
    document.addEventListener('cw-thread-load-end', r, { once: true }),
  );
  el = await mountElement(server, { initialThread: THREAD });
  await until(() => items().length > 0, 30_000, 'the first items');
  await nextPaint();
  const firstPaint = performance.now() - since;
  await loaded;
  // Where it lands: once the scroll position and height stop changing (the Markdown lexer's
  // chunk, rendered answers and their late growth come in their own time on a loaded machine),
  // over three paints in a row, at most 5 s.
  const s = scroller();
  await nextPaint();
  await nextPaint();
  const twoPaints = fromBottom(s);
  let last = '';
  let same = 0;
  for (const end = performance.now() + 5000; same < 3 && performance.now() < end;) {
    await nextPaint();
    const now = `${s.scrollTop}/${s.scrollHeight}`;
    same = now === last ? same + 1 : 0;
    last = now;
  }
  return {
    items: count,
    firstPaintMs: firstPaint,
    shown: items().length,
    distanceFromBottom: fromBottom(scroller()),
    distanceTwoPaintsAfterLoad: twoPaints,
    longTasks: longTasksSince(since),
  };
}

/** Loads every older page, by scrolling to the top or else with the button. */
export async function loadAllOlder(): Promise<Record<string, unknown>> {
  const s = scroller();
  const since = performance.now();
  let scrolls = 0;
  let presses = 0;
  let scrollLoads: boolean | null = null;
  const shifts: number[] = [];
  for (let pages = 0; pages < 10_000; pages++) {
    const before = items().length;
    if (!items()[0]) break;
    // The first item, counted from the end (pages are prepended, and a placeholder that renders
    // again is a new element at the same place).
    const anchor = {
      getBoundingClientRect: () => items()[items().length - before]!.getBoundingClientRect(),
    };
    let anchorTop = 0;
    let grew = false;
    if (scrollLoads !== false) {
      s.scrollTop = 0;
      scrolls += 1;
      anchorTop = anchor.getBoundingClientRect().top;
      grew = await until(() => items().length > before, 1000).then(
        () => true,
        () => false,
      );
      scrollLoads ??= grew;
    }
    if (!grew) {
      const button = shadow().querySelector<HTMLButtonElement>('button.older');
      if (!button) break;
      anchorTop = anchor.getBoundingClientRect().top;
      button.click();
      presses += 1;
      await until(() => items().length > before, 30_000, 'an older page');
    }
    await nextPaint();
    shifts.push(Math.abs(anchor.getBoundingClientRect().top - anchorTop));
  }
  const ms = performance.now() - since;
  return {
    ms,
    pages: shifts.length,
    scrolls,
    presses,
    scrollLoads,
    shown: rendered(),
    placeholders: items().length - rendered(),
    maxShiftPx: Math.max(0, ...shifts),
    medianShiftPx: median(shifts),
    longTasks: longTasksSince(since),
    elements: countElements(document),
  };
}

/**
 * Typing, measured per keystroke from the keydown's time stamp:
 * - latency: to the end of the first frame after the input was handled (the rAF callback, then a
 *   task, which runs once the frame's style, layout and paint are done). It includes the wait for
 *   the next vsync (up to one frame at 60 Hz) that a bare `<textarea>` pays too, which is why a
 *   bare textarea on the same page is measured beside the composer.
 * - work: the main-thread time the keystroke costs, without that wait: from the first keydown
 *   listener to the end of the `input` event (the composer's listeners and the updates they
 *   queue run inside the dispatch), plus that frame from its rAF callbacks to its end.
 * A keystroke whose work is under one frame (16.7 ms) paints in the next frame.
 */
interface Key {
  down: number;
  start: number;
  handled: number;
}
const typing = {
  key: null as Key | null,
  latencies: [] as number[],
  work: [] as number[],
  overFrame: 0,
};
addEventListener(
  'keydown',
  (e) => void (typing.key = { down: e.timeStamp, start: performance.now(), handled: -1 }),
  true,
);
// Bubble phase on the window: after the composer's own listeners (input is composed).
addEventListener('input', () => {
  const key = typing.key;
  if (!key || key.handled >= 0) return;
  key.handled = performance.now();
  requestAnimationFrame(() => {
    const frame = performance.now();
    void nextTask().then(() => {
      const end = performance.now();
      typing.latencies.push(end - key.down);
      typing.work.push(key.handled - key.start + (end - frame));
    });
  });
});
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'keydown') typing.overFrame += 1;
  }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
} catch {
  // No Event Timing API: only the rAF measure is reported.
}

let textarea: HTMLTextAreaElement | null = null;

/**
 * Focuses what the keystrokes go to and clears the typing record: the composer, or a bare
 * `<textarea>` above the chat (the baseline: the browser's own editing, nothing of ours).
 */
export async function startTyping(target: 'composer' | 'textarea' = 'composer'): Promise<void> {
  textarea?.remove();
  textarea = null;
  if (target === 'textarea') {
    textarea = document.createElement('textarea');
    textarea.style.cssText = 'position:fixed;inset-block-start:0;inset-inline-start:0;z-index:1';
    document.body.append(textarea);
    textarea.focus();
    await nextPaint();
  } else await el!.focusComposer();
  typing.key = null;
  typing.latencies = [];
  typing.work = [];
  typing.overFrame = 0;
}

export async function typingResult(): Promise<Record<string, unknown>> {
  await nextPaint();
  await sleep(100); // Event Timing entries arrive after their frame.
  const l = typing.latencies;
  const w = typing.work;
  const sorted = [...l].sort((a, b) => a - b);
  return {
    keys: l.length,
    medianMs: median(l),
    p90Ms: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))] ?? 0,
    maxMs: Math.max(0, ...l),
    workMedianMs: median(w),
    workMaxMs: Math.max(0, ...w),
    overOneFrame: typing.overFrame,
  };
}

let streaming: { stop: boolean; done: Promise<void>; deltas: number } | null = null;

/** Starts an answer in the open thread that streams one delta per task until stopped. */
export async function startEndlessStream(): Promise<void> {
  const frames = deltaFrames(streamDeltas(10_000));
  const state = { stop: false, done: Promise.resolve(), deltas: 0 };
  server!.onStream = (ctl) =>
    void (async () => {
      server!.openTurn(ctl);
      const item = server!.assistant(ctl);
      ctl.push({ type: 'thread.item.added', item: { ...item, id: 'msg_stream' } });
      for (let i = 0; !state.stop; i++) {
        await nextTask();
        ctl.pushBytes(frames[i % frames.length]!);
        state.deltas += 1;
      }
      ctl.close();
    })();
  state.done = el!.sendUserMessage({ text: 'Keep streaming' });
  streaming = state;
  await until(() => state.deltas > 50, 10_000, 'the stream to start');
}

/** Stops the endless stream; how many deltas it streamed and the composer renders meanwhile. */
export async function stopEndlessStream(): Promise<Record<string, unknown>> {
  const state = streaming!;
  state.stop = true;
  await state.done;
  streaming = null;
  return { deltas: state.deltas };
}

/** The composer's render count (the runner reads it around a stream). */
export const composerRenderCount = (): number => composerRenders.count;
