/**
 * HTTP for the demo backend in Node: turns an `IncomingMessage` into a Web `Request`, lets the
 * shared routes (routes.ts, also behind the in-page fetch of fetch.ts) answer it, and writes the
 * `Response` back, streaming SSE bodies as they come.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { CORS, ownsPath, route } from './routes.js';
import { DemoChatServer } from './server.js';

export { seedDemo } from './seed.js';

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The Node request as a Web `Request`, aborted when the client goes away. */
async function toRequest(req: IncomingMessage, url: URL, signal: AbortSignal): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = req.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
  return new Request(url, { method, headers, body: body as BodyInit | undefined, signal });
}

/** Writes a Web `Response` to Node; a body that errors (a cut stream) drops the connection. */
async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  res.writeHead(response.status, headers);
  if (!response.body) {
    res.end();
    return;
  }
  res.flushHeaders();
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      res.write(value);
    }
    res.end();
  } catch {
    res.destroy();
  }
}

/**
 * Answers one request on `path` (the ChatKit endpoint), the upload/file routes and the debug
 * routes. Returns false when the request is not for this backend, so a dev server can serve it.
 */
export async function handleRequest(
  chat: DemoChatServer,
  req: IncomingMessage,
  res: ServerResponse,
  path = '/chatkit',
): Promise<boolean> {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
  if (!ownsPath(url.pathname, path)) return false;
  const abort = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) abort.abort();
  });
  const response = await route(chat, await toRequest(req, url, abort.signal), path);
  if (!response) return false;
  await writeResponse(response, res);
  return true;
}

/** Starts the demo backend on 127.0.0.1 (port 0 picks a free one). */
export async function startDemoBackend(
  port = 0,
  chat = new DemoChatServer(),
): Promise<{
  server: Server;
  chat: DemoChatServer;
  url: string;
  origin: string;
  stop(): Promise<void>;
}> {
  const server = createServer((req, res) => {
    handleRequest(chat, req, res).then(
      (done) => {
        if (!done) res.writeHead(404, CORS).end('Not found');
      },
      () => res.destroy(),
    );
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    server,
    chat,
    origin,
    url: `${origin}/chatkit`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
