import { ChatKitError, isRetryableStatus, parseRetryAfter } from './errors.js';
import { decodeEvent, excerpt, isObject } from './decode.js';
import { normalizeParams } from './requests.js';
import { DEFAULT_MAX_FRAME_SIZE, readSseFrames } from './sse.js';
import { IdleWatchdog, aborted, classifyReadError, readBody, timedOut } from './transport.js';
import type {
  JsonRequests,
  JsonRequestType,
  RequestType,
  StreamingRequests,
  StreamingRequestType,
  ThreadStreamEvent,
} from './wire-types.js';

/** Extra headers, fixed or computed per request (for example a fresh auth token). */
export type HeadersOption =
  | Record<string, string>
  | ((type: RequestType) => Record<string, string> | Promise<Record<string, string>>);

/** Request metadata, fixed or computed per request. The SDK discards it; integrators may read it. */
export type MetadataOption =
  Record<string, unknown> | ((type: RequestType) => Record<string, unknown> | undefined);

/** How to reach a ChatKit server. */
export interface ChatKitClientOptions {
  /** The one POST endpoint, relative or absolute. */
  url: string;
  /** Replaces the global `fetch` (auth, proxies, tests). Must pass `init.headers` through. */
  fetch?: typeof fetch | undefined;
  /** Extra headers on every request. */
  headers?: HeadersOption | undefined;
  /** Sent as `Accept-Language`; a function is read per request (the locale may change). */
  locale?: string | (() => string | undefined) | undefined;
  /** Sent as the body's `metadata`. */
  metadata?: MetadataOption | undefined;
  /** Non-fatal problems (a malformed frame that was skipped). */
  onWarning?: ((warning: ChatKitError) => void) | undefined;
  /**
   * How long the server may stay silent, in ms: before the response starts, and between two
   * chunks of its body. Past it the request is ended with a `timeout` error (retryable). Default
   * {@link DEFAULT_IDLE_TIMEOUT_MS}; `0` waits for ever.
   */
  idleTimeoutMs?: number | undefined;
  /** Largest single stream event buffered, in characters (default 16 Mi). */
  maxEventSize?: number | undefined;
  /** Largest JSON response read, in bytes (default 16 MiB). */
  maxResponseSize?: number | undefined;
}

/** The default idle timeout: two minutes of silence (a slow tool call still sends progress). */
export const DEFAULT_IDLE_TIMEOUT_MS = 120_000;
/** The default cap of a JSON response. */
export const DEFAULT_MAX_RESPONSE_SIZE = 16 * 1024 * 1024;

/** Per-request options. */
export interface RequestOptions {
  signal?: AbortSignal | undefined;
}

/** Per-stream options. */
export interface StreamOptions extends RequestOptions {
  /** Called once the response headers arrived and the stream is accepted. */
  onOpen?: ((response: Response) => void) | undefined;
}

/** A streaming request in flight: its events, and how many were received. */
export type ChatKitEventStream = AsyncGenerator<ThreadStreamEvent, void, undefined>;

/**
 * Speaks the ChatKit wire protocol to one endpoint: `POST {type, params, metadata}`, answered with
 * JSON or with Server-Sent Events read from the `fetch` body (never `EventSource`).
 *
 * Every failure surfaces as one {@link ChatKitError}; unknown event and item types pass through. The
 * client never retries a streaming request by itself: the server would run the turn again.
 */
export class ChatKitClient {
  readonly options: Readonly<ChatKitClientOptions>;

  constructor(options: ChatKitClientOptions) {
    if (!options.url) throw new TypeError('ChatKitClient needs an endpoint url');
    this.options = { ...options };
  }

  /** Sends a non-streaming request and returns its parsed JSON response. */
  async request<T extends JsonRequestType>(
    type: T,
    params: JsonRequests[T]['params'],
    options: RequestOptions = {},
  ): Promise<JsonRequests[T]['response']> {
    const watchdog = this.watchdog(options.signal);
    let response: Response;
    let text: string;
    try {
      response = await this.post(type, params, 'application/json', watchdog);
      text = await this.readText(type, response, watchdog);
    } finally {
      watchdog.dispose();
    }
    const contentType = response.headers.get('content-type') ?? '';
    let parsed: unknown;
    try {
      parsed = text.trim() === '' ? {} : JSON.parse(text);
    } catch (cause) {
      const wrongType = contentType !== '' && !/json/i.test(contentType);
      throw new ChatKitError({
        kind: wrongType ? 'content_type' : 'malformed_response',
        message: wrongType
          ? `Expected JSON from ${type}, got ${contentType}`
          : `The response to ${type} is not valid JSON`,
        retryable: false,
        requestType: type,
        status: response.status,
        bodyExcerpt: excerpt(text),
        cause,
      });
    }
    if (!isObject(parsed)) {
      throw new ChatKitError({
        kind: 'malformed_response',
        message: `The response to ${type} is not a JSON object`,
        retryable: false,
        requestType: type,
        status: response.status,
        bodyExcerpt: excerpt(text),
      });
    }
    return parsed;
  }

