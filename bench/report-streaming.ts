/**
 * Tables 2 and 2b of the benchmark: a long stream of deltas into chat-widgets beside the raw DOM
 * (main-thread time, per-delta cost and its growth, layouts and frames, long tasks), and its
 * first deltas beside deep-chat.
 */
import type { Table } from './format.js';
import { fixed, int, met, ms, num, ratio, yes } from './report-cells.js';
import type { Row } from './report-cells.js';

export function streamTables(st: Record<string, Row>, cfg: Row): Table[] {
  const el = st['element'] ?? {};
  const raw = st['raw'] ?? {};
  const elT = st['elementTraced'] ?? {};
  const rawT = st['rawTraced'] ?? {};
  const n = int(cfg['deltas']);
  const growth = (r: Row) => ratio(r['lastMsPerDelta'], r['firstMsPerDelta']);
  const rows = [
    [
      'total main-thread time',
      ms(el['totalMs']),
      ms(raw['totalMs']),
      `≤ 4× raw: ${fixed(ratio(el['totalMs'], raw['totalMs']), 1)}×`,
      met(ratio(el['totalMs'], raw['totalMs']) <= 4),
    ],
    ['script time', ms(el['scriptMs']), ms(raw['scriptMs']), '', ''],
    [
      'ms/delta, first 1,000',
      fixed(el['firstMsPerDelta'], 3),
      fixed(raw['firstMsPerDelta'], 3),
      '',
      '',
    ],
    [
      'ms/delta, last 1,000',
      fixed(el['lastMsPerDelta'], 3),
      fixed(raw['lastMsPerDelta'], 3),
      '',
      '',
    ],
    [
      'last / first',
      `${fixed(growth(el))}×`,
      `${fixed(growth(raw))}×`,
      '≤ 1.2×',
      met(growth(el) <= 1.2),
    ],
    ['layouts', int(el['layouts']), int(raw['layouts']), '', ''],
    ['animation frames', int(el['frames']), int(raw['frames']), '', ''],
    [
      'layouts per frame (counters around the call / frames inside it)',
      fixed(el['layoutsPerFrame']),
      fixed(raw['layoutsPerFrame']),
      '',
      '',
    ],
    [
      'layouts per frame, traced run (one window)',
      `${int(elT['layouts'])} / ${int(elT['frames'])} = ${fixed(elT['perFrame'])}`,
      `${int(rawT['layouts'])} / ${int(rawT['frames'])} = ${fixed(rawT['perFrame'])}`,
      '≤ 1',
      met(num(elT['perFrame']) <= 1),
    ],
    [
      'layouts forced by script, traced run',
      int(elT['forced']),
      int(rawT['forced']),
      '0',
      met(num(elT['forced']) === 0),
    ],
    [
      'most layouts in one frame, traced run',
      int(elT['maxPerFrame']),
      int(rawT['maxPerFrame']),
      '1',
      met(num(elT['maxPerFrame']) <= 1),
    ],
    [
      'long tasks > 50 ms',
      int(el['longTasks']),
      int(raw['longTasks']),
      '0',
      met(num(el['longTasks']) === 0),
    ],
    [
      'longest task',
      ms(el['longestTaskMs']),
      ms(raw['longestTaskMs']),
      '≤ 50 ms',
      met(num(el['longestTaskMs']) <= 50),
    ],
    ['frames dropped', int(el['dropped']), int(raw['dropped']), '', ''],
    [
      'composer renders during the stream',
      int(el['composerRenders']),
      '',
      'only when it shows a change',
      '',
    ],
    [
      'all text arrived',
      yes(el['sentinelShown']),
      yes(raw['sentinelShown']),
      'yes',
      met(el['sentinelShown'] === true),
    ],
  ];
  const tables: Table[] = [
    {
      title: `2. Streaming ${n} deltas (${fixed(cfg['textKB'], 1)} KB of Markdown, one delta per task, real SSE bytes; median of ${int(el['runs'])})`,
      header: ['figure', 'chat-widgets', 'raw DOM', 'target', ''],
      rows,
    },
  ];
  const dc = st['deepChat'];
  if (dc) {
    const es = st['elementShort'] ?? {};
    const rs = st['rawShort'] ?? {};
    const k = int(dc['deltas']);
    tables.push({
      title: `2b. The first ${k} deltas of the same stream, with deep-chat 2.4.2 (deep-chat once: it is ~100× slower; its per-delta cost grows with the message, so at ${n} deltas the gap is wider)`,
      header: ['figure', 'chat-widgets', 'raw DOM', 'deep-chat', 'target', ''],
      rows: [
        [
          'total main-thread time',
          ms(es['totalMs']),
          ms(rs['totalMs']),
          ms(dc['totalMs']),
          `deep-chat ≥ 100× ours: ${fixed(ratio(dc['totalMs'], es['totalMs']), 1)}×`,
          met(ratio(dc['totalMs'], es['totalMs']) >= 100),
        ],
        [
          `ms/delta, first ${int(dc['window'])}`,
          fixed(es['firstMsPerDelta'], 3),
          fixed(rs['firstMsPerDelta'], 3),
          fixed(dc['firstMsPerDelta'], 3),
          '',
          '',
        ],
        [
          `ms/delta, last ${int(dc['window'])}`,
          fixed(es['lastMsPerDelta'], 3),
          fixed(rs['lastMsPerDelta'], 3),
          fixed(dc['lastMsPerDelta'], 3),
          '',
          '',
        ],
        [
          'last / first',
          `${fixed(growth(es))}×`,
          `${fixed(growth(rs))}×`,
          `${fixed(growth(dc))}×`,
          '',
          '',
        ],
        ['layouts', int(es['layouts']), int(rs['layouts']), int(dc['layouts']), '', ''],
        [
          'long tasks > 50 ms',
          int(es['longTasks']),
          int(rs['longTasks']),
          int(dc['longTasks']),
          '',
          '',
        ],
        [
          'all text arrived',
          yes(es['sentinelShown']),
          yes(rs['sentinelShown']),
          yes(dc['sentinelShown']),
          '',
          '',
        ],
      ],
    });
  }
  return tables;
}
