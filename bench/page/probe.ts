/**
 * What the benchmark page observes from the outside: tasks (a MessageChannel, not clamped like
 * nested timers), paints, long tasks, frames, text and nodes across shadow roots.
 */

const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();

/** Resolves in a new task (one delta per task; no 4 ms clamp as with nested `setTimeout`). */
export const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

/** Resolves after the next frame was produced (a rAF, then the task after it). */
export const nextPaint = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => void nextTask().then(resolve)));

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Long tasks seen since the page loaded (start and duration, ms). */
export const longTasks: { start: number; duration: number }[] = [];
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch {
  // No Long Tasks API: the figure stays empty and the runner says so.
}

/** Long tasks that started at or after `since`: count and longest. */
export function longTasksSince(since: number): { count: number; longest: number } {
  const seen = longTasks.filter((t) => t.start >= since);
  return { count: seen.length, longest: Math.max(0, ...seen.map((t) => t.duration)) };
}

/**
 * Counts animation frames (the first included) and the frames dropped (intervals over 1.5
 * frames) until stopped.
 */
export function watchFrames(): () => { frames: number; dropped: number; longestGap: number } {
  let frames = 0;
  let dropped = 0;
  let longestGap = 0;
  let last = performance.now();
  let running = true;
  const period = 1000 / 60;
  const step = (now: number) => {
    if (!running) return;
    const gap = now - last;
    last = now;
    frames += 1;
    longestGap = Math.max(longestGap, gap);
    if (gap > 1.5 * period) dropped += Math.round(gap / period) - 1;
    requestAnimationFrame(step);
  };
  // The first frame counts too: its layout is in the runner's count (the counters are read
  // before this starts), so leaving it out read one layout too many per run.
  requestAnimationFrame((now) => {
    last = now;
    frames += 1;
    requestAnimationFrame(step);
  });
  return () => {
    running = false;
    return { frames, dropped, longestGap };
  };
}

/** The text of a subtree, shadow roots included. */
export function deepText(node: Node): string {
  let out = '';
  const visit = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) out += n.nodeValue ?? '';
    if (n instanceof Element && n.shadowRoot) visit(n.shadowRoot);
    for (let c = n.firstChild; c; c = c.nextSibling) visit(c);
  };
  visit(node);
  return out;
}

/** Elements in a subtree, shadow roots included. */
export function countElements(root: Node): number {
  let count = 0;
  const visit = (n: Node) => {
    if (n instanceof Element) {
      count += 1;
      if (n.shadowRoot) visit(n.shadowRoot);
    }
    for (let c = n.firstChild; c; c = c.nextSibling) visit(c);
  };
  visit(root);
  return count;
}

/** Resolves when `test` holds, checked after every animation frame; rejects after `ms`. */
export function until(test: () => boolean, ms = 10_000, what = 'a condition'): Promise<void> {
  const deadline = performance.now() + ms;
  return new Promise((resolve, reject) => {
    const check = () => {
      if (test()) resolve();
      else if (performance.now() > deadline) reject(new Error(`Timed out waiting for ${what}`));
      else requestAnimationFrame(check);
    };
    check();
  });
}

/** Median of numbers (0 for none). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