  /**
   * Sends a streaming request and yields its events in order. Breaking out of the loop, or aborting
   * the signal, cancels the HTTP request (which is how a ChatKit stream is stopped).
   */
  async *stream<T extends StreamingRequestType>(
    type: T,
    params: StreamingRequests[T],
    options: StreamOptions = {},
  ): ChatKitEventStream {
    const watchdog = this.watchdog(options.signal);
    try {
      yield* this.streamWith(type, params, options, watchdog);
    } finally {
      watchdog.dispose();
    }
  }

  private async *streamWith<T extends StreamingRequestType>(
    type: T,
    params: StreamingRequests[T],
    options: StreamOptions,
    watchdog: IdleWatchdog,
  ): ChatKitEventStream {
    const { signal } = watchdog;
    const response = await this.post(type, params, 'text/event-stream', watchdog);
    const contentType = response.headers.get('content-type') ?? '';
    if (contentType !== '' && !/text\/event-stream/i.test(contentType)) {
      const text = await this.readText(type, response, watchdog).catch(() => '');
      throw new ChatKitError({
        kind: 'content_type',
        message: `Expected an event stream from ${type}, got ${contentType}`,
        retryable: false,
        requestType: type,
        status: response.status,
        bodyExcerpt: excerpt(text),
      });
    }
    if (!response.body) return;
    options.onOpen?.(response);
    let received = 0;
    try {
      for await (const frame of readSseFrames(response.body, {
        signal,
        maxFrameSize: this.options.maxEventSize ?? DEFAULT_MAX_FRAME_SIZE,
        onChunk: () => watchdog.kick(),
        onParseError: (message) => this.warn(type, `Bad SSE framing: ${message}`),
      })) {
        // Aborted while the caller handled the last event: frames already read go no further.
        if (signal.aborted && !watchdog.fired) throw aborted(type, signal.reason);
        const decoded = decodeEvent(frame.data);
        if (!decoded.ok) {
          this.warn(type, `Skipped a malformed event: ${decoded.reason}`, frame.data);
          continue;
        }
        received += 1;
        yield decoded.event;
      }
    } catch (error) {
      throw classifyReadError(type, error, watchdog, received);
    }
  }

  private watchdog(signal: AbortSignal | undefined): IdleWatchdog {
    return new IdleWatchdog(this.options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS, signal);
  }

  private async post(
    type: RequestType,
    params: unknown,
    accept: string,
    watchdog: IdleWatchdog,
  ): Promise<Response> {
    const { signal } = watchdog;
    const { headers: headerOption, metadata: metadataOption, locale } = this.options;
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      Accept: accept,
    };
    const language = typeof locale === 'function' ? locale() : locale;
    if (language) headers['Accept-Language'] = language;
    const extra = typeof headerOption === 'function' ? await headerOption(type) : headerOption;
    if (extra) Object.assign(headers, extra);
    const body: Record<string, unknown> = {
      type,
      params: normalizeParams(type, params as never),
    };
    const metadata = typeof metadataOption === 'function' ? metadataOption(type) : metadataOption;
    if (metadata && Object.keys(metadata).length > 0) body['metadata'] = metadata;

    const fetchImpl = this.options.fetch ?? globalThis.fetch.bind(globalThis);
    let response: Response;
    try {
      response = await fetchImpl(this.options.url, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
        signal: signal ?? null,
      });
    } catch (cause) {
      if (watchdog.fired) throw timedOut(type, watchdog.ms, 0, cause);
      if (signal.aborted || ChatKitError.isAbort(cause)) throw aborted(type, cause);
      throw new ChatKitError({
        kind: 'network',
        message: `Could not reach the chat server (${describe(cause)})`,
        retryable: true,
        requestType: type,
        cause,
      });
    }
    watchdog.kick();
    if (!response.ok) {
      const text = await this.readText(type, response, watchdog).catch(() => '');
      const detail = serverDetail(text);
      throw new ChatKitError({
        kind: 'http',
        message:
          detail ?? `The chat server answered ${response.status} ${response.statusText}`.trim(),
        serverMessage: detail !== null,
        retryable: isRetryableStatus(response.status),
        requestType: type,
        status: response.status,
        bodyExcerpt: excerpt(text),
        retryAfterMs:
          response.status === 429 || response.status === 503
            ? parseRetryAfter(response.headers.get('retry-after'))
            : undefined,
      });
    }
    return response;
  }

  /** Reads a body as text, at most `maxResponseSize` bytes, kicking the watchdog per chunk. */
  private readText(type: RequestType, response: Response, watchdog: IdleWatchdog): Promise<string> {
    return readBody(
      type,
      response,
      watchdog,
      this.options.maxResponseSize ?? DEFAULT_MAX_RESPONSE_SIZE,
    );
  }

  private warn(type: RequestType, message: string, body?: string): void {
    this.options.onWarning?.(
      new ChatKitError({
        kind: 'malformed_event',
        message,
        retryable: false,
        requestType: type,
        bodyExcerpt: body === undefined ? undefined : excerpt(body),
      }),
    );
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The `detail` of a FastAPI-style JSON error body, when there is a readable one. */
function serverDetail(text: string): string | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (isObject(parsed)) {
      const detail = parsed['detail'] ?? parsed['message'] ?? parsed['error'];
      if (typeof detail === 'string' && detail.trim()) return detail.trim();
    }
  } catch {
    // Not JSON: the status line is all there is.
  }
  return null;
}
