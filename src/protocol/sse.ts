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
  /** Largest frame accepted, in characters. Widgets with inline images can be large. */
  maxFrameSize?: number;
  /** Reports a problem in the framing itself (an over-long frame, an invalid `retry:`); reading goes on. */
  onParseError?: (message: string) => void;
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
  const parser = createParser({
    maxBufferSize: options.maxFrameSize ?? 64 * 1024 * 1024,
    onEvent(message) {
      if (message.data !== '') queue.push({ data: message.data, event: message.event });
    },
    onError(error) {
      options.onParseError?.(error.message);
    },
  });
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
      parser.feed(decoder.decode(value, { stream: true }));
      while (queue.length > 0) yield queue.shift()!;
    }
    // Terminate whatever is pending: a lone CR still waiting for a possible LF, or a last frame
    // the server did not close with a blank line (the SSE spec drops it; we are lenient).
    parser.feed(`${decoder.decode()}\n\n`);
    while (queue.length > 0) yield queue.shift()!;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    // Releasing after an early return (the consumer stopped iterating) also cancels the body.
    reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
