// `npm test`: everything a fresh clone needs checked, in one command. It sets up the Python
// environment (openai-chatkit from PyPI) on first run, then type-checks, lints, checks the
// committed custom-elements.json and the generated widget index, builds, runs the Node tests
// (unit, fuzz, conformance against the real Python server) and the browser tests (test/ and the
// widget components' tests in src/) in Chromium and in Firefox, then the benchmark's short form
// (`npm run bench -- --short`: noise-proof bounds only). It runs every step, then
// prints a summary and one closing line with the test counts; it exits non-zero if any step failed.
// CW_SKIP_FIREFOX=1 leaves the Firefox run out (said so in the summary).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const files = (dir, suffix) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(suffix))
    .map((f) => join(dir, f))
    .sort();

const nodeTests = [...files('test', '.node.test.ts'), ...files('test/conformance', '.test.ts')];
const npx = (bin, ...args) => ['npx', [bin, ...args]];

const steps = [
  { name: 'python env', cmd: [process.execPath, ['scripts/setup-python.mjs']] },
  { name: 'typecheck', cmd: npx('tsc', '-p', 'tsconfig.json', '--noEmit') },
  { name: 'lint', cmd: npx('eslint', '.') },
  { name: 'format', cmd: npx('prettier', '--check', '.') },
  { name: 'manifest', cmd: [process.execPath, ['scripts/check-manifest.mjs']] },
  {
    name: 'widget index',
    cmd: [process.execPath, ['scripts/generate-widget-index.mjs', '--check']],
  },
  { name: 'build', cmd: ['npm', ['run', 'build', '--silent']] },
  {
    name: 'node tests',
    cmd: [process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...nodeTests]],
    counts: (out) => ({
      passed: Number(/ℹ pass (\d+)/.exec(out)?.[1] ?? 0),
      failed: Number(/ℹ fail (\d+)/.exec(out)?.[1] ?? 0),
    }),
  },
  {
    name: 'browser tests (Chromium)',
    cmd: npx('web-test-runner', '--static-logging'),
    // The Chromium pass also measures the coverage of src/ (V8), printed in the summary.
    env: { CW_COVERAGE: '1' },
    before: () => rmSync('coverage', { recursive: true, force: true }),
    counts: wtrCounts,
    note: coverageNote,
  },
  {
    name: 'browser tests (Firefox)',
    cmd: npx('web-test-runner', '--static-logging'),
    env: { CW_BROWSER: 'firefox' },
    counts: wtrCounts,
    unavailable: () => {
      if (process.env.CW_SKIP_FIREFOX === '1') return { skip: 'left out by CW_SKIP_FIREFOX=1' };
      const found = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].some(
        (p) => p && existsSync(p),
      );
      return found
        ? null
        : {
            fail: 'no Firefox: apt-get install firefox-esr, set FIREFOX_PATH, or CW_SKIP_FIREFOX=1',
          };
    },
  },
  // The benchmark's short form: noise-proof bounds only (ratios, outcomes), on the build above.
  {
    name: 'bench (short)',
    cmd: [process.execPath, ['--import', 'tsx', 'bench/run.ts', '--short', '--no-build']],
  },
];

/** The statement and line coverage of src/ from the Chromium pass, or '' when there is none. */
function coverageNote() {
  if (!existsSync('coverage/coverage-summary.json')) return '';
  const { total } = JSON.parse(readFileSync('coverage/coverage-summary.json', 'utf8'));
  return `; coverage of src/: ${total.statements.pct}% statements, ${total.lines.pct}% lines`;
}

function wtrCounts(out) {
  const all = [...out.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  return { passed: Number(all?.[1] ?? 0), failed: Number(all?.[2] ?? 0) };
}

function run([cmd, args], env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0', ...env },
    });
    let out = '';
    const tee = (stream) => (chunk) => {
      out += chunk.toString();
      stream.write(chunk);
    };
    child.stdout.on('data', tee(process.stdout));
    child.stderr.on('data', tee(process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const results = [];
let passed = 0;
let failed = 0;
for (const step of steps) {
  console.log(`\n━━ ${step.name} ━━`);
  const missing = step.unavailable?.();
  if (missing) {
    console.log(missing.skip ?? missing.fail);
    results.push({
      name: step.name,
      ok: !missing.fail,
      note: ` NOT RUN: ${missing.skip ?? missing.fail}`,
      seconds: '0.0',
    });
    continue;
  }
  step.before?.();
  const started = Date.now();
  const { code, out } = await run(step.cmd, step.env);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let note = '';
  if (step.counts) {
    // eslint-disable-next-line no-control-regex
    const c = step.counts(out.replace(/\u001b\[[0-9;]*m/g, ''));
    passed += c.passed;
    failed += c.failed;
    note = ` (${c.passed} passed, ${c.failed} failed${step.note?.() ?? ''})`;
    if (c.passed === 0 && code === 0) {
      results.push({ name: step.name, ok: false, note: ' ran no test', seconds });
      continue;
    }
  }
  results.push({ name: step.name, ok: code === 0, note, seconds });
  if (step.name === 'python env' && code !== 0) break;
}

console.log('\n━━ summary ━━');
for (const r of results)
  console.log(`${r.ok ? 'ok  ' : 'FAIL'}  ${r.name}${r.note}  ${r.seconds}s`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
