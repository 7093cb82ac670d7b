// `npm start`: serves demo/ and a scripted ChatKit backend on one origin, no API key needed.
// The backend is the conformance server (the real openai-chatkit package, scripted) until the
// Node demo backend lands; /chatkit is proxied to it so the page and the API share an origin.
import { execFileSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { startPythonServer } from '../test/conformance/python-server.mjs';

execFileSync(process.execPath, ['scripts/setup-python.mjs'], { stdio: 'inherit' });
const backend = await startPythonServer();
const port = Number(process.env.PORT ?? 8000);

/** Forwards POST /chatkit to the backend, streaming the response body through. */
async function proxy(ctx, next) {
  if (ctx.path !== '/chatkit') return next();
  const body = await new Promise((resolve, reject) => {
    const chunks = [];
    ctx.req.on('data', (c) => chunks.push(c));
    ctx.req.on('end', () => resolve(Buffer.concat(chunks)));
    ctx.req.on('error', reject);
  });
  const abort = new AbortController();
  ctx.req.on('close', () => abort.abort());
  try {
    const upstream = await fetch(backend.url, {
      method: ctx.method,
      headers: {
        'content-type': 'application/json',
        'accept-language': ctx.get('accept-language'),
      },
      body: ctx.method === 'POST' ? body : undefined,
      signal: abort.signal,
    });
    ctx.status = upstream.status;
    ctx.set('content-type', upstream.headers.get('content-type') ?? 'application/octet-stream');
    ctx.set('cache-control', 'no-cache');
    ctx.body = upstream.body ? Readable.fromWeb(upstream.body) : '';
  } catch {
    ctx.status = 502;
    ctx.body = 'The demo backend is not reachable';
  }
}

const server = await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: '127.0.0.1',
    appIndex: 'demo/index.html',
    nodeResolve: { exportConditions: ['development'] },
    middleware: [proxy],
    plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

console.log(
  `\n  chat-widgets demo: http://127.0.0.1:${port}/demo/\n  (scripted ChatKit backend: no API key; press Ctrl+C to stop)\n`,
);

async function shutdown() {
  await server.stop();
  await backend.stop();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
