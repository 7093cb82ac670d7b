/**
 * The benchmark's tables: every figure with its target and whether it is met, printed as text or
 * Markdown (for the README), from a results object (a fresh run or bench/results.json). Also the
 * noise-proof bounds the short form checks.
 */
import type { Table } from './format.js';
import { fixed, int, kb, mb, met, ms, num, ratio, yes } from './report-cells.js';
import type { Row } from './report-cells.js';
import { streamTables } from './report-streaming.js';
import type { SizeResult } from './size.js';

/** Everything one run measured. */
export interface Results {
  date: string;
  machine: { cpus: number; cpu: string; chromium: string; node: string; loadavg: number[] };
  config: Row;
  seconds: number;
  size: SizeResult;
  streaming: Record<string, Row>;
  thread: Record<string, Row>;
  widgets: Record<string, Row>;
  memory: Record<string, Row | number>;
  state: string[][];
  pageErrors: string[];
}

function sizeTable(s: SizeResult): Table {
  const rows = s.chunks.map((c) => [
    c.file,
    c.load,
    kb(c.bytes),
    kb(c.gzip),
    kb(c.brotli),
    // The first few (a shared chunk such as a locale's strings is imported by dozens).
    c.importedBy.length > 3
      ? `${c.importedBy.slice(0, 3).join(', ')} and ${c.importedBy.length - 3} more`
      : c.importedBy.join(', ') || '–',
    c.holds,
  ]);
  const limit = Math.min(44 * 1024, (s.deepChat?.gzip ?? Infinity) * 0.4);
  rows.push(
    [
      'first load (entry + static)',
      '',
      kb(s.firstLoad.bytes),
      kb(s.firstLoad.gzip),
      kb(s.firstLoad.brotli),
      '',
      `target ≤ 44 KB gzip: ${met(s.firstLoad.gzip <= limit)}`,
    ],
    ['all chunks', '', kb(s.all.bytes), kb(s.all.gzip), kb(s.all.brotli), '', ''],
  );
  if (s.deepChat)
    rows.push([
      'deep-chat 2.4.2 bundle',
      'single file',
      kb(s.deepChat.bytes),
      kb(s.deepChat.gzip),
      kb(s.deepChat.brotli),
      '',
      `first load = ${((100 * s.firstLoad.gzip) / s.deepChat.gzip).toFixed(0)}% of it (gzip)`,
    ]);
  return {
    title: '1. Size of the CDN build (minified; gzip -9; brotli 11)',
    header: ['file', 'loads', 'min', 'gzip', 'brotli', 'imported by', 'holds'],
    rows,
  };
}

function threadTable(t: Record<string, Row>, cfg: Row): Table[] {
  const open = t['open'] ?? {};
  const all = t['all'] ?? {};
  const loaded = t['loaded'] ?? {};
  const items = num(cfg['threadItems']);
  // Typing: the composer beside a bare <textarea> on the same page (the browser's own editing and
  // the wait for the next frame, nothing of ours). The target is the work: a keystroke whose work
  // stays under one frame paints in the next frame.
  // While a stream runs (one delta per task, back to back) a keystroke's frame shares the main
  // thread with the stream's, for the bare textarea as well: there the composer is judged
  // against the textarea (medians, with 2 ms of slack for noise), not against one frame.
  const typing = (c: Row | undefined, b: Row | undefined, label: string, streaming: boolean) => [
    [
      `typing work per keystroke, ${label}: median / max (bare textarea)`,
      `${ms(c?.['workMedianMs'], 1)} / ${ms(c?.['workMaxMs'], 1)} (${ms(b?.['workMedianMs'], 1)} / ${ms(b?.['workMaxMs'], 1)})`,
      streaming ? 'median ≤ the bare textarea’s + 2 ms' : '< 16.7 ms (one frame)',
      met(
        streaming
          ? num(c?.['workMedianMs']) <= num(b?.['workMedianMs']) + 2
          : num(c?.['workMaxMs']) < 16.7,
      ),
    ],
    [
      `keystroke to next frame, ${label}: median / p90 / max (bare textarea)`,
      `${ms(c?.['medianMs'], 1)} / ${ms(c?.['p90Ms'], 1)} / ${ms(c?.['maxMs'], 1)} (${ms(b?.['medianMs'], 1)} / ${ms(b?.['p90Ms'], 1)} / ${ms(b?.['maxMs'], 1)})`,
      'median ≤ the bare textarea’s + 2 ms',
      met(num(c?.['medianMs']) <= num(b?.['medianMs']) + 2),
    ],
    [
      `keystrokes over one frame (Event Timing), ${label} (bare textarea)`,
      `${int(c?.['overOneFrame'])} of ${int(c?.['keys'])} (${int(b?.['overOneFrame'])} of ${int(b?.['keys'])})`,
      '',
      '',
    ],
  ];
  return [
    {
      title: `3 and 5. A ${int(items)}-item thread (Markdown answers, widgets) through items.list pages, and typing in it`,
      header: ['figure', 'value', 'target', ''],
      rows: [
        ['time to first paint', ms(open['firstPaintMs']), '', ''],
        [
          'distance from the bottom after opening',
          `${fixed(open['distanceFromBottom'], 0)} px`,
          'lands at the end',
          met(num(open['distanceFromBottom']) <= 2),
        ],
        ['items shown after opening', int(open['shown']), '', ''],
        ['older pages loaded to reach the start', int(all['pages']), '', ''],
        [
          'scrolling to the top loads older items',
          yes(all['scrollLoads']),
          'yes',
          met(all['scrollLoads'] === true),
        ],
        [
          'button presses / scrolls needed',
          `${int(all['presses'])} / ${int(all['scrolls'])}`,
          '',
          '',
        ],
        ['time to load everything', ms(all['ms']), '', ''],
        [
          'reader moved by a prepend: max / median',
          `${fixed(all['maxShiftPx'], 0)} / ${fixed(all['medianShiftPx'], 0)} px`,
          '0 px',
          met(num(all['maxShiftPx']) < 1),
        ],
        [
          'longest task while paging',
          ms(all['longTasks'] && (all['longTasks'] as Row)['longest']),
          '≤ 50 ms',
          met(num((all['longTasks'] as Row | undefined)?.['longest']) <= 50),
        ],
        [
          'items rendered with everything loaded (the rest: placeholders)',
          `${int(all['shown'])} (+${int(all['placeholders'])})`,
          `bounded (< ${int(items)})`,
          met(num(all['shown']) < items),
        ],
        ['elements (shadow roots included)', int(all['elements']), '', ''],
        ['DOM nodes / JS heap after GC', `${int(loaded['nodes'])} / ${mb(loaded['heap'])}`, '', ''],
        ...typing(t['typingIdle'], t['textareaIdle'], 'thread open', false),
        ...typing(t['typingStream'], t['textareaStream'], 'while a stream runs', true),
      ],
    },
  ];
}

