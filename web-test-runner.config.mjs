// Browser tests: TypeScript through esbuild, run in the system's Chromium (Debian `chromium`, or
// CHROME_PATH), or with CW_BROWSER=firefox in the system's Firefox (Debian `firefox-esr`, or
// FIREFOX_PATH) through puppeteer's WebDriver BiDi, or with CW_BROWSER=webkit in WebKitGTK
// (test/webkit-driver.mjs). Two test files run at once (CW_CONCURRENCY), each in a browser of its
// own (test/browser-pool.mjs). The scripted openai-chatkit server is started for the run, and its
// endpoint is served to the tests at /__cw__/server.json.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { startPythonServer } from './test/conformance/python-server.mjs';
import { browserPool } from './test/browser-pool.mjs';
import { mergeFrameCoverage } from './test/coverage-merge.mjs';
import { keyChordPlugin } from './test/key-chord-plugin.mjs';
import { webkitLauncher } from './test/webkit-driver.mjs';

function chromePath() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found: install it (Debian: apt-get install chromium) or set CHROME_PATH.',
    );
  }
  return found;
}

/** The system's Firefox, or null. */
export function firefoxPath() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((p) => p && existsSync(p)) ?? null;
}

function chromium() {
  return chromeLauncher({
    launchOptions: {
      executablePath: chromePath(),
      args: [
        '--no-sandbox',
        '--headless=new',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // A fake microphone, granted without a prompt, for the dictation tests.
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        // window.gc() for the memory test.
        '--js-flags=--expose-gc',
      ],
    },
  });
}

function firefox() {
  const executablePath = firefoxPath();
  if (!executablePath) {
    throw new Error(
      'No Firefox found: install it (Debian: apt-get install firefox-esr) or set FIREFOX_PATH.',
    );
  }
  return chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath,
      headless: true,
      // A fake microphone, granted without a prompt, for the dictation tests.
      extraPrefsFirefox: {
        'media.navigator.streams.fake': true,
        'media.navigator.permission.disabled': true,
      },
    },
  });
}

/**
 * Serves the scripted Python ChatKit server to the integration tests: started lazily, on the first
 * request for its endpoint (/__cw__/server.json) or for the attributes-only page, so a run of the
 * hermetic tests alone (test/element) never starts Python. /__cw__/server-oldest.json starts a
 * second one on the oldest supported `openai-chatkit` (.venv-oldest), as lazily.
 */
