// Starts and stops the scripted `openai-chatkit` server (test/conformance/server/app.py) on a free
// port of 127.0.0.1. Used by the conformance tests, the browser tests (through the test runner's
// config) and `npm start`. Plain JavaScript so that config files can import it too.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The Python environments `scripts/setup-python.mjs` makes: `latest` has the pinned newest
 * `openai-chatkit` (requirements.txt), `oldest` the oldest supported release
 * (requirements-oldest.txt).
 */
export const VENVS = { latest: '.venv', oldest: '.venv-oldest' };

// The start-up timeout is generous: importing openai-chatkit takes a few seconds of CPU, and npm
// test starts up to four servers at once (both Node conformance runs and the browser runs) on a
// machine that is busy.
/**
 * Starts the scripted Python ChatKit server and resolves once it answers.
 * @param {{ timeoutMs?: number, port?: number, venv?: 'latest' | 'oldest' | string }} [options]
 * @returns {Promise<{ url: string, origin: string, stop(): Promise<void> }>}
 */
export async function startPythonServer({
  timeoutMs = 120_000,
  port: wantedPort = 0,
  venv = 'latest',
} = {}) {
  // A key of VENVS, or the path of another environment (to try a release by hand).
  const folder = VENVS[venv] ?? (venv.includes('/') ? venv : undefined);
  if (!folder) throw new Error(`Unknown venv "${venv}": ${Object.keys(VENVS).join(' or ')}`);
  const python = resolve(root, folder, 'bin', 'python');
  if (!existsSync(python)) {
    throw new Error(
      `No ${folder}: run \`npm run setup:python\` (the README test command does it for you).`,
    );
  }
  const child = spawn(
    python,
    [join(root, 'test/conformance/server/app.py'), '--port', String(wantedPort)],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
    // CW_SERVER_LOG=1 shows the server's log (tracebacks of scripted failures included).
    if (process.env.CW_SERVER_LOG) process.stderr.write(chunk);
  });
  const port = await new Promise((resolvePort, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`Python server did not start in ${timeoutMs} ms:\n${stderr}`));
    }, timeoutMs);
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk.toString();
      const match = /LISTENING (\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolvePort(Number(match[1]));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Python server exited with ${code}:\n${stderr}`));
    });
  });
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`Python server exited during start-up:\n${stderr}`);
    try {
      if ((await fetch(`${origin}/health`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error('Python server did not become healthy');
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = () =>
    child.exitCode !== null
      ? Promise.resolve()
      : new Promise((resolveStop) => {
          const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolveStop(undefined);
          });
          child.kill('SIGTERM');
        });
  return { url: `${origin}/chatkit`, origin, stop };
}
