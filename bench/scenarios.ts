/**
 * The browser scenarios, driven from Node: each measurement in a fresh page, the page-side code
 * (bench/page/) doing the feeding and observing, CDP giving main-thread time, layouts and heap.
 */
import type { Browser } from 'puppeteer-core';

import { BenchPage } from './browser.js';

/** How big each scenario is: the full benchmark, or the CI-sized short form. */
export interface BenchConfig {
  short: boolean;
  runs: number;
  /**
   * Runs of the streaming scenario (medians taken): its per-delta growth is a bound of the short
   * form, and one run on a busy machine once read 3.3 where quiet runs read 0.7–1.3.
   */
  streamRuns: number;
  deltas: number;
  /** deep-chat streams this many deltas (0: not run); the element runs the same count beside it. */
  deepChatDeltas: number;
  threadItems: number;
  listRows: number;
  tableRows: number;
  cycles: number;
  switches: number;
  keys: string;
}

export const FULL: BenchConfig = {
  short: false,
  runs: 3,
  streamRuns: 3,
  deltas: 10_000,
  deepChatDeltas: 2_000,
  threadItems: 1_000,
  listRows: 1_000,
  tableRows: 500,
  cycles: 100,
  switches: 100,
  keys: 'the quick brown fox jumps over',
};

export const SHORT: BenchConfig = {
  short: true,
  runs: 1,
  streamRuns: 3,
  deltas: 2_000,
  deepChatDeltas: 0,
  threadItems: 200,
  listRows: 300,
  tableRows: 150,
  cycles: 20,
  switches: 20,
  keys: 'quick brown',
};

type Row = Record<string, unknown>;

/** Page errors seen in any scenario (a crash or an uncaught error is a failure of the run). */
export const pageErrors: string[] = [];

async function withPage<T>(
  browser: Browser,
  origin: string,
  label: string,
  work: (p: BenchPage) => Promise<T>,
) {
  const page = await BenchPage.open(browser, origin);
  try {
    return await work(page);
  } finally {
    const errors = await page.pageErrors().catch(() => [] as string[]);
    pageErrors.push(...errors.map((e) => `${label}: ${e}`));
    await page.close();
  }
}

/** The median of each numeric field across runs (other fields from the first run). */
export function medianOf(runs: Row[]): Row {
  const out: Row = { ...runs[0], runs: runs.length };
  for (const key of Object.keys(runs[0] ?? {})) {
    const values = runs.map((r) => r[key]);
    if (values.every((v) => typeof v === 'number')) {
      const s = values.sort((a, b) => a - b);
      const mid = s.length >> 1;
      out[key] = s.length % 2 ? s[mid] : (s[mid - 1]! + s[mid]!) / 2;
    }
  }
  return out;
}

async function streamOnce(
  browser: Browser,
  origin: string,
  contender: string,
  deltas: number,
): Promise<Row> {
  return withPage(browser, origin, `streaming ${contender}`, async (p) => {
    await p.call('prepareStream', contender, deltas);
    const { result, delta } = await p.measure(() => p.call('runStream'));
    const { longTasks, ...rest } = result as Row & {
      longTasks: { count: number; longest: number };
    };
    return {
      contender,
      totalMs: delta.taskMs,
      scriptMs: delta.scriptMs,
      layouts: delta.layouts,
      styleRecalcs: delta.styleRecalcs,
      ...rest,
      longTasks: longTasks.count,
      longestTaskMs: longTasks.longest,
      layoutsPerFrame: delta.layouts / Math.max(1, Number(rest['frames'])),
    };
  });
}

/** The layouts of one more run of the stream, traced (see BenchPage.traceLayouts). */
function tracedStream(browser: Browser, origin: string, contender: string, deltas: number) {
  return withPage(browser, origin, `streaming ${contender} (traced)`, async (p) => {
    await p.call('prepareStream', contender, deltas);
    const { layouts } = await p.traceLayouts(() => p.call('runStream'));
    return { ...layouts, perFrame: layouts.layouts / Math.max(1, layouts.frames) };
  });
}

