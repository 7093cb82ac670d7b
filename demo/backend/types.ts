/**
 * Types and errors shared by the demo backend's modules (the server, the responder, the HTTP and
 * fetch adapters), kept apart so that no two modules import each other.
 */

/** An event object on the wire. */
export type WireEvent = { type: string; [key: string]: unknown };

/** A stream of wire events. */
export type Events = AsyncGenerator<WireEvent, void, undefined>;

/** A failure with a user-facing message (the SDK's `CustomStreamError`). */
export class CustomStreamError extends Error {
  constructor(
    message: string,
    readonly allowRetry = false,
  ) {
    super(message);
  }
}

/** Per-request context the responder can write to (the `cut` flag drops the connection). */
export interface RequestContext {
  cut?: boolean;
  /** Aborted when the client went away (the Stop button). */
  signal: AbortSignal;
}

/** The result of handling one request. */
export type Handled =
  { kind: 'json'; body: unknown } | { kind: 'stream'; events: Events; context: RequestContext };

/** Thrown for a request the server cannot process (the HTTP layer answers 500). */
export class BadRequest extends Error {}

/** Whether a value is a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Removes `null` and `undefined` values recursively, as the SDK's `exclude_none` serialization. */
export function clean<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clean) as T;
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      if (v !== null && v !== undefined) out[k] = clean(v);
    return out as T;
  }
  return value;
}
