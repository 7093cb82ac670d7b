// The transport under ChatKitClient: the idle watchdog, the bounded body reader, and how a failed
// read becomes a ChatKitError.
import { ChatKitError } from './errors.js';
import { SseFrameTooLargeError } from './sse.js';
import type { RequestType } from './wire-types.js';

/**
 * Aborts a request when the server stays silent too long. `kick()` on every sign of life; the
 * combined `signal` aborts on the caller's abort too.
 *
 * A kick only notes the time: a fast stream kicks thousands of times a second, and clearing and
 * setting a timer each time cost more than parsing the chunk. The one timer, when it fires,
 * re-arms itself for what is left of the silence since the last kick.
 */
export class IdleWatchdog {
  readonly signal: AbortSignal;
  fired = false;
  private readonly controller = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastKick = 0;
  private readonly onOuterAbort = (): void => this.controller.abort(this.outer?.reason);

  constructor(
    /** The silence allowed, in ms; `0` (or less) waits for ever. */
    readonly ms: number,
    private readonly outer: AbortSignal | undefined,
  ) {
    this.signal = this.controller.signal;
    if (outer?.aborted) this.controller.abort(outer.reason);
    else outer?.addEventListener('abort', this.onOuterAbort, { once: true });
    this.kick();
  }

  kick(): void {
    if (!(this.ms > 0) || this.controller.signal.aborted) return;
    this.lastKick = Date.now();
    if (this.timer === undefined) this.arm(this.ms);
  }

  private arm(delay: number): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.controller.signal.aborted) return;
      const left = this.lastKick + this.ms - Date.now();
      if (left > 0) return this.arm(left);
      this.fired = true;
      this.controller.abort(new DOMException('The chat server went silent', 'TimeoutError'));
    }, delay);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.outer?.removeEventListener('abort', this.onOuterAbort);
  }
}

/**
 * Reads a body as text, at most `limit` bytes, kicking the watchdog per chunk. A failed read is
 * thrown as {@link classifyReadError} describes it.
 */
export async function readBody(
  type: RequestType,
  response: Response,
  watchdog: IdleWatchdog,
  limit: number,
): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  const onAbort = (): void => void reader.cancel(watchdog.signal.reason).catch(() => undefined);
  watchdog.signal.addEventListener('abort', onAbort, { once: true });
  let text = '';
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      watchdog.signal.throwIfAborted();
      if (done) break;
      watchdog.kick();
      size += value.byteLength;
      if (size > limit) {
        reader.cancel().catch(() => undefined);
        throw new ChatKitError({
          kind: 'too_large',
          message: `The response to ${type} is larger than ${formatSize(limit)}; it was not read`,
          retryable: false,
          requestType: type,
          status: response.status,
        });
      }
      text += decoder.decode(value, { stream: true });
    }
    return text + decoder.decode();
  } catch (error) {
    throw classifyReadError(type, error, watchdog, 0);
  } finally {
    watchdog.signal.removeEventListener('abort', onAbort);
  }
}

/** A failure while reading a response (`received` events in), as one {@link ChatKitError}. */
export function classifyReadError(
  type: RequestType,
  error: unknown,
  watchdog: IdleWatchdog,
  received: number,
): ChatKitError {
  if (error instanceof ChatKitError) return error;
  if (watchdog.fired) return timedOut(type, watchdog.ms, received, error);
  if (error instanceof SseFrameTooLargeError) {
    return new ChatKitError({
      kind: 'too_large',
      message: `The server sent an event larger than ${formatSize(error.limit)}; the rest of the response was not read`,
      retryable: false,
      requestType: type,
      eventsReceived: received,
      cause: error,
    });
  }
  if (watchdog.signal.aborted || ChatKitError.isAbort(error)) return aborted(type, error);
  return new ChatKitError({
    kind: 'stream_cut',
    message:
      received === 0
        ? 'The connection closed before the server sent anything'
        : 'The connection closed before the response was complete',
    retryable: true,
    requestType: type,
    eventsReceived: received,
    cause: error,
  });
}

/** The error of a request the caller stopped. */
export function aborted(type: RequestType, cause: unknown): ChatKitError {
  return new ChatKitError({
    kind: 'aborted',
    message: 'The request was stopped',
    retryable: false,
    requestType: type,
    cause,
  });
}

/** The error of a request the watchdog ended after `ms` of silence. */
export function timedOut(
  type: RequestType,
  ms: number,
  received: number,
  cause: unknown,
): ChatKitError {
  const seconds = Math.round(ms / 1000);
  return new ChatKitError({
    kind: 'timeout',
    message:
      received === 0
        ? `The chat server did not answer within ${seconds} s`
        : `The chat server stopped sending for ${seconds} s; the response is incomplete`,
    retryable: true,
    requestType: type,
    eventsReceived: received,
    cause,
  });
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${bytes} bytes`;
}