/** Scenario 2: the same stream into the element, the raw-DOM baseline and deep-chat. */
export async function streaming(browser: Browser, origin: string, c: BenchConfig) {
  const runs = async (contender: string, deltas: number, times: number) => {
    const out: Row[] = [];
    for (let i = 0; i < times; i++) {
      out.push(await streamOnce(browser, origin, contender, deltas));
      process.stdout.write('.');
    }
    return medianOf(out);
  };
  const result: Record<string, Row> = {
    element: await runs('element', c.deltas, c.streamRuns),
    raw: await runs('raw', c.deltas, c.streamRuns),
    elementTraced: await tracedStream(browser, origin, 'element', c.deltas),
    rawTraced: await tracedStream(browser, origin, 'raw', c.deltas),
  };
  if (c.deepChatDeltas > 0) {
    result['elementShort'] = await runs('element', c.deepChatDeltas, c.runs);
    result['rawShort'] = await runs('raw', c.deepChatDeltas, c.runs);
    result['deepChat'] = await runs('deep-chat', c.deepChatDeltas, 1);
  }
  return result;
}

/** Scenarios 3 and 5: the long thread (open, page to the start) and typing in it. */
export async function longThread(browser: Browser, origin: string, c: BenchConfig) {
  const one = () =>
    withPage(browser, origin, 'long thread', async (p) => {
      const open = await p.call('openLongThread', c.threadItems);
      const all = await p.call('loadAllOlder');
      const loaded = await p.heapAfterGc();
      const type = async (target: 'composer' | 'textarea') => {
        await p.call('startTyping', target);
        await p.page.keyboard.type(c.keys, { delay: 60 });
        return p.call('typingResult');
      };
      const typingIdle = await type('composer');
      const textareaIdle = await type('textarea');
      await p.call('startEndlessStream');
      const typingStream = await type('composer');
      const textareaStream = await type('textarea');
      const stream = await p.call('stopEndlessStream');
      process.stdout.write('.');
      return { open, all, loaded, typingIdle, textareaIdle, typingStream, textareaStream, stream };
    });
  const runs: Record<string, unknown>[] = [];
  for (let i = 0; i < c.runs; i++) runs.push(await one());
  const pick = (key: string) => medianOf(runs.map((r) => r[key] as Row));
  return {
    open: pick('open'),
    all: pick('all'),
    loaded: pick('loaded'),
    typingIdle: pick('typingIdle'),
    typingStream: pick('typingStream'),
    textareaIdle: pick('textareaIdle'),
    textareaStream: pick('textareaStream'),
    stream: pick('stream'),
  };
}

/** Scenario 4: a big ListView and a big Table, then one changed row. */
export async function bigWidgets(browser: Browser, origin: string, c: BenchConfig) {
  const out: Record<string, Row> = {};
  for (const [kind, rows] of [
    ['list', c.listRows],
    ['table', c.tableRows],
  ] as const) {
    const runs: Row[] = [];
    for (let i = 0; i < c.runs; i++) {
      runs.push(
        await withPage(browser, origin, `big ${kind}`, (p) => p.call('bigWidget', kind, rows)),
      );
      process.stdout.write('.');
    }
    out[kind] = medianOf(runs);
  }
  return out;
}

/** Scenario 6: heap after GC around mount/stream/unmount cycles and thread switches. */
export async function memory(browser: Browser, origin: string, c: BenchConfig) {
  return withPage(browser, origin, 'memory', async (p) => {
    await p.call('loadElement');
    const cold = await p.heapAfterGc();
    await p.call('mountCycles', 2);
    const mountStart = await p.heapAfterGc(true);
    await p.call('mountCycles', c.cycles / 2);
    const mountHalf = await p.heapAfterGc(true);
    await p.call('mountCycles', c.cycles / 2);
    const mountEnd = await p.heapAfterGc(true);
    await p.call('prepareSwitches', 60);
    await p.call('switchThreads', 2);
    const switchStart = await p.heapAfterGc(true);
    await p.call('switchThreads', c.switches / 2);
    const switchHalf = await p.heapAfterGc(true);
    await p.call('switchThreads', c.switches / 2);
    const switchEnd = await p.heapAfterGc(true);
    process.stdout.write('.');
    return {
      cycles: c.cycles,
      switches: c.switches,
      cold,
      mountStart,
      mountHalf,
      mountEnd,
      switchStart,
      switchHalf,
      switchEnd,
    };
  });
}
