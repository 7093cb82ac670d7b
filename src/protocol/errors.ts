import type { ErrorEvent, RequestType } from './wire-types.js';

/**
 * How a request failed. Each kind maps one failure channel of the protocol:
 *
 * - `network`: `fetch` itself rejected (offline, DNS, CORS, connection refused).
 * - `http`: a non-2xx status before any body was read.
 * - `content_type`: a 2xx response of the wrong kind (JSON where a stream was expected, HTML from a
 *   proxy, …).
 * - `malformed_response`: a JSON response that does not parse or is not an object.
 * - `malformed_event`: one SSE frame that does not parse as a JSON event object. Non-fatal: the frame
 *   is skipped and reported, the stream goes on.
 * - `server_error`: an `error` event inside a healthy stream.
 * - `stream_cut`: the connection died mid-body (with or without events before it), for example an
 *   SDK failure raised after the 200 status was sent.
 * - `timeout`: the server went silent: no response, or no bytes of the body, for the idle timeout.
 * - `too_large`: one event, or a JSON response, exceeded the size the client buffers.
 * - `aborted`: the caller aborted through its `AbortSignal` (the Stop button). Not a failure to show.
 */
export type ChatKitErrorKind =
  | 'network'
  | 'http'
  | 'content_type'
  | 'malformed_response'
  | 'malformed_event'
  | 'server_error'
  | 'stream_cut'
  | 'timeout'
  | 'too_large'
  | 'aborted';

/** Constructor options of {@link ChatKitError}. */
export interface ChatKitErrorInit {
  kind: ChatKitErrorKind;
  message: string;
  /** Whether the UI may offer a manual Retry. Streaming requests are never retried automatically. */
  retryable: boolean;
  requestType?: RequestType | undefined;
  status?: number | undefined;
  /** The server's error code (`stream.error`, `custom`, …) for `server_error`. */
  code?: string | undefined;
  /** Whether the message came from the server and may be shown verbatim. */
  serverMessage?: boolean;
  /** How many events had been received when the failure happened (streams only). */
  eventsReceived?: number | undefined;
  /** A short excerpt of the offending body, for logs. */
  bodyExcerpt?: string | undefined;
  /** How long the server asked the client to wait before retrying (`Retry-After`), in ms. */
  retryAfterMs?: number | undefined;
  cause?: unknown;
}

/** The single error type of the protocol layer. Every failure of a request is one of these. */
export class ChatKitError extends Error {
  override readonly name = 'ChatKitError';
  readonly kind: ChatKitErrorKind;
  readonly retryable: boolean;
  readonly requestType: RequestType | undefined;
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly serverMessage: boolean;
  readonly eventsReceived: number | undefined;
  readonly bodyExcerpt: string | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(init: ChatKitErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.retryable = init.retryable;
    this.requestType = init.requestType;
    this.status = init.status;
    this.code = init.code;
    this.serverMessage = init.serverMessage ?? false;
    this.eventsReceived = init.eventsReceived;
    this.bodyExcerpt = init.bodyExcerpt;
    this.retryAfterMs = init.retryAfterMs;
  }

  /** Builds the error for an `error` stream event. Unknown codes are treated like `stream.error`. */
  static fromEvent(event: ErrorEvent, requestType?: RequestType): ChatKitError {
    const message = typeof event.message === 'string' && event.message ? event.message : null;
    return new ChatKitError({
      kind: 'server_error',
      message: message ?? 'An error occurred when generating a response.',
      serverMessage: message !== null,
      retryable: event.allow_retry === true,
      code: typeof event.code === 'string' ? event.code : 'stream.error',
      requestType,
    });
  }

  /** Whether a thrown value is an abort (ours or the platform's `AbortError`). */
  static isAbort(error: unknown): boolean {
    if (error instanceof ChatKitError) return error.kind === 'aborted';
    return (
      typeof error === 'object' &&
      error !== null &&
      'name' in error &&
      (error.name === 'AbortError' || error.name === 'TimeoutError')
    );
  }

  /** A plain-object form for logs and DOM event details. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      kind: this.kind,
      message: this.message,
      retryable: this.retryable,
      requestType: this.requestType,
      status: this.status,
      code: this.code,
      eventsReceived: this.eventsReceived,
      retryAfterMs: this.retryAfterMs,
    };
  }
}

/** Whether a status code is worth a manual retry (server trouble, rate limits, timeouts). */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 425 || status === 429;
}

/** The longest `Retry-After` honoured; a server asking for more gets this (ten minutes). */
export const MAX_RETRY_AFTER_MS = 10 * 60 * 1000;

/**
 * Reads a `Retry-After` header (delay-seconds or an HTTP date) as milliseconds from `now`, capped
 * at {@link MAX_RETRY_AFTER_MS}; `undefined` when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  let ms: number;
  if (/^\d+$/.test(text)) ms = Number(text) * 1000;
  else {
    // An HTTP date names its weekday and month; anything else (`-3`, `soon`) is unreadable.
    if (!/^[A-Za-z]{3}, /.test(text)) return undefined;
    const at = Date.parse(text);
    if (Number.isNaN(at)) return undefined;
    ms = at - now;
  }
  return Math.min(Math.max(0, ms), MAX_RETRY_AFTER_MS);
}
