// `npm start`: serves demo/ and the scripted demo backend (Node, no API key) on one origin.
import { execFileSync } from 'node:child_process';

import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import type { Context, Next } from 'koa';

import { widgetFixturesMiddleware } from '../demo/backend/fixtures.js';
import { handleRequest, seedDemo } from '../demo/backend/http.js';
import { ownsPath } from '../demo/backend/routes.js';
import { DemoChatServer } from '../demo/backend/server.js';

// The plain-script-tag page loads the CDN build: make it first (a couple of seconds).
execFileSync('npx', ['rollup', '-c', '--silent'], { stdio: 'inherit' });

const chat = new DemoChatServer();
seedDemo(chat);
const port = Number(process.env['PORT'] ?? 8000);

/** Answers /chatkit (and the backend's upload, file and debug routes) in-process. */
async function backend(ctx: Context, next: Next): Promise<void> {
  if (!ownsPath(ctx.path)) {
    await next();
    return;
  }
  ctx.respond = false;
  const handled = await handleRequest(chat, ctx.req, ctx.res);
  if (!handled) ctx.res.writeHead(404).end();
}

/**
 * The KaTeX fonts, where the Markdown code looks for them (`./katex-fonts/` beside it): the builds
 * copy them there (scripts/copy-katex-fonts.mjs); the demo serves the source, so it answers those
 * URLs from the katex package.
 */
async function katexFonts(ctx: Context, next: Next): Promise<void> {
  const font = /^\/src\/markdown\/katex-fonts\/([\w-]+\.woff2)$/.exec(ctx.path);
  if (font) ctx.url = `/node_modules/katex/dist/fonts/${font[1]}`;
  await next();
}

const server = await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: '127.0.0.1',
    nodeResolve: { exportConditions: ['development'] },
    middleware: [backend, widgetFixturesMiddleware, katexFonts],
    plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

console.log(
  `\n  chat-widgets demo: http://127.0.0.1:${port}/demo/\n  (scripted ChatKit backend, no API key; Ctrl+C stops it)\n`,
);

async function shutdown(): Promise<void> {
  await server.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
