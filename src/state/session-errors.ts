// How a ChatSession turns whatever was thrown into a ChatKitError, and that into thread state.
import { ChatKitError } from '../protocol/errors.js';
import type { StreamingRequestType } from '../protocol/wire-types.js';
import type { ThreadError } from './thread-state.js';

/** Any thrown value as a {@link ChatKitError}. */
export function asChatKitError(error: unknown, requestType?: StreamingRequestType): ChatKitError {
  if (error instanceof ChatKitError) return error;
  if (ChatKitError.isAbort(error)) {
    return new ChatKitError({
      kind: 'aborted',
      message: 'The request was stopped',
      retryable: false,
      requestType,
      cause: error,
    });
  }
  return new ChatKitError({
    kind: 'network',
    message: error instanceof Error ? error.message : String(error),
    retryable: true,
    requestType,
    cause: error,
  });
}

/** The plain-data form of an error, for the thread state; `during` names what failed. */
export function toThreadError(error: unknown, during?: ThreadError['during']): ThreadError {
  const err = asChatKitError(error);
  return {
    ...(during ? { during } : {}),
    kind: err.kind,
    message: err.message,
    serverMessage: err.serverMessage,
    retryable: err.retryable,
    code: err.code,
    status: err.status,
    retryAt: err.retryAfterMs === undefined ? undefined : Date.now() + err.retryAfterMs,
  };
}

/** Thrown when a request is refused because the thread is busy (a response is streaming). */
export class SessionBusyError extends Error {
  override readonly name = 'SessionBusyError';
}
