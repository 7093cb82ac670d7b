/** The geometry of a Chart: series, stacks, ticks and curves, from the untrusted node. */
import { CHART_SEQUENCE, color, isOneOf } from '../../values.js';

/** Series types. */
export const CHART_SERIES_TYPES = ['bar', 'line', 'area'] as const;
/** A series type. */
export type ChartSeriesType = (typeof CHART_SERIES_TYPES)[number];
/** Curve types of line and area series (d3-shape's names); smooth curves are drawn alike. */
export const CHART_CURVE_TYPES = [
  'basis',
  'basisClosed',
  'basisOpen',
  'bumpX',
  'bumpY',
  'bump',
  'linear',
  'linearClosed',
  'natural',
  'monotoneX',
  'monotoneY',
  'monotone',
  'step',
  'stepBefore',
  'stepAfter',
] as const;
/** A curve type. */
export type ChartCurveType = (typeof CHART_CURVE_TYPES)[number];

/** A series as read: its type, data key, label, stack, colour and curve. */
export interface Series {
  type: ChartSeriesType;
  dataKey: string;
  label: string;
  stack: string | null;
  color: string;
  curve: string;
}

/** One data row. */
export type Row = Record<string, unknown>;

/** A number from a number or numeric string; 0 otherwise. */
export const num = (v: unknown): number =>
  typeof v === 'number' && Number.isFinite(v)
    ? v
    : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))
      ? Number(v)
      : 0;

/** Reads the series; unknown types and series without a data key are left out. */
export function readSeries(value: unknown): Series[] {
  if (!Array.isArray(value)) return [];
  let auto = 0;
  return value.flatMap((s): Series[] => {
    if (typeof s !== 'object' || s === null) return [];
    const r = s as Record<string, unknown>;
    const type = isOneOf(r['type'], CHART_SERIES_TYPES) ? r['type'] : null;
    if (!type || typeof r['dataKey'] !== 'string') return [];
    const explicit = color(r['color'], 'chart');
    return [
      {
        type,
        dataKey: r['dataKey'],
        label: typeof r['label'] === 'string' ? r['label'] : r['dataKey'],
        stack: type !== 'line' && typeof r['stack'] === 'string' ? r['stack'] : null,
        color: explicit ?? color(CHART_SEQUENCE[auto++ % CHART_SEQUENCE.length], 'chart')!,
        curve: typeof r['curveType'] === 'string' ? r['curveType'] : 'monotone',
      },
    ];
  });
}

/** Tick values from 0 (or the minimum) to a "nice" maximum. */
export function ticks(min: number, max: number, count = 4): number[] {
  if (max === min) max = min + 1;
  const raw = (max - min) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const start = Math.floor(min / step) * step;
  const out: number[] = [];
  for (let v = start; v <= max + step * 0.001; v += step) out.push(Number(v.toPrecision(12)));
  if (out[out.length - 1]! < max) out.push(Number((out[out.length - 1]! + step).toPrecision(12)));
  return out;
}

/** An SVG path through the points, drawn with the curve type. */
export function linePath(points: [number, number][], curve: string): string {
  if (points.length === 0) return '';
  if (points.length === 1) return `M${points[0]![0]},${points[0]![1]}`;
  if (curve.startsWith('step')) {
    return points
      .map(([x, y], i) => {
        if (i === 0) return `M${x},${y}`;
        const [px, py] = points[i - 1]!;
        if (curve === 'stepBefore') return `V${y}H${x}`;
        if (curve === 'stepAfter') return `H${x}V${y}`;
        const mid = (px + x) / 2;
        return `H${mid}V${y}H${x}${py === y ? '' : ''}`;
      })
      .join('');
  }
  if (curve.startsWith('linear'))
    return points.map(([x, y], i) => `${i ? 'L' : 'M'}${x},${y}`).join('');
  // Smooth curves (monotone, natural, basis, bump…): Catmull-Rom through the points as Béziers.
  let d = `M${points[0]![0]},${points[0]![1]}`;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? points[i]!;
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const p3 = points[i + 2] ?? p2;
    const c1 = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2 = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += `C${c1[0]},${c1[1]} ${c2[0]},${c2[1]} ${p2[0]},${p2[1]}`;
  }
  return d;
}

/** The most points a series is drawn with; longer data is downsampled (see {@link downsample}). */
export const MAX_CHART_POINTS = 500;
/** The most series a chart draws. */
export const MAX_CHART_SERIES = 24;

/**
 * At most `max` rows of `data`, keeping the shape: the rows are cut into buckets, and of each
 * bucket the rows holding the minimum and the maximum of every series are kept (in order), along
 * with the first and last rows. With several series the buckets are fewer, so no series has more
 * than `max` points. Data within the limit is returned as it is.
 */
export function downsample<T extends Row>(
  data: readonly T[],
  keys: readonly string[],
  max = MAX_CHART_POINTS,
): T[] {
  if (data.length <= max) return [...data];
  const perBucket = Math.max(2, 2 * keys.length);
  const buckets = Math.max(1, Math.floor((max - 2) / perBucket));
  const keep = new Set<number>([0, data.length - 1]);
  const size = data.length / buckets;
  for (let b = 0; b < buckets; b++) {
    const from = Math.floor(b * size);
    const to = Math.min(data.length, Math.floor((b + 1) * size));
    if (to <= from) continue;
    if (!keys.length) keep.add(from);
    for (const key of keys) {
      let min = from;
      let max = from;
      for (let i = from; i < to; i++) {
        const v = num(data[i]![key]);
        if (v < num(data[min]![key])) min = i;
        if (v > num(data[max]![key])) max = i;
      }
      keep.add(min);
      keep.add(max);
    }
  }
  return [...keep].sort((a, b) => a - b).map((i) => data[i]!);
}

/**
 * The outline of a bar from `y0` (its base) to `y1` (its end), both in pixels, with the corners at
 * the end rounded by `radius` and the base square: a bar that meets the axis or another segment of
 * its stack meets it flush. `radius` is capped to half the width and the height.
 */
export function barPath(x: number, width: number, y0: number, y1: number, radius: number): string {
  const h = Math.abs(y1 - y0);
  const r = Math.max(0, Math.min(radius, width / 2, h));
  const f = (n: number) => Math.round(n * 100) / 100;
  const x1 = x + width;
  if (!r) return `M${f(x)},${f(y0)}V${f(y1)}H${f(x1)}V${f(y0)}Z`;
  // The end lies up (a positive bar, y1 < y0) or down (a negative one); the arcs turn towards it.
  const dir = y1 < y0 ? 1 : -1;
  const sweep = dir === 1 ? 1 : 0;
  return (
    `M${f(x)},${f(y0)}V${f(y1 + dir * r)}` +
    `A${f(r)},${f(r)} 0 0 ${sweep} ${f(x + r)},${f(y1)}H${f(x1 - r)}` +
    `A${f(r)},${f(r)} 0 0 ${sweep} ${f(x1)},${f(y1 + dir * r)}V${f(y0)}Z`
  );
}
