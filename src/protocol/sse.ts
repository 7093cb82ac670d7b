import { createParser } from 'eventsource-parser';

/** One Server-Sent Events frame: its `data` (several `data:` lines joined by `\n`) and `event` name. */
export interface SseFrame {
  data: string;
  event: string | undefined;
}

/** Options of {@link readSseFrames}. */
export interface ReadSseOptions {
  /** Aborts reading; the generator then throws the signal's reason. */
  signal?: AbortSignal | undefined;
  /**
   * Largest frame buffered, in characters (default {@link DEFAULT_MAX_FRAME_SIZE}). A longer one,
   * or a body with no line break for that long, ends the read with {@link SseFrameTooLargeError}.
   */
  maxFrameSize?: number;
  /** Called for every chunk of bytes received (an idle watchdog's heartbeat). */
  onChunk?: () => void;
  /** Reports a problem in the framing itself (an over-long frame, an invalid `retry:`); reading goes on. */
  onParseError?: (message: string) => void;
}

/** The default frame cap: 16 Mi characters. Widgets with inline images can be large, not larger. */
export const DEFAULT_MAX_FRAME_SIZE = 16 * 1024 * 1024;

/** Thrown when a frame outgrows the cap: the rest of the body is not read. */
export class SseFrameTooLargeError extends Error {
  override readonly name = 'SseFrameTooLargeError';
  constructor(readonly limit: number) {
    super(`An event of more than ${limit} characters was refused`);
  }
}

/**
 * Reads a `ReadableStream` of bytes as Server-Sent Events, yielding each frame as it completes.
 *
 * Follows the generic SSE rules through `eventsource-parser` (blank-line separation; `\n`, `\r\n` and
 * `\r` line ends; several `data:` lines joined; comments and unknown fields ignored; frames buffered
 * across chunk boundaries) and decodes UTF-8 with a streaming decoder, so a character split between
 * two chunks arrives whole. Frames with empty `data` are skipped. A final frame that the server did
 * not close with a blank line is still delivered when the body ends normally.
 *
 * Errors from the underlying reader (a cut connection, an abort) propagate unchanged; the caller
 * classifies them.
 */
export async function* readSseFrames(
  body: ReadableStream<Uint8Array>,
  options: ReadSseOptions = {},
): AsyncGenerator<SseFrame, void, undefined> {
  const queue: SseFrame[] = [];
  const limit = options.maxFrameSize ?? DEFAULT_MAX_FRAME_SIZE;
  let tooLarge = false;
  const parser = createParser({
    maxBufferSize: limit,
    onEvent(message) {
      if (message.data.length > limit) tooLarge = true;
      else if (message.data !== '') queue.push({ data: message.data, event: message.event });
    },
    onError(error) {
      if (error.type === 'max-buffer-size-exceeded') tooLarge = true;
      else options.onParseError?.(error.message);
    },
  });
  const feed = (text: string): void => {
    parser.feed(text);
    if (tooLarge) throw new SseFrameTooLargeError(limit);
  };
  const decoder = new TextDecoder('utf-8');
  const reader = body.getReader();
  const { signal } = options;
  const onAbort = (): void => {
    // Cancelling the reader makes a pending read() settle at once instead of waiting for bytes.
    reader.cancel(signal?.reason).catch(() => undefined);
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    signal?.throwIfAborted();
    for (;;) {
      const { done, value } = await reader.read();
      signal?.throwIfAborted();
      if (done) break;
      options.onChunk?.();
      feed(decoder.decode(value, { stream: true }));
      while (queue.length > 0) yield queue.shift()!;
    }
    // Terminate whatever is pending: a lone CR still waiting for a possible LF, or a last frame
    // the server did not close with a blank line (the SSE spec drops it; we are lenient).
    feed(`${decoder.decode()}\n\n`);
    while (queue.length > 0) yield queue.shift()!;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    // Releasing after an early return (the consumer stopped iterating) also cancels the body.
    reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
