// `npm test`: everything a fresh clone needs checked, in one command. It sets up the Python
// environment (openai-chatkit from PyPI) on first run, then type-checks, lints, checks the
// committed custom-elements.json and the generated widget index, builds, runs the Node tests
// (unit, fuzz, conformance against the real Python server) and the browser tests (test/ and the
// widget components' tests in src/) in Chromium, Firefox and WebKit, then the benchmark's short
// form (`npm run bench -- --short`: noise-proof bounds only), and builds and drives the framework
// demos (scripts/framework-demos.mjs). It runs every step, then
// prints a summary and one closing line with the test counts; it exits non-zero if any step failed.
//
// Steps run side by side (one more at once than the machine has cores), each as soon as the
// steps it needs have ended: the checks beside one another, the Node tests beside the
// browser runs. The heavy steps (the browser runs, the framework demos) run one at a time below
// four cores and one fewer than the cores above (more, and the scheduler stretches a healthy
// render past the freeze tests' bound); each browser run opens its test files side by side, as
// many as its share of the cores (test/browser-pool.mjs). Each step's output is printed whole when
// it ends, so the log reads one step at a time. CW_TEST_JOBS=1 runs one step at a time.
// CW_SKIP_FIREFOX=1 leaves the Firefox runs out, CW_SKIP_WEBKIT=1 the WebKit run (Debian's
// WebKitGTK MiniBrowser over WebDriver in a virtual display: webkit2gtk-driver, xvfb); the
// summary says so.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

import { webkitMissing } from '../test/webkit-driver.mjs';

const files = (dir, suffix) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(suffix))
    .map((f) => join(dir, f))
    .sort();

const nodeTests = [...files('test', '.node.test.ts'), ...files('test/conformance', '.test.ts')];
const npx = (bin, ...args) => ['npx', [bin, ...args]];

/**
 * The steps. `needs` names the steps that must have ended first (successfully, for `python env`
 * and `build`: without them the later steps cannot run).
 */
