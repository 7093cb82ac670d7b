/**
 * The bounds the short form (`npm run bench -- --short`, run by `npm test`) enforces: ratios
 * measured in the same run and outcomes, with margins wide enough that a busy machine does not
 * fail them. Absolute times are not checked: on shared machines they are noise.
 */
import { growthOf, type Results } from './report.js';

/** Each bound: what it checks, and whether this run passed it. */
export function checkBounds(r: Results): { name: string; ok: boolean; value: string }[] {
  const el = r.streaming['element'] ?? {};
  const raw = r.streaming['raw'] ?? {};
  const n = (v: unknown) => (typeof v === 'number' ? v : Number.NaN);
  const growth = n(el['lastMsPerDelta']) / n(el['firstMsPerDelta']);
  const vsRaw = n(el['totalMs']) / n(raw['totalMs']);
  const all = r.thread['all'] ?? {};
  const open = r.thread['open'] ?? {};
  const items = n(r.config['threadItems']);
  const mount = growthOf(r.memory, 'mountStart', 'mountEnd');
  const switches = growthOf(r.memory, 'switchStart', 'switchEnd');
  const widgets = ['list', 'table'].map((k) => r.widgets[k]);
  return [
    { name: 'no page errors', ok: r.pageErrors.length === 0, value: `${r.pageErrors.length}` },
    {
      name: 'the whole stream was shown',
      ok: el['sentinelShown'] === true,
      value: String(el['sentinelShown']),
    },
    { name: 'per-delta cost, last / first < 3', ok: growth < 3, value: growth.toFixed(2) },
    {
      name: 'main-thread time < 60× the raw-DOM baseline',
      ok: vsRaw < 60,
      value: vsRaw.toFixed(1),
    },
    {
      name: 'the long thread opens at its end (≤ 50 px)',
      ok: n(open['distanceFromBottom']) <= 50,
      value: `${n(open['distanceFromBottom']).toFixed(0)} px`,
    },
    {
      name: 'every older page loads',
      ok: n(all['shown']) + n(all['placeholders']) === items,
      value: `${n(all['shown']) + n(all['placeholders'])} of ${items} (${n(all['shown'])} rendered)`,
    },
    {
      name: 'big widgets render and update',
      ok: widgets.every((w) => Number.isFinite(n(w?.['updateMs']))),
      value: widgets.map((w) => n(w?.['updateMs']).toFixed(0)).join(' / '),
    },
    {
      name: 'heap after GC, mount cycles ≤ +50%',
      ok: mount <= 0.5,
      value: `${(100 * mount).toFixed(1)}%`,
    },
    {
      name: 'heap after GC, thread switches ≤ +50%',
      ok: switches <= 0.5,
      value: `${(100 * switches).toFixed(1)}%`,
    },
  ];
}
