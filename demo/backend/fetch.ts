/**
 * The demo backend as a `fetch`: the whole scripted ChatKit server runs inside the page (Web APIs
 * only, no Node modules). Pass it as `api.fetch` of `<chat-widgets>`:
 *
 *   el.setOptions({ api: { url: 'https://demo.invalid/chatkit', fetch: createDemoFetch() } });
 *
 * It answers the ChatKit endpoint (SSE streams, JSON, HTTP 500 for a refused request), the upload
 * and file routes and the debug routes, whatever the origin of the URL; anything else is a 404.
 * Aborting a request (the Stop button) stops its stream.
 */
import { CORS, rememberForm, route } from './routes.js';
import { DemoChatServer } from './server.js';

/** Options of {@link createDemoFetch}. */
export interface DemoFetchOptions {
  /** The path of the ChatKit endpoint (default `/chatkit`). */
  path?: string;
}

/** A `fetch` answered by `chat`, a scripted demo server living in this page. */
export function createDemoFetch(
  chat: DemoChatServer = new DemoChatServer(),
  options: DemoFetchOptions = {},
): typeof fetch {
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    if (init?.body instanceof FormData) rememberForm(request, init.body);
    const response = await route(chat, request, options.path);
    return response ?? new Response('Not found', { status: 404, headers: CORS });
  };
}

export { DemoChatServer };
