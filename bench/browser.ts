/**
 * The benchmark's browser side in Node: a tiny HTTP server for the page (its esbuild bundle),
 * the built `dist/cdn/` folder (every chunk) and deep-chat's bundle; headless Chromium driven by
 * puppeteer-core; one fresh page per measurement, with its CDP session, counters and heap.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

import { build } from 'esbuild';
import puppeteer, { type Browser, type CDPSession, type Page } from 'puppeteer-core';

const ROOT = join(import.meta.dirname, '..');
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.map': 'application/json',
  '.html': 'text/html',
  '.css': 'text/css',
};
const PAGE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<link rel="icon" href="data:,"><style>body{margin:0;font:14px system-ui}</style></head><body>
<script type="module" src="/bench/page.js"></script></body></html>`;

/** Files served under each URL prefix. */
const MOUNTS: [string, string][] = [
  ['/dist/cdn/', join(ROOT, 'dist/cdn')],
  ['/deep-chat/', join(ROOT, 'node_modules/deep-chat/dist')],
];

async function bundlePage(): Promise<string> {
  const out = await build({
    entryPoints: [join(ROOT, 'bench/page/main.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  return out.outputFiles[0]!.text;
}

/** Serves the page, its bundle and the libraries on 127.0.0.1. */
export async function serve(): Promise<{ origin: string; close(): Promise<void> }> {
  const pageJs = await bundlePage();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (status: number, type: string, body: string | Buffer): void =>
      void res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    if (path === '/') return send(200, TYPES['.html']!, PAGE_HTML);
    if (path === '/bench/page.js') return send(200, TYPES['.js']!, pageJs);
    const mount = MOUNTS.find(([prefix]) => path.startsWith(prefix));
    if (!mount) return send(404, 'text/plain', 'Not found');
    const file = normalize(join(mount[1], path.slice(mount[0].length)));
    if (!file.startsWith(mount[1])) return send(403, 'text/plain', 'Forbidden');
    readFile(file).then(
      (body) => send(200, TYPES[extname(file)] ?? 'application/octet-stream', body),
      () => send(404, 'text/plain', 'Not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The Chromium binary: `CHROME_PATH`, else Debian's. */
export const chromePath = (): string => process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: chromePath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--headless=new',
      '--js-flags=--expose-gc',
      '--window-size=1280,900',
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
    ],
    defaultViewport: { width: 1280, height: 900 },
    // deep-chat's 10,000-delta stream is one evaluate of minutes (puppeteer's default: 180 s).
    protocolTimeout: 900_000,
  });
}

/** Main-thread counters of the page (CDP `Performance.getMetrics`). */
export interface Counters {
  taskMs: number;
  scriptMs: number;
  layouts: number;
  styleRecalcs: number;
  heapUsed: number;
}

/** One fresh page with its CDP session; errors the page reports are collected. */
export class BenchPage {
  readonly errors: string[] = [];
  private constructor(
    readonly page: Page,
    readonly cdp: CDPSession,
  ) {}

  static async open(browser: Browser, origin: string): Promise<BenchPage> {
    const page = await browser.newPage();
    const cdp = await page.createCDPSession();
    const bench = new BenchPage(page, cdp);
    page.on('pageerror', (e) => bench.errors.push(e instanceof Error ? e.message : String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') bench.errors.push(`${m.text()} (${m.location().url ?? ''})`);
    });
    page.setDefaultTimeout(600_000);
    await cdp.send('Performance.enable');
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    await page.waitForFunction('window.bench !== undefined');
    await page.bringToFront();
    return bench;
  }

  /** Calls `window.bench[name](...args)` in the page and returns its (JSON) result. */
  call<T = Record<string, unknown>>(name: string, ...args: unknown[]): Promise<T> {
    const list = args.map((a) => JSON.stringify(a)).join(', ');
    return this.page.evaluate(`window.bench.${name}(${list})`) as Promise<T>;
  }

  async counters(): Promise<Counters> {
    const { metrics } = await this.cdp.send('Performance.getMetrics');
    const m = (name: string) => metrics.find((x) => x.name === name)?.value ?? 0;
    return {
      taskMs: m('TaskDuration') * 1000,
      scriptMs: m('ScriptDuration') * 1000,
      layouts: m('LayoutCount'),
      styleRecalcs: m('RecalcStyleCount'),
      heapUsed: m('JSHeapUsedSize'),
    };
  }

  /** The counters' growth while `work` runs, and its result. */
  async measure<T>(work: () => Promise<T>): Promise<{ result: T; delta: Counters }> {
    const before = await this.counters();
    const result = await work();
    const after = await this.counters();
    const delta = Object.fromEntries(
      Object.entries(after).map(([k, v]) => [k, v - before[k as keyof Counters]]),
    ) as unknown as Counters;
    return { result, delta };
  }

  /**
   * Runs `work` under a Chromium trace and counts, on the page's main thread in that one window:
   * the layouts, the rendering frames (BeginMainThreadFrame), the layouts forced by script (a
   * Layout inside a script call: a read of geometry after a change, or a change made in a
   * ResizeObserver callback laid out again), and the most layouts between two frames. The
   * counters of `measure` and the frames counted by the page come from two windows that differ
   * by up to a frame at each end; this is the exact figure (tracing slows the run: time nothing
   * with it).
   */
  async traceLayouts<T>(work: () => Promise<T>): Promise<{ result: T; layouts: LayoutTrace }> {
    await this.page.tracing.start({
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline.frame'],
    });
    const result = await work();
    const bytes = await this.page.tracing.stop();
    const events = (
      JSON.parse(Buffer.from(bytes ?? []).toString('utf8')) as { traceEvents: Trace[] }
    ).traceEvents;
    return { result, layouts: countLayouts(events) };
  }

  /**
   * The JS heap after a full garbage collection (bytes), and the DOM counters. With `split`, a
   * heap snapshot also tells apart `code`: V8's compiled code and type feedback, which grows as
   * functions get hot and are optimised (the JIT warming up, not objects kept alive).
   */
  async heapAfterGc(
    split = false,
  ): Promise<{ heap: number; nodes: number; listeners: number; code?: number }> {
    for (let i = 0; i < 3; i++) await this.cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await this.cdp.send('Runtime.getHeapUsage');
    const dom = await this.cdp.send('Memory.getDOMCounters');
    const result = { heap: usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
    return split ? { ...result, code: await this.codeBytes() } : result;
  }

  /** The self size of the heap snapshot's `code` nodes (bytes). */
  private async codeBytes(): Promise<number> {
    const chunks: string[] = [];
    const onChunk = (e: { chunk: string }) => void chunks.push(e.chunk);
    this.cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
    try {
      await this.cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    } finally {
      this.cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
    }
    const snapshot = JSON.parse(chunks.join('')) as {
      snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
      nodes: number[];
    };
    const fields = snapshot.snapshot.meta.node_fields;
    const code = snapshot.snapshot.meta.node_types[0].indexOf('code');
    const type = fields.indexOf('type');
    const size = fields.indexOf('self_size');
    let bytes = 0;
    for (let i = 0; i < snapshot.nodes.length; i += fields.length)
      if (snapshot.nodes[i + type] === code) bytes += snapshot.nodes[i + size]!;
    return bytes;
  }

  async pageErrors(): Promise<string[]> {
    const inPage = (await this.page.evaluate('window.benchErrors')) as string[];
    return [...this.errors, ...inPage];
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

/** One trace event (the fields read here). */
interface Trace {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
}

/** What {@link BenchPage.traceLayouts} counts. */
export interface LayoutTrace {
  layouts: number;
  frames: number;
  forced: number;
  maxPerFrame: number;
}

/** Script entry points: a Layout inside one of them was forced by script. */
const SCRIPT = new Set([
  'FunctionCall',
  'EvaluateScript',
  'EventDispatch',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'RunMicrotasks',
  'v8.callFunction',
]);

/** Counts layouts, frames and forced layouts on the thread with the most layouts. */
export function countLayouts(events: readonly Trace[]): LayoutTrace {
  const key = (e: Trace) => `${e.pid}:${e.tid}`;
  const perThread = new Map<string, number>();
  for (const e of events)
    if (e.name === 'Layout' && e.ph === 'X')
      perThread.set(key(e), (perThread.get(key(e)) ?? 0) + 1);
  const main = [...perThread].sort((a, b) => b[1] - a[1])[0]?.[0];
  const mine = events.filter((e) => key(e) === main);
  const layouts = mine.filter((e) => e.name === 'Layout' && e.ph === 'X');
  const frames = mine.filter((e) => e.name === 'BeginMainThreadFrame').map((e) => e.ts);
  const scripts = mine.filter((e) => e.ph === 'X' && SCRIPT.has(e.name));
  const forced = layouts.filter((l) =>
    scripts.some((s) => s.ts <= l.ts && l.ts + (l.dur ?? 0) <= s.ts + (s.dur ?? 0)),
  ).length;
  // Layouts between one frame's start and the next.
  frames.sort((a, b) => a - b);
  const per = new Map<number, number>();
  for (const l of layouts) {
    let lo = 0;
    let hi = frames.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (frames[mid]! <= l.ts) lo = mid + 1;
      else hi = mid;
    }
    per.set(lo, (per.get(lo) ?? 0) + 1);
  }
  return {
    layouts: layouts.length,
    frames: frames.length,
    forced,
    maxPerFrame: Math.max(0, ...per.values()),
  };
}
