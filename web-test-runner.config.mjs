// Browser tests: TypeScript through esbuild, run in the system's Chromium (Debian `chromium`, or
// CHROME_PATH), or with CW_BROWSER=firefox in the system's Firefox (Debian `firefox-esr`, or
// FIREFOX_PATH) through puppeteer's WebDriver BiDi. The scripted openai-chatkit server is started
// for the run, and its endpoint is served to the tests at /__cw__/server.json.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { startPythonServer } from './test/conformance/python-server.mjs';
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
  // The wall time of each file: from the end of the file before (or the run's start) to its own.
  const wall = new Map();
  let last = 0;
  return {
    onTestRunStarted() {
      last = performance.now();
    },
    reportTestFileResults({ testFile, sessionsForTestFile }) {
      for (const s of sessionsForTestFile) walk(s.testFile, s.testResults, '');
      const now = performance.now();
      wall.set(testFile, now - last);
      last = now;
    },
    onTestRunFinished() {
      console.log('\nslowest tests (ms):');
      for (const t of [...tests].sort((a, b) => b.ms - a.ms).slice(0, 25)) {
        console.log(`${String(t.ms).padStart(7)}  ${rel(t.file)}  ${t.name}`);
      }
      const byFile = new Map();
      for (const t of tests) byFile.set(t.file, (byFile.get(t.file) ?? 0) + t.ms);
      console.log(
        '\ntime per file (ms): the sum of its tests, and its wall time (page load and all)',
      );
      for (const [f, ms] of [...byFile].sort((a, b) => b[1] - a[1])) {
        const w = String(Math.round(wall.get(f) ?? 0)).padStart(7);
        console.log(`${String(Math.round(ms)).padStart(7)} ${w}  ${rel(f)}`);
      }
      const sum = (m) => [...m.values()].reduce((a, b) => a + b, 0);
      console.log(
        `${String(Math.round(sum(byFile))).padStart(7)} ${String(Math.round(sum(wall))).padStart(7)}  (all files)`,
      );
    },
  };
}

export default {
  testRunnerHtml,
  ...(process.env.CW_TIMINGS === '1' ? { reporters: [defaultReporter(), timingsReporter()] } : {}),
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
  browsers: [
    process.env.CW_BROWSER === 'firefox'
      ? firefox()
      : process.env.CW_BROWSER === 'webkit'
        ? await webkitLauncher()
        : chromium(),
  ],
  testFramework: { config: { timeout: 10000, retries: 0 } },
  concurrency: 1,
};