const steps = [
  { name: 'python env', cmd: [process.execPath, ['scripts/setup-python.mjs']] },
  { name: 'dependencies', cmd: [process.execPath, ['scripts/check-deps.mjs']] },
  { name: 'typecheck', cmd: npx('tsc', '-p', 'tsconfig.json', '--noEmit') },
  { name: 'lint', cmd: npx('eslint', '.') },
  { name: 'format', cmd: npx('prettier', '--check', '.') },
  { name: 'manifest', cmd: [process.execPath, ['scripts/check-manifest.mjs']] },
  {
    name: 'widget index',
    cmd: [process.execPath, ['scripts/generate-widget-index.mjs', '--check']],
  },
  { name: 'icon data', cmd: [process.execPath, ['scripts/generate-icons.mjs', '--check']] },
  {
    name: 'demo widgets',
    cmd: [process.execPath, ['scripts/generate-demo-widgets.mjs', '--check']],
  },
  {
    name: 'katex styles',
    cmd: [process.execPath, ['scripts/generate-katex-styles.mjs', '--check']],
  },
  { name: 'build', cmd: ['npm', ['run', 'build', '--silent']] },
  {
    name: 'node tests',
    // The package tests read the build (the packed file list, the entries imported in Node).
    needs: ['python env', 'build'],
    cmd: [process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...nodeTests]],
    counts: (out) => ({
      passed: Number(/ℹ pass (\d+)/.exec(out)?.[1] ?? 0),
      failed: Number(/ℹ fail (\d+)/.exec(out)?.[1] ?? 0),
    }),
  },
  {
    name: 'browser tests (Chromium)',
    needs: ['python env', 'build'],
    heavy: true,
    cmd: npx('web-test-runner', '--static-logging'),
    port: true,
    // The Chromium pass also measures the coverage of src/ (V8), printed in the summary (a figure
    // for the record: nothing is judged on it). A module run in several frames of a page counts
    // every frame (test/coverage-merge.mjs); the files run side by side like the other browsers'.
    // Some 30 of 31,886 lines differ between two runs with different timing (a tag preview shown
    // before or after its chunk arrived), so the figure can move by a tenth of a point.
    env: { CW_COVERAGE: '1' },
    before: () => rmSync('coverage', { recursive: true, force: true }),
    counts: wtrCounts,
    note: coverageNote,
  },
  {
    name: 'browser tests (Firefox)',
    needs: ['python env', 'build'],
    heavy: true,
    cmd: npx('web-test-runner', '--static-logging'),
    port: true,
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
  {
    name: 'browser tests (WebKit)',
    needs: ['python env', 'build'],
    heavy: true,
    cmd: npx('web-test-runner', '--static-logging'),
    port: true,
    env: { CW_BROWSER: 'webkit' },
    counts: wtrCounts,
    unavailable: () => {
      if (process.env.CW_SKIP_WEBKIT === '1') return { skip: 'left out by CW_SKIP_WEBKIT=1' };
      const missing = webkitMissing();
      return missing ? { fail: `WebKit cannot run: ${missing}; or CW_SKIP_WEBKIT=1` } : null;
    },
  },
  // The picture tests: every widget fixture and corpus widget in light and dark, narrow and wide,
  // against the reviewed baselines of test/visual/baselines/ (Chromium).
  {
    name: 'picture tests (Chromium)',
    heavy: true,
    cmd: npx(
      'web-test-runner',
      '--config',
      'web-test-runner.visual.config.mjs',
      '--static-logging',
    ),
    port: true,
    counts: wtrCounts,
  },
  // The framework demos (Vue, Angular with prerendering, React) built from the packed tarball as an
  // integrator builds them, then driven in Chromium and Firefox (scripts/framework-demos.mjs). Their
  // installs come from the npm registry, or the ~/.npm cache when warm.
  {
    name: 'framework demos',
    needs: ['build'],
    heavy: true,
    cmd: [process.execPath, ['scripts/framework-demos.mjs']],
    counts: (out) => ({
      passed: Number(/ℹ pass (\d+)/.exec(out)?.[1] ?? 0),
      failed: Number(/ℹ fail (\d+)/.exec(out)?.[1] ?? 0),
    }),
  },
  // The benchmark's short form: noise-proof bounds only (ratios, outcomes), on the build above.
  {
    name: 'bench (short)',
    needs: ['build'],
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

/**
 * No step may run longer than this: a stuck step (a server that never answers, a child process
 * that keeps its parent alive) fails with a message instead of holding CI until it is killed.
 */
const STEP_LIMIT_MS = 15 * 60_000;

/** The steps' process groups: stopped with this script (Ctrl-C, or CI cancelling the job). */
const children = new Set();
const stopAll = (signal) => {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  process.exit(signal === 'SIGINT' ? 130 : 143);
};
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);

/** Runs a command, collecting its output (stdout and stderr, interleaved as they came). */
function run([cmd, args], env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0', ...env },
      // Its own process group, so that the limit stops the browsers and servers it started too.
      detached: true,
    });
    children.add(child);
    let out = '';
    const limit = setTimeout(() => {
      out += `\nSTOPPED: still running after ${STEP_LIMIT_MS / 60_000} minutes.\n`;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, STEP_LIMIT_MS);
    child.stdout.on('data', (chunk) => (out += chunk.toString()));
    child.stderr.on('data', (chunk) => (out += chunk.toString()));
    child.on('close', (code) => {
      children.delete(child);
      clearTimeout(limit);
      resolve({ code: code ?? 1, out });
    });
  });
}

/**
 * A port the system has just handed out: the browser runs start together, and the test
 * runner's own search (the first free port from 8000) would give them the same one.
 */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * The failed tests of a step's output, each with the lines that follow it (the message, the first
 * frames), so that the end of the log names what failed even when only its tail is kept.
 */
function failures(plain) {
  const lines = plain.split('\n');
  const found = [];
  lines.forEach((line, i) => {
    if (/^\s*(❌|✖|✗)/.test(line) && !/^\s*✖ failing tests:/.test(line)) {
      found.push(lines.slice(i, i + 8).join('\n'));
    }
  });
  return found.slice(0, 10);
}

