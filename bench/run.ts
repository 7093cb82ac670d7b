/** `npm run bench`: prints the benchmark tables. */
import { benchState } from './state.bench.js';

function table(title: string, header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
}

const state = benchState();
table(
  'Thread store: cost of one streamed text delta (Node, this machine)',
  ['case', 'µs per delta'],
  state.rows,
);
