/**
 * The cells of the benchmark's tables: a results row, numbers formatted as milliseconds, counts,
 * KB and MB (a dash when missing), ratios, and whether a target is met.
 */

/** One measured object of the results (a run's figures by name). */
export type Row = Record<string, unknown>;

export const num = (v: unknown) => (typeof v === 'number' ? v : Number.NaN);
export const ms = (v: unknown, digits = 0) =>
  Number.isFinite(num(v)) ? `${num(v).toFixed(digits)} ms` : '–';
export const fixed = (v: unknown, digits = 2) =>
  Number.isFinite(num(v)) ? num(v).toFixed(digits) : '–';
export const int = (v: unknown) =>
  Number.isFinite(num(v)) ? Math.round(num(v)).toLocaleString('en') : '–';
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: unknown) => `${(num(bytes) / 1024 / 1024).toFixed(1)} MB`;
export const ratio = (a: unknown, b: unknown) => num(a) / num(b);
export const met = (ok: boolean | null) => (ok === null ? '' : ok ? 'met' : 'NOT MET');
export const yes = (v: unknown) => (v === true ? 'yes' : v === false ? 'no' : '–');