/** Runs one step and returns its summary line's parts. */
async function runStep(step) {
  const missing = step.unavailable?.();
  if (missing) {
    console.log(`\n━━ ${step.name} ━━\n${missing.skip ?? missing.fail}`);
    return { ok: !missing.fail, note: ` NOT RUN: ${missing.skip ?? missing.fail}`, seconds: '0.0' };
  }
  step.before?.();
  const started = Date.now();
  const [cmd, args] = step.cmd;
  const { code, out } = await run(
    [cmd, step.port ? [...args, '--port', String(await freePort())] : args],
    {
      ...(step.port && !process.env.CW_CONCURRENCY
        ? { CW_CONCURRENCY: String(browserConcurrency) }
        : {}),
      ...step.env,
    },
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  // eslint-disable-next-line no-control-regex
  const plain = out.replace(/\u001b\[[0-9;]*m/g, '');
  console.log(`\n━━ ${step.name} (${seconds}s) ━━\n${plain.trimEnd()}`);
  let note = '';
  if (step.counts) {
    const c = step.counts(plain);
    note = ` (${c.passed} passed, ${c.failed} failed${step.note?.() ?? ''})`;
    if (c.passed === 0 && code === 0) return { ok: false, note: ' ran no test', seconds, c };
    return { ok: code === 0, note, seconds, c, failures: code === 0 ? [] : failures(plain) };
  }
  return { ok: code === 0, note, seconds };
}

// One more than the cores: the browser runs spend much of their time waiting on the browser.
const jobs = Number(process.env.CW_TEST_JOBS) || availableParallelism() + 1;
// The heavy steps (a browser run, the framework apps) each keep more than a core busy: one at a
// time below four cores, so that the timing-sensitive scroll and stream tests are not starved
// (three side by side on two cores made them flaky); the quick checks fill in beside them.
const cores = availableParallelism();
const heavyJobs = Math.min(jobs, cores < 4 ? 1 : cores - 1);
// Each browser run opens test files side by side (web-test-runner.config.mjs, CW_CONCURRENCY), as
// many as its share of the cores: two files at a time on two cores with one heavy step at a time,
// one at a time when the heavy steps already fill the cores (two browser runs side by side, each
// with files side by side, starved the scroll and draft tests of WebKit and Firefox).
const browserConcurrency = Math.max(1, Math.floor(cores / heavyJobs));
const results = new Map();
const running = new Map();
const started = Date.now();
// The long steps (the browser runs, and what they need) start first; the quick checks fill in.
const first = [
  'python env',
  'build',
  'browser tests (Chromium)',
  'browser tests (Firefox)',
  'browser tests (WebKit)',
  'framework demos',
  'picture tests (Chromium)',
];
const rank = (step) => (first.includes(step.name) ? first.indexOf(step.name) : first.length);
const pending = [...steps].sort((a, b) => rank(a) - rank(b));
const blocked = (step) =>
  (step.needs ?? []).some(
    (n) => !results.has(n) || (['python env', 'build'].includes(n) && !results.get(n).ok),
  );
const cannotRun = (step) =>
  (step.needs ?? []).find(
    (n) => results.has(n) && ['python env', 'build'].includes(n) && !results.get(n).ok,
  );

while (pending.length || running.size) {
  // Steps whose prerequisite failed do not run; the summary says why.
  for (const step of [...pending]) {
    const failedNeed = cannotRun(step);
    if (failedNeed) {
      pending.splice(pending.indexOf(step), 1);
      results.set(step.name, { ok: false, note: ` NOT RUN: ${failedNeed} failed`, seconds: '0.0' });
    }
  }
  for (const step of [...pending]) {
    if (running.size >= jobs) break;
    if (blocked(step)) continue;
    const heavyRunning = steps.filter((s) => s.heavy && running.has(s.name)).length;
    if (step.heavy && heavyRunning >= heavyJobs) continue;
    pending.splice(pending.indexOf(step), 1);
    running.set(
      step.name,
      runStep(step).then((r) => {
        results.set(step.name, r);
        running.delete(step.name);
      }),
    );
  }
  if (running.size) await Promise.race(running.values());
  else if (pending.length) break; // Nothing can run: a cycle or an unknown need.
}

let passed = 0;
let failed = 0;
console.log('\n━━ summary ━━');
for (const step of steps) {
  const r = results.get(step.name) ?? { ok: false, note: ' NOT RUN', seconds: '0.0' };
  passed += r.c?.passed ?? 0;
  failed += r.c?.failed ?? 0;
  console.log(`${r.ok ? 'ok  ' : 'FAIL'}  ${step.name}${r.note}  ${r.seconds}s`);
}
for (const step of steps) {
  const r = results.get(step.name);
  if (r?.failures?.length) console.log(`\n━━ failed in ${step.name} ━━\n${r.failures.join('\n')}`);
}
const total = ((Date.now() - started) / 1000).toFixed(0);
console.log(
  `tests: ${passed} passed, ${failed} failed (${jobs} steps at a time, ${total}s in all)`,
);
process.exit(steps.every((s) => results.get(s.name)?.ok) ? 0 : 1);
