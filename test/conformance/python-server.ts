/**
 * Starts and stops the scripted `openai-chatkit` server (test/conformance/server/app.py) on a free
 * port of 127.0.0.1. Used by the conformance tests and the browser end-to-end tests.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A running scripted server. */
export interface RunningServer {
  /** The ChatKit endpoint. */
  url: string;
  /** The server's origin, for its debug routes. */
  origin: string;
  stop(): Promise<void>;
}

/** Starts the scripted Python ChatKit server and resolves once it answers. */
export async function startPythonServer(timeoutMs = 30_000): Promise<RunningServer> {
  const python = join(root, '.venv', 'bin', 'python');
  if (!existsSync(python)) {
    throw new Error('No .venv: run `npm run setup:python` (the README test command does it for you).');
  }
  const child = spawn(python, [join(root, 'test/conformance/server/app.py')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const port = await new Promise<number>((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`Python server did not start:\n${stderr}`)), timeoutMs);
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
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
  await waitForHealth(origin, timeoutMs, child);
  return {
    url: `${origin}/chatkit`,
    origin,
    stop: () => stopChild(child),
  };
}

async function waitForHealth(origin: string, timeoutMs: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error('Python server exited during start-up');
    try {
      const response = await fetch(`${origin}/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error('Python server did not become healthy');
    await new Promise((r) => setTimeout(r, 100));
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}