function chatkitServerPlugin() {
  let starting = null;
  let startingOldest = null;
  const python = () => (starting ??= startPythonServer());
  const oldest = () => (startingOldest ??= startPythonServer({ venv: 'oldest' }));
  return {
    name: 'chatkit-python-server',
    async serverStop() {
      for (const server of [starting, startingOldest])
        if (server) await (await server.catch(() => null))?.stop();
    },
    async serve(context) {
      if (context.path === '/__cw__/attributes-only.html') {
        const server = await python();
        // A page with no script of its own: the CDN build and attributes, as a CMS writes them.
        const tools = JSON.stringify([
          { id: 'search', label: 'Search the web', icon: 'globe', pinned: true },
        ]).replace(/'/g, '&#39;');
        const models = JSON.stringify([
          { id: 'fast', label: 'Fast', default: true },
          { id: 'smart', label: 'Smart' },
        ]).replace(/'/g, '&#39;');
        return {
          type: 'text/html',
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Attributes only</title>
<script type="module" src="/dist/cdn/chat-widgets.js"></script></head>
<body style="margin:0;height:100vh"><chat-widgets api-url="${server.url}" greeting="Hello from attributes"
 tools='${tools}' models='${models}' entity-search-url="/test/fixtures/entities.json?q={query}"
 history-rename history-delete theme="dark"></chat-widgets></body></html>`,
        };
      }
      if (context.path === '/__cw__/server.json' || context.path === '/__cw__/server-oldest.json') {
        const server = await (context.path === '/__cw__/server.json' ? python() : oldest());
        return {
          body: JSON.stringify({ url: server.url, origin: server.origin }),
          type: 'application/json',
        };
      }
      return undefined;
    },
  };
}

/** Serves the widget fixtures index (own fixtures and, when present, ../shared's corpus). */
function widgetFixturesPlugin() {
  let fixtures;
  return {
    name: 'widget-fixtures',
    async serverStart() {
      const { register } = await import('tsx/esm/api');
      register();
      fixtures = await import('./demo/backend/fixtures.ts');
    },
    serve(context) {
      // The in-page demo backend imports its sample widgets as a JSON module; esbuild drops the
      // import attribute, so the file is served as the JavaScript module it became.
      if (context.path === '/demo/backend/sample-widgets.json') {
        return { body: `export default ${fixtures.readSampleWidgets()};`, type: 'js' };
      }
      if (context.path === '/__widgets__/index.json') {
        return { body: JSON.stringify(fixtures.listWidgetFixtures()), type: 'application/json' };
      }
      if (context.path.startsWith('/__widgets__/corpus/')) {
        const body = fixtures.readCorpusFile(
          decodeURIComponent(context.path.slice('/__widgets__/corpus/'.length)),
        );
        if (body !== null) return { body, type: 'application/json' };
      }
      return undefined;
    },
  };
}

/**
 * The test page: mocha, then the Lit-warning trap (root hooks on mocha's root suite), then the
 * test file (imported by mocha's autorun).
 */
function testRunnerHtml(testFramework) {
  // The coverage run says so to the page: its instrumented code runs several times slower, and
  // the freeze bounds of test/helpers/heartbeat.ts allow for it.
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"></head><body>
${coverage ? '<script>window.__cwCoverage = true;</script>' : ''}
<script type="module" src="${testFramework}"></script>
<script type="module" src="/test/helpers/lit-warning-trap.ts"></script>
</body></html>`;
}

// CW_COVERAGE=1 (npm test's Chromium pass) measures src/ with V8 coverage, reported by istanbul
// as coverage/coverage-summary.json (and lcov for a closer look).
const coverage = process.env.CW_COVERAGE === '1';
// A module run in several frames of one page counts every frame's hits (test/coverage-merge.mjs).
if (coverage) mergeFrameCoverage();

/**
 * Serves /__cw__/csp.html: a page whose response carries a strict Content-Security-Policy (no
 * 'unsafe-inline' styles; `?tt=1` adds `require-trusted-types-for 'script'` and, with `?tt=names`,
 * `trusted-types lit-html`), in which test/security/csp-page.ts renders every widget fixture and
 * counts `securitypolicyviolation` events. The test runner's own page stays CSP-free; the tests
 * load this page in a same-origin iframe.
 */
function cspPagePlugin() {
  return {
    name: 'csp-page',
    serve(context) {
      // csp.html renders the widget fixtures; csp-chat.html runs a whole chat and its composer.
      const pages = {
        '/__cw__/csp.html': '/test/security/csp-page.ts',
        '/__cw__/csp-chat.html': '/test/security/csp-chat-page.ts',
        '/__cw__/csp-templates.html': '/test/templates/csp-templates-page.ts',
      };
      const script = pages[context.path];
      if (!script) return undefined;
      const tt = context.query?.tt ?? '';
      const policy = [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        ...(tt ? ["require-trusted-types-for 'script'"] : []),
        ...(tt === 'names' ? ['trusted-types lit-html'] : []),
        // `?img=1`: images as data: and blob: URLs (generated images, attachment previews).
        ...(context.query?.img ? ["img-src 'self' blob: data:"] : []),
      ].join('; ');
      return {
        type: 'text/html',
        headers: { 'Content-Security-Policy': policy },
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title>
<script src="/test/security/csp-listen.ts"></script>
<script type="module" src="${script}"></script></head><body></body></html>`,
      };
    },
  };
}

/**
 * CW_TIMINGS=1 adds a report of where the run's test time goes: the slowest tests and the test
 * time of each file. For finding what to speed up; no timing is asserted anywhere.
 */
function timingsReporter() {
  const tests = [];
  const walk = (file, suite, prefix) => {
    for (const t of suite?.tests ?? []) {
      tests.push({ file, name: `${prefix}${t.name}`, ms: t.duration ?? 0 });
    }
    for (const s of suite?.suites ?? []) walk(file, s, `${prefix}${s.name} > `);
  };
  const rel = (f) => f.replace(`${process.cwd()}/`, '');
  let started = 0;
  return {
    onTestRunStarted() {
      started = performance.now();
    },
    reportTestFileResults({ sessionsForTestFile }) {
      for (const s of sessionsForTestFile) walk(s.testFile, s.testResults, '');
    },
    onTestRunFinished() {
      console.log('\nslowest tests (ms):');
      for (const t of [...tests].sort((a, b) => b.ms - a.ms).slice(0, 25)) {
        console.log(`${String(t.ms).padStart(7)}  ${rel(t.file)}  ${t.name}`);
      }
      const byFile = new Map();
      for (const t of tests) byFile.set(t.file, (byFile.get(t.file) ?? 0) + t.ms);
      console.log(
        '\ntime per file (ms): the sum of its tests, and its wall time (its page opened to closed)',
      );
      const pad = (ms) => String(Math.round(ms ?? 0)).padStart(7);
      for (const [f, ms] of [...byFile].sort((a, b) => b[1] - a[1])) {
        console.log(`${pad(ms)} ${pad(pool.wallTime(f))}  ${rel(f)}`);
      }
      const sum = (values) => values.reduce((a, b) => a + (b ?? 0), 0);
      const walls = sum([...byFile.keys()].map((f) => pool.wallTime(f)));
      console.log(`${pad(sum([...byFile.values()]))} ${pad(walls)}  (all files)`);
      console.log(
        `${pad(performance.now() - started)}          (the run, ${concurrency} files at a time)`,
      );
    },
  };
}

/**
 * The test files that talk to the scripted Python server: one server for the whole run, so they
 * see each other's threads (test/integration/chat.test.ts reopens its "Greeting" thread from the
 * history; test/protocol/client.test.ts starts "Greeting" threads too). They run one at a time.
 */
const PYTHON_SERVER_FILES = ['test/integration/', 'test/protocol/client.test.ts'];
/**
 * The test files that run with no other file beside them: they follow a scroll position as the
 * browser moves it, count frames, or measure the heap, and a starved page (another file's work on
 * the same two cores) shifts what they see. The freeze tests (test/helpers/heartbeat.ts) run beside
 * others: their bound is seconds, their longest tasks a few hundred ms with four files at once.
 */
const ALONE_FILES = [
  'test/element/auto-scroll.test.ts',
  'test/element/auto-scroll-loop.test.ts',
  'test/element/long-thread.test.ts',
  'test/element/scroll-anchor.test.ts',
  'test/element/render-count.test.ts',
  'test/element/memory.test.ts',
];
const under = (file, paths) => paths.some((p) => file.startsWith(`${process.cwd()}/${p}`));
const laneOf = (file) => (under(file, PYTHON_SERVER_FILES) ? 'python server' : undefined);
const alone = (file) => under(file, ALONE_FILES);

/**
 * Test files side by side (CW_CONCURRENCY, 2 by default), each in a browser of its own
 * (test/browser-pool.mjs): a page the only one in its browser is in front and focused.
 */
const concurrency = Number(process.env.CW_CONCURRENCY) || 2;
const pool = browserPool(
  process.env.CW_BROWSER === 'firefox'
    ? firefox
    : process.env.CW_BROWSER === 'webkit'
      ? webkitLauncher
      : chromium,
  concurrency,
  { laneOf, alone },
);

export default {
  testRunnerHtml,
  // The pool's reporter tells it which file each page runs (for its lanes).
  reporters: [
    defaultReporter(),
    pool.reporter,
    ...(process.env.CW_TIMINGS === '1' ? [timingsReporter()] : []),
  ],
  coverage,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.test.ts'],
    report: true,
    reportDir: 'coverage',
    // The figure npm test prints; CW_COVERAGE_LCOV=1 adds an lcov report for a closer look.
    reporters: ['json-summary', ...(process.env.CW_COVERAGE_LCOV === '1' ? ['lcov'] : [])],
  },
  // Tests under test/. The widget components' tests beside their sources in src/ run through the
  // generated entry test/widgets/components.test.ts, in one page.
  files: ['test/**/*.test.ts', '!test/**/*.node.test.ts', '!test/conformance/**'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    chatkitServerPlugin(),
    widgetFixturesPlugin(),
    cspPagePlugin(),
    keyChordPlugin(),
  ],
  browsers: [pool],
  testFramework: { config: { timeout: 10000, retries: 0 } },
  concurrency,
  // A file waits for its turn in its lane (above) before its page opens, and that wait counts
  // as the browser's start: allow for the files of the lane before it.
  browserStartTimeout: 120_000,
};
