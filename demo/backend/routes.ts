/**
 * The demo backend's routes in Web APIs only (Request in, Response out, streams for SSE), so that
 * the same code answers in Node (http.ts) and inside a browser page (fetch.ts): the ChatKit
 * endpoint (JSON, or Server-Sent Events framed as the SDK frames them), the upload and file routes
 * of the two-phase and direct strategies, `GET /debug/feedback` and `GET /health`.
 */
import type { DemoChatServer } from './server.js';
import { clean } from './types.js';
import type { Events, RequestContext } from './types.js';

/** CORS headers on every answer (the Python app allows every origin too). */
export const CORS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, PUT, GET, OPTIONS',
  'access-control-allow-headers': '*',
};

const UPLOAD = /^\/chatkit-uploads\/([\w-]+)$/;
const FILE = /^\/chatkit-files\/([\w-]+)$/;

/** Whether a path belongs to the demo backend (`path` is the ChatKit endpoint). */
export function ownsPath(pathname: string, path = '/chatkit'): boolean {
  return (
    pathname === path ||
    pathname === '/direct-upload' ||
    pathname === '/health' ||
    pathname.startsWith('/debug/') ||
    UPLOAD.test(pathname) ||
    FILE.test(pathname)
  );
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...CORS },
  });
}

function internalError(): Response {
  return new Response('Internal Server Error', {
    status: 500,
    headers: { 'content-type': 'text/plain; charset=utf-8', ...CORS },
  });
}

/**
 * Answers one request, or resolves to `null` when it is not for the demo backend. The request's
 * signal (the client going away, the Stop button) cancels a running stream.
 */
export async function route(
  chat: DemoChatServer,
  request: Request,
  path = '/chatkit',
): Promise<Response | null> {
  const url = new URL(request.url);
  const { method } = request;
  if (method === 'OPTIONS' && ownsPath(url.pathname, path))
    return new Response(null, { status: 204, headers: CORS });
  if (method === 'GET' && url.pathname === '/health') return json({ ok: true });
  if (method === 'GET' && url.pathname === '/debug/feedback') return json(chat.feedback);
  const upload = UPLOAD.exec(url.pathname);
  if (upload && (method === 'POST' || method === 'PUT'))
    return receiveUpload(chat, upload[1]!, request);
  if (method === 'POST' && url.pathname === '/direct-upload')
    return directUpload(chat, request, url.origin);
  const file = FILE.exec(url.pathname);
  if (file && method === 'GET') {
    const entry = chat.files.get(file[1]!);
    if (!entry?.bytes) return new Response(null, { status: 404, headers: CORS });
    return new Response(new Blob([entry.bytes as Uint8Array<ArrayBuffer>]), {
      headers: { 'content-type': String(entry.attachment['mime_type']), ...CORS },
    });
  }
  if (method !== 'POST' || url.pathname !== path) return null;
  return chatkit(chat, request, url.origin);
}

/** The ChatKit endpoint: JSON, an SSE stream, or a 500 for a request the server refuses. */
async function chatkit(chat: DemoChatServer, request: Request, origin: string): Promise<Response> {
  const abort = new AbortController();
  if (request.signal.aborted) abort.abort();
  else request.signal.addEventListener('abort', () => abort.abort(), { once: true });
  let handled;
  try {
    handled = await chat.handle(await request.text(), abort.signal, origin);
  } catch {
    return internalError();
  }
  if (handled.kind === 'json') return json(handled.body);
  // The status goes out before the pipeline runs, as with the SDK: a later failure is a cut body.
  return new Response(sseBody(handled.events, handled.context, abort), {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      ...CORS,
    },
  });
}

/**
 * The SSE body of a stream: one `data:` frame per event. A failure inside the pipeline (after the
 * 200) errors the body, which the client sees as a cut connection, as with the SDK. Aborting (the
 * request's signal, or the reader cancelling the body) stops the responder.
 */
export function sseBody(
  events: Events,
  context: RequestContext,
  abort: AbortController,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const fail = (error: unknown) => {
    try {
      controller.error(error);
    } catch {
      // Already closed or errored.
    }
  };
  const stop = () => {
    void events.return(undefined);
    fail(new DOMException('The client went away.', 'AbortError'));
  };
  const pump = async () => {
    try {
      for await (const event of events) {
        if (abort.signal.aborted) return;
        controller.enqueue(encoder.encode(`data: ${JSON.stringify(clean(event))}\n\n`));
        if (context.cut) {
          // Let the client read what was sent (an error discards unread chunks), then drop it.
          await new Promise((r) => setTimeout(r, 300));
          fail(new TypeError('The connection was cut (scripted).'));
          return;
        }
      }
      controller.close();
    } catch (error) {
      if (!abort.signal.aborted) fail(error);
    } finally {
      abort.signal.removeEventListener('abort', stop);
    }
  };
  return new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
      if (abort.signal.aborted) {
        stop();
        return;
      }
      abort.signal.addEventListener('abort', stop, { once: true });
      void pump();
    },
    cancel() {
      abort.abort();
    },
  });
}

/**
 * The forms of requests made in this page with a `FormData` body (createDemoFetch): read as they
 * were sent, because WebKitGTK's `Request.formData()` cannot parse a multipart body back.
 */
const sentForms = new WeakMap<Request, FormData>();

/** Notes the `FormData` a request was made with (the in-page fetch does). */
export function rememberForm(request: Request, form: FormData): void {
  sentForms.set(request, form);
}

const formOf = async (request: Request): Promise<FormData> =>
  sentForms.get(request) ?? (await request.formData());

/** Stores the bytes of a two-phase upload: multipart `file` for POST, the raw body for PUT. */
async function receiveUpload(
  chat: DemoChatServer,
  id: string,
  request: Request,
): Promise<Response> {
  if (request.headers.get('x-upload-token') !== id)
    return json({ detail: 'missing upload token' }, 403);
  const entry = chat.files.get(id);
  if (!entry) return json({ detail: 'unknown attachment' }, 404);
  let bytes: Uint8Array;
  if (request.method === 'POST') {
    const part = (await formOf(request)).get('file');
    bytes = part instanceof Blob ? new Uint8Array(await part.arrayBuffer()) : new Uint8Array();
  } else {
    bytes = new Uint8Array(await request.arrayBuffer());
  }
  entry.bytes = bytes;
  const { upload_descriptor: _done, ...attachment } = entry.attachment;
  entry.attachment = attachment;
  return json(attachment);
}

/**
 * The direct strategy's endpoint, as the Python app's `/direct-upload`: a multipart `file`, refused
 * over 1 MB with a 413 `detail`; the answer carries explicit nulls, as integrators' endpoints do.
 */
async function directUpload(
  chat: DemoChatServer,
  request: Request,
  origin: string,
): Promise<Response> {
  let part: FormDataEntryValue | null;
  try {
    part = (await formOf(request)).get('file');
  } catch {
    return internalError();
  }
  if (!(part instanceof Blob)) return internalError();
  const bytes = new Uint8Array(await part.arrayBuffer());
  if (bytes.length > 1_000_000) return json({ detail: 'File too large for this server' }, 413);
  const mime = part.type || 'application/octet-stream';
  const name = part.name || 'file';
  const id = chat.store.id('atc');
  const attachment: Record<string, unknown> = mime.startsWith('image/')
    ? { id, type: 'image', name, mime_type: mime, preview_url: `${origin}/chatkit-files/${id}` }
    : { id, type: 'file', name, mime_type: mime };
  chat.files.set(id, { attachment, bytes });
  return json({ ...attachment, upload_descriptor: null, thread_id: null });
}
