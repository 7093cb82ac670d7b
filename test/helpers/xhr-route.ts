/**
 * The XMLHttpRequest side of the harness's in-page backends (`ChatHarness` calls `routeXhr` for
 * each): XMLHttpRequest is patched once, and a routed request is answered by the handler's fetch
 * (a FormData body encoded as multipart), with the progress and load events a browser would fire.
 */
import { multipart } from './multipart.js';

// Uploads without a host `api.fetch` go through XMLHttpRequest (for progress): requests to
// an in-page backend's origin are answered by that backend's fetch instead of the network.
const xhrRoutes = new Map<string, typeof fetch>();
let xhrPatched = false;
export function routeXhr(origin: string, handler: typeof fetch): void {
  xhrRoutes.set(origin, handler);
  if (xhrPatched) return;
  xhrPatched = true;
  const proto = XMLHttpRequest.prototype;
  const { open, send, setRequestHeader, abort } = proto;
  type Routed = XMLHttpRequest & {
    cwRoute?: { url: string; method: string; headers: Headers; abort: AbortController };
  };
  proto.open = function (this: Routed, method: string, url: string | URL, ...rest: unknown[]) {
    const target = new URL(String(url), location.href);
    const handler = xhrRoutes.get(target.origin);
    if (handler) {
      this.cwRoute = {
        url: target.href,
        method,
        headers: new Headers(),
        abort: new AbortController(),
      };
      return;
    }
    delete this.cwRoute;
    return (open as (...a: unknown[]) => void).call(this, method, url, ...rest);
  } as typeof proto.open;
  proto.setRequestHeader = function (this: Routed, name: string, value: string) {
    if (this.cwRoute) this.cwRoute.headers.set(name, value);
    else setRequestHeader.call(this, name, value);
  };
  proto.abort = function (this: Routed) {
    if (!this.cwRoute) return abort.call(this);
    this.cwRoute.abort.abort();
    this.onabort?.(new ProgressEvent('abort'));
  };
  proto.send = function (this: Routed, body?: Document | XMLHttpRequestBodyInit | null) {
    const route = this.cwRoute;
    if (!route) return send.call(this, body);
    const handler = xhrRoutes.get(new URL(route.url).origin)!;
    void (async () => {
      try {
        let payload = body as BodyInit;
        if (body instanceof FormData) {
          const encoded = multipart(body);
          payload = encoded.body;
          route.headers.set('content-type', encoded.type);
        }
        const response = await handler(route.url, {
          method: route.method,
          headers: route.headers,
          body: payload,
          signal: route.abort.signal,
        });
        const text = await response.text();
        Object.defineProperty(this, 'status', { value: response.status, configurable: true });
        Object.defineProperty(this, 'responseText', { value: text, configurable: true });
        const progress = this.upload.onprogress as ((e: ProgressEvent) => void) | null;
        progress?.(new ProgressEvent('progress', { lengthComputable: true, loaded: 1, total: 1 }));
        this.onload?.(new ProgressEvent('load'));
      } catch {
        if (!route.abort.signal.aborted) this.onerror?.(new ProgressEvent('error'));
      }
    })();
  };
}
