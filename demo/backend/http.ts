/**
 * HTTP for the demo backend: one POST endpoint answered with JSON or Server-Sent Events, as a
 * ChatKit server behind FastAPI answers, plus `GET /debug/feedback` and `GET /health`.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { DemoChatServer, clean } from './server.js';
import { now } from './store.js';

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, PUT, GET, OPTIONS',
  'access-control-allow-headers': '*',
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Answers one request on `path` (the ChatKit endpoint) and the debug routes. Returns false when
 * the request is not for this backend, so a dev server can serve it instead.
 */
export async function handleRequest(
  chat: DemoChatServer,
  req: IncomingMessage,
  res: ServerResponse,
  path = '/chatkit',
): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (
    req.method === 'OPTIONS' &&
    (url.pathname === path || url.pathname.startsWith('/chatkit-uploads/'))
  ) {
    res.writeHead(204, CORS).end();
    return true;
  }
  if (req.method === 'GET' && url.pathname === '/health') {
    res.writeHead(200, { 'content-type': 'application/json', ...CORS }).end('{"ok":true}');
    return true;
  }
  if (req.method === 'GET' && url.pathname === '/debug/feedback') {
    res
      .writeHead(200, { 'content-type': 'application/json', ...CORS })
      .end(JSON.stringify(chat.feedback));
    return true;
  }
  const upload = /^\/chatkit-uploads\/([\w-]+)$/.exec(url.pathname);
  if (upload && (req.method === 'POST' || req.method === 'PUT')) {
    await receiveUpload(chat, upload[1]!, req, res);
    return true;
  }
  const file = /^\/chatkit-files\/([\w-]+)$/.exec(url.pathname);
  if (file && req.method === 'GET') {
    const entry = chat.files.get(file[1]!);
    if (!entry?.bytes) res.writeHead(404, CORS).end();
    else
      res
        .writeHead(200, { 'content-type': String(entry.attachment['mime_type']), ...CORS })
        .end(Buffer.from(entry.bytes));
    return true;
  }
  if (req.method !== 'POST' || url.pathname !== path) return false;

  const abort = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) abort.abort();
  });
  let handled;
  try {
    handled = await chat.handle(await readBody(req), abort.signal);
  } catch {
    res
      .writeHead(500, { 'content-type': 'text/plain; charset=utf-8', ...CORS })
      .end('Internal Server Error');
    return true;
  }
  if (handled.kind === 'json') {
    res
      .writeHead(200, { 'content-type': 'application/json', ...CORS })
      .end(JSON.stringify(handled.body));
    return true;
  }
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    ...CORS,
  });
  // The status goes out before the pipeline runs, as with the SDK: a later failure is a cut body.
  res.flushHeaders();
  const { events, context } = handled;
  abort.signal.addEventListener('abort', () => void events.return(undefined));
  try {
    for await (const event of events) {
      if (abort.signal.aborted) break;
      res.write(`data: ${JSON.stringify(clean(event))}\n\n`);
      if (context.cut) {
        // Let the client read what was sent (a reset discards unread bytes), then drop it.
        await new Promise((r) => setTimeout(r, 300));
        res.destroy();
        return true;
      }
    }
    res.end();
  } catch {
    // A failure inside the pipeline after the 200: the connection is cut, as the SDK's is.
    res.destroy();
  }
  return true;
}

/** Stores the bytes of a two-phase upload: multipart `file` for POST, the raw body for PUT. */
async function receiveUpload(
  chat: DemoChatServer,
  id: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const entry = chat.files.get(id);
  if (!entry) {
    res
      .writeHead(404, { 'content-type': 'application/json', ...CORS })
      .end('{"detail":"unknown attachment"}');
    return;
  }
  if (req.headers['x-upload-token'] !== id) {
    res
      .writeHead(403, { 'content-type': 'application/json', ...CORS })
      .end('{"detail":"missing upload token"}');
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  let bytes: Uint8Array = body;
  if (req.method === 'POST') {
    const form = await new Request('http://localhost/', {
      method: 'POST',
      headers: { 'content-type': req.headers['content-type'] ?? '' },
      body,
    }).formData();
    const part = form.get('file');
    bytes = part instanceof Blob ? new Uint8Array(await part.arrayBuffer()) : new Uint8Array();
  }
  entry.bytes = bytes;
  const { upload_descriptor: _done, ...attachment } = entry.attachment;
  entry.attachment = attachment;
  res
    .writeHead(200, { 'content-type': 'application/json', ...CORS })
    .end(JSON.stringify(attachment));
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

/** Fills the demo with a few past conversations for the history panel. */
export function seedDemo(chat: DemoChatServer): void {
  const { store } = chat;
  const conversations: [string, [string, string][]][] = [
    [
      'Sourdough troubleshooting',
      [
        [
          'My starter smells like nail polish. Is it dead?',
          'Not dead, just **hungry**: the acetone smell means it needs feeding more often. Try a 1:5:5 feed twice a day for three days.',
        ],
      ],
    ],
    [
      'Quarterly report outline',
      [
        [
          'Outline a Q3 report for the sales team.',
          '1. Highlights\n2. Pipeline and wins\n3. Risks\n4. Next quarter\n\nWant me to draft any section?',
        ],
      ],
    ],
    [
      'Trip to Lisbon',
      [
        [
          'Plan two days in Lisbon.',
          'Day one in **Alfama** and Baixa, day two in **Belém**. Type `markdown: plan` for the long version.',
        ],
      ],
    ],
  ];
  for (const [title, turns] of conversations) {
    const thread = {
      id: store.id('thr'),
      title,
      created_at: now(),
      status: { type: 'active' as const },
      metadata: {},
    };
    store.saveThread(thread);
    for (const [question, answer] of turns) {
      store.saveItem(thread.id, {
        id: store.id('msg'),
        thread_id: thread.id,
        created_at: now(),
        type: 'user_message',
        content: [{ type: 'input_text', text: question }],
        attachments: [],
        inference_options: {},
      });
      store.saveItem(thread.id, {
        id: store.id('msg'),
        thread_id: thread.id,
        created_at: now(),
        type: 'assistant_message',
        content: [{ type: 'output_text', text: answer, annotations: [] }],
      });
    }
  }
}
