// WebKit for the browser tests: Debian's WebKitGTK (`webkit2gtk-driver`, its MiniBrowser) driven
// over WebDriver by @web/test-runner-webdriver. WebKitGTK has no headless mode, so the driver and
// its browser run in a virtual X display (`xvfb-run`, Debian's `xvfb`). Plain JavaScript, so the
// test runner's config can import it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { Key } from 'webdriverio';

/** Where Debian puts WebKitGTK's MiniBrowser (the browser WebKitWebDriver automates). */
const MINIBROWSER = [
  process.env.WEBKIT_MINIBROWSER,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
];

/** What is missing to run WebKit here, or null when everything is. */
export function webkitMissing() {
  const onPath = (bin) =>
    (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(`${dir}/${bin}`));
  if (!onPath('WebKitWebDriver')) return 'no WebKitWebDriver (apt-get install webkit2gtk-driver)';
  if (!onPath('xvfb-run')) return 'no xvfb-run (apt-get install xvfb)';
  if (!minibrowser())
    return 'no MiniBrowser (apt-get install webkit2gtk-driver, or WEBKIT_MINIBROWSER)';
  return null;
}

function minibrowser() {
  return MINIBROWSER.find((p) => p && existsSync(p)) ?? null;
}

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

async function waitForPort(port, timeoutMs) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' });
      socket.once('connect', () => (socket.end(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > end) throw new Error(`WebKitWebDriver did not listen on ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The webdriverio options for @web/test-runner-webdriver's launcher, to a driver on `port`. */
function webkitOptions(port) {
  return {
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitWebDriver speaks classic WebDriver only: webdriverio must not ask for BiDi.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: minibrowser(),
        // MediaStream on, with WebKit's mock microphone and camera, for the dictation tests (the
        // automation session grants the permission without a prompt).
        args: ['--automation', '--enable-media-stream=true', '--enable-mock-capture-devices=true'],
      },
    },
  };
}

/** The driver start-up under way: `xvfb-run -a` picks a free display, one start at a time. */
let starting = Promise.resolve();

/**
 * Starts WebKitWebDriver in a virtual display of its own and returns the webdriverio options for
 * @web/test-runner-webdriver's launcher. The driver (and its display) stop with this process.
 */
export function startWebkitDriver() {
  const started = starting.then(async () => {
    const missing = webkitMissing();
    if (missing) throw new Error(`WebKit cannot run here: ${missing}.`);
    const port = await freePort();
    const driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], {
      stdio: 'ignore',
      detached: true,
    });
    const stop = () => {
      try {
        process.kill(-driver.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    };
    process.once('exit', stop);
    await waitForPort(port, 30_000);
    return webkitOptions(port);
  });
  starting = started.catch(() => undefined);
  return started;
}

/** A key name as @web/test-runner-commands writes it ('Enter', 'ArrowDown', 'a'), as WebDriver's. */
function webdriverKey(name) {
  return Object.prototype.hasOwnProperty.call(Key, name) ? Key[name] : name;
}

/**
 * @web/test-runner-webdriver types through webdriverio's `keys()`, which presses a whole string as
 * one chord: every key down, then every key up. WebKit (rightly) ignores a second keyDown of a key
 * that is still down, so 'hello' arrives as 'helo'. This launcher types each key as its own
 * down-then-up, and presses 'Shift+Enter' as a chord (modifiers held around the key), so the tests
 * send the same real keyboard input to WebKit as to the other engines.
 */
class WebkitLauncher extends WebdriverLauncher {
  constructor() {
    // The driver's port is known once it has started (on the first test file).
    super(webkitOptions(0));
  }

  async startSession(id, url) {
    this.driverStarted ??= startWebkitDriver().then((options) => void (this.options = options));
    await this.driverStarted;
    return super.startSession(id, url);
  }

  sendKeys(sessionId, keys) {
    const actions = [];
    const chord = keys.length === 1 && /.\+./u.test(keys[0]) ? keys[0].split('+') : null;
    if (chord) {
      const held = chord.map(webdriverKey);
      for (const key of held) actions.push({ type: 'keyDown', value: key });
      for (const key of held.reverse()) actions.push({ type: 'keyUp', value: key });
    } else {
      for (const key of keys.map(webdriverKey)) {
        actions.push({ type: 'keyDown', value: key }, { type: 'keyUp', value: key });
      }
    }
    return this.performActions(sessionId, [{ type: 'key', id: 'keyboard', actions }]);
  }

  performActions(sessionId, actions) {
    if (!this.driverManager) throw new Error('Not initialized');
    return this.driverManager.performActions(sessionId, actions);
  }
}

/**
 * The test runner's browser launcher for WebKit: on its first test file it starts a driver (and
 * its virtual display) of its own, then drives MiniBrowser.
 */
export function webkitLauncher() {
  return new WebkitLauncher();
}