function widgetTable(w: Record<string, Row>): Table {
  const row = (r: Row | undefined, label: string) => [
    label,
    ms(r?.['firstRenderMs']),
    ms(r?.['firstLongest']),
    ms(r?.['updateMs']),
    ms(r?.['updateLongest']),
    int(r?.['updateMutations']),
  ];
  return {
    title:
      '4. Big widgets: first render, then one widget.root.updated that changes one row (to the next paint)',
    header: [
      'widget',
      'first render',
      'its longest task',
      'update',
      'its longest task',
      'DOM mutations',
    ],
    rows: [
      row(w['list'], `ListView, ${int(w['list']?.['rows'])} items`),
      row(w['table'], `Table, ${int(w['table']?.['rows'])} rows`),
    ],
  };
}

/** Heap growth after GC from the start to the end of a phase, as a fraction. */
export const growthOf = (m: Results['memory'], from: string, to: string) =>
  ratio((m[to] as Row)['heap'], (m[from] as Row)['heap']) - 1;

/** The growth of the heap without V8's compiled code and type feedback (the JIT warming up). */
export const objectGrowthOf = (m: Results['memory'], from: string, to: string) => {
  const objects = (r: Row) => num(r['heap']) - num(r['code']);
  return ratio(objects(m[to] as Row), objects(m[from] as Row)) - 1;
};

function memoryTable(m: Results['memory']): Table {
  const pct = (g: number) => `${g >= 0 ? '+' : ''}${(100 * g).toFixed(1)}%`;
  const line = (label: string, from: string, to: string) => {
    const a = m[from] as Row;
    const b = m[to] as Row;
    const objects = objectGrowthOf(m, from, to);
    const half = m[to.replace('End', 'Half')] as Row | undefined;
    return [
      label,
      mb(a['heap']),
      half ? mb(half['heap']) : '–',
      mb(b['heap']),
      pct(growthOf(m, from, to)),
      mb(num(b['code']) - num(a['code'])),
      pct(objects),
      `${int(a['nodes'])} → ${int(b['nodes'])}`,
      '≤ +10%',
      met(objects <= 0.1),
    ];
  };
  return {
    title:
      "6. Memory: JS heap after GC (the start is after two warm-up rounds); compiled code: V8's code and type feedback, which grows as functions get hot",
    header: [
      'phase',
      'start',
      'half-way',
      'end',
      'growth',
      'of it compiled code',
      'growth without it',
      'DOM nodes',
      'target',
      '',
    ],
    rows: [
      line(`mount, stream, unmount ×${int(m['cycles'])}`, 'mountStart', 'mountEnd'),
      line(`thread switches ×${int(m['switches'])}`, 'switchStart', 'switchEnd'),
    ],
  };
}

export function tables(r: Results): Table[] {
  return [
    sizeTable(r.size),
    ...streamTables(r.streaming, r.config),
    ...threadTable(r.thread, r.config),
    widgetTable(r.widgets),
    memoryTable(r.memory),
    {
      title: 'Thread store: cost of one streamed text delta (Node)',
      header: ['case', 'µs per delta'],
      rows: r.state,
    },
  ];
}

export function machineLine(r: Results): string {
  const m = r.machine;
  return `${r.date}; ${m.cpus} × ${m.cpu}; Chromium ${m.chromium}; Node ${m.node}; load average ${m.loadavg.map((l) => l.toFixed(1)).join(' ')}; ${r.seconds.toFixed(0)} s`;
}
