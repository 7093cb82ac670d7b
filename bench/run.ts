/**
 * `npm run bench`: builds, then measures the CDN build in headless Chromium against deep-chat and
 * a raw-DOM baseline (size, streaming, a long thread, big widgets, typing, memory), prints a
 * table per scenario with the targets of issue 11 and writes bench/results.json.
 *
 *   npm run bench                      the full benchmark (a few minutes)
 *   npm run bench -- --short           the CI-sized form (< 60 s): checks noise-proof bounds,
 *                                      exits non-zero when one fails
 *   npm run bench -- --markdown        prints the tables as Markdown (for the README)
 *   npm run bench -- --from FILE       prints the tables of a saved run (no measuring)
 *   npm run bench -- --readme          also writes the Markdown tables into README.md (Performance)
 *   npm run bench -- --no-build        uses the dist/ already built
 *   npm run bench -- --deep-chat N     deep-chat's delta count (default 2,000; 10000 takes minutes)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';

import * as prettier from 'prettier';

import { checkBounds } from './bounds.js';
import { launch, serve } from './browser.js';
import { formatMarkdown, formatText } from './format.js';
import { machineLine, tables, type Results } from './report.js';
import { FULL, SHORT, bigWidgets, longThread, memory, pageErrors, streaming } from './scenarios.js';
import { measureSize } from './size.js';
import { benchState } from './state.bench.js';
import { streamDeltas } from './workload.js';

const ROOT = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};

function print(results: Results): void {
  const markdown = flag('--markdown');
  if (markdown) console.log(markdownOf(results));
  else console.log(`\n${machineLine(results)}`);
  if (!markdown) for (const t of tables(results)) console.log(formatText(t));
}

const markdownOf = (results: Results) =>
  [`Measured ${machineLine(results)}.`, ...tables(results).map(formatMarkdown)].join('\n');

/** Replaces the tables between the README's bench markers, formatted as Prettier would. */
async function writeReadme(results: Results): Promise<void> {
  const path = join(ROOT, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const a = readme.indexOf(start);
  const b = readme.indexOf(end);
  if (a < 0 || b < a) throw new Error('README.md has no bench markers');
  const text = `${readme.slice(0, a + start.length)}\n\n${markdownOf(results)}\n\n${readme.slice(b)}`;
  const config = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(text, { ...config, filepath: path }));
  console.log('\nWrote the tables into README.md');
}

async function measure(): Promise<Results> {
  const config = { ...(flag('--short') ? SHORT : FULL) };
  const deepChat = option('--deep-chat');
  if (deepChat !== undefined) config.deepChatDeltas = Number(deepChat);
  const started = Date.now();
  if (!flag('--no-build')) {
    console.log('Building (npm run build) …');
    const built = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('npm run build failed');
  }
  const size = measureSize();
  const server = await serve();
  const browser = await launch();
  const log = (what: string) => process.stdout.write(`\n${what} `);
  try {
    log('streaming');
    const stream = await streaming(browser, server.origin, config);
    log('long thread and typing');
    const thread = await longThread(browser, server.origin, config);
    log('big widgets');
    const widgets = await bigWidgets(browser, server.origin, config);
    log('memory');
    const mem = await memory(browser, server.origin, config);
    console.log('');
    const cpu = cpus();
    return {
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      machine: {
        cpus: cpu.length,
        cpu: cpu[0]?.model.trim() ?? 'unknown',
        chromium: (await browser.version()).replace(/^\D+/, ''),
        node: process.version,
        loadavg: loadavg(),
      },
      config: { ...config, textKB: streamDeltas(config.deltas).join('').length / 1024 },
      seconds: (Date.now() - started) / 1000,
      size,
      streaming: stream,
      thread,
      widgets,
      memory: mem,
      state: flag('--short') ? [] : benchState().rows,
      pageErrors,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const from = option('--from');
const results: Results = from
  ? (JSON.parse(readFileSync(from, 'utf8')) as Results)
  : await measure();
print(results);
if (flag('--readme')) await writeReadme(results);
if (!from) {
  const out =
    option('--out') ?? join(ROOT, flag('--short') ? 'tmp/bench-short.json' : 'bench/results.json');
  mkdirSync(dirname(out), { recursive: true });
  // Formatted as Prettier would, so the committed bench/results.json passes `npm run lint`.
  const config = (await prettier.resolveConfig(out)) ?? {};
  writeFileSync(out, await prettier.format(JSON.stringify(results), { ...config, filepath: out }));
  console.log(`\nWrote ${out}`);
}
if (results.pageErrors.length) console.log(`\nPage errors:\n${results.pageErrors.join('\n')}`);
if (flag('--short')) {
  const bounds = checkBounds(results);
  console.log('\nShort-form bounds (noise-proof: ratios and outcomes):');
  for (const b of bounds) console.log(`${b.ok ? 'ok  ' : 'FAIL'}  ${b.name}: ${b.value}`);
  if (bounds.some((b) => !b.ok)) process.exit(1);
}
