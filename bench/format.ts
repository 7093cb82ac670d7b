/** The benchmark's tables as text (the terminal) or Markdown (the README). */

export interface Table {
  title: string;
  header: string[];
  rows: string[][];
}

export function formatText(t: Table): string {
  const widths = t.header.map((h, i) =>
    Math.max(h.length, ...t.rows.map((r) => (r[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [
    `\n${t.title}`,
    line(t.header),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...t.rows.map(line),
  ].join('\n');
}

export function formatMarkdown(t: Table): string {
  const esc = (c: string) => c.replace(/\|/g, '\\|');
  return [
    `\n**${t.title}**\n`,
    `| ${t.header.map(esc).join(' | ')} |`,
    `| ${t.header.map((_, i) => (i ? '---:' : '---')).join(' | ')} |`,
    ...t.rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}
