/** A streamed answer delivered as fast as the page takes it: many deltas per frame. */
import { sseBody } from './sse.js';

/** A task queue faster than timers (which browsers clamp): one delta per task, many per frame. */
export function nextTask(): Promise<void> {
  const { port1, port2 } = new MessageChannel();
  return new Promise((resolve) => {
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/**
 * A `threads.create` answer of `count` text deltas, one SSE frame per task; with `frameEvery`, the
 * stream also waits for an animation frame after every that many deltas (so that a page which
 * renders rarely, as a loaded machine's may, still renders while it streams); with `cancellable`,
 * the server allows Stop (`stream_options`).
 */
export function burstAnswer(count: number, frameEvery = 0, cancellable = false): Response {
  const now = new Date().toISOString();
  const item = { id: 'msg_a', thread_id: 'thr_b', created_at: now, type: 'assistant_message' };
  const events: unknown[] = [
    // The composer's Stop shows only when the server allows it.
    ...(cancellable ? [{ type: 'stream_options', stream_options: { allow_cancel: true } }] : []),
    {
      type: 'thread.created',
      thread: {
        id: 'thr_b',
        title: null,
        created_at: now,
        status: { type: 'active' },
        metadata: {},
      },
    },
    { type: 'thread.item.added', item: { ...item, content: [] } },
    {
      type: 'thread.item.updated',
      item_id: 'msg_a',
      update: {
        type: 'assistant_message.content_part.added',
        content_index: 0,
        content: { type: 'output_text', text: '', annotations: [] },
      },
    },
  ];
  // Each delta is made as it is sent, so a stream may be long enough never to end in a test.
  const delta = (i: number) => ({
    type: 'thread.item.updated',
    item_id: 'msg_a',
    update: {
      type: 'assistant_message.content_part.text_delta',
      content_index: 0,
      delta: i % 40 === 39 ? `w${i}\n\n` : `w${i} `,
    },
  });
  const encoder = new TextEncoder();
  const total = events.length + count;
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      await nextTask();
      if (frameEvery && next > 0 && next % frameEvery === 0)
        await new Promise((r) => requestAnimationFrame(r));
      if (next >= total) return controller.close();
      const event = next < events.length ? events[next] : delta(next - events.length);
      next += 1;
      controller.enqueue(encoder.encode(sseBody([event])));
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
}
