/**
 * The three contenders of the streaming scenario, each fed the same SSE bytes from the page's
 * server: `<chat-widgets>` (its own protocol client reads them), deep-chat (a minimal SSE reader
 * hands each delta to its streaming handler API) and the raw-DOM baseline (the same reader appends
 * to a text node, one new paragraph per blank line: the limit).
 */
import type { BenchServer } from './server.js';

/** Where the page loads the libraries from (the runner serves them). */
export const CDN_URL = '/dist/cdn/chat-widgets.js';
export const DEEP_CHAT_URL = '/deep-chat/deepChat.bundle.js';

/** The public surface of `<chat-widgets>` the benchmark uses. */
export interface ChatElement extends HTMLElement {
  setOptions(options: unknown): void;
  sendUserMessage(params: { text: string }): Promise<void>;
  setThreadId(threadId: string | null): Promise<void>;
  focusComposer(): Promise<void>;
  updateComplete: Promise<boolean>;
}

const importUrl = (url: string): Promise<unknown> => import(/* @vite-ignore */ url);

/** Counts `<cw-composer>` renders (its `updated`), patched once on the class. */
export const composerRenders = { count: 0 };
let patched = false;

export async function loadElement(): Promise<void> {
  await importUrl(CDN_URL);
  await customElements.whenDefined('chat-widgets');
  const composer = customElements.get('cw-composer');
  if (composer && !patched) {
    patched = true;
    const proto = composer.prototype as { updated?: (...args: unknown[]) => void };
    const original = proto.updated;
    proto.updated = function (this: unknown, ...args: unknown[]) {
      composerRenders.count += 1;
      original?.apply(this, args);
    };
  }
}

/** A mounted `<chat-widgets>` of a fixed size, talking to `server`. */
export async function mountElement(
  server: BenchServer,
  extra: Record<string, unknown> = {},
): Promise<ChatElement> {
  await loadElement();
  const el = document.createElement('chat-widgets') as ChatElement;
  el.style.width = '420px';
  el.style.height = '700px';
  el.setOptions({
    api: { url: 'https://bench.invalid/chatkit', domainKey: 'bench', fetch: server.fetch },
    history: { enabled: false },
    // Following the stream to the bottom (off by default, as in ChatKit): the most scrolling work
    // a chat does, and what deep-chat does too.
    thread: { autoScroll: true },
    ...extra,
  });
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** The events of an SSE body, parsed (a minimal reader for the contenders without a client). */
export async function* sseEvents(response: Response): AsyncGenerator<Record<string, unknown>> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (block.startsWith('data: ')) yield JSON.parse(block.slice(6)) as Record<string, unknown>;
    }
  }
}

/** The text delta an event carries, if it is one. */
export function deltaOf(event: Record<string, unknown>): string | null {
  const update = event['update'] as { type?: string; delta?: string } | undefined;
  return event['type'] === 'thread.item.updated' &&
    update?.type === 'assistant_message.content_part.text_delta'
    ? (update.delta ?? '')
    : null;
}

const startRequest = (server: BenchServer): Promise<Response> =>
  server.fetch('https://bench.invalid/chatkit', {
    method: 'POST',
    body: JSON.stringify({
      type: 'threads.create',
      params: { input: { content: [{ type: 'input_text', text: 'Stream it' }] } },
    }),
  });

/** The raw-DOM baseline: a text node per paragraph, appended to. Resolves at the stream's end. */
export function mountRaw(): (server: BenchServer) => Promise<void> {
  const box = document.createElement('div');
  box.style.cssText = 'width:420px;height:700px;overflow:auto;font:14px/1.5 system-ui';
  document.body.append(box);
  return async (server) => {
    let text: Text | null = null;
    for await (const event of sseEvents(await startRequest(server))) {
      const delta = deltaOf(event);
      if (delta === null) continue;
      delta.split(/\n\n+/).forEach((part, i) => {
        if (i > 0 || !text) {
          const p = document.createElement('p');
          text = new Text('');
          p.append(text);
          box.append(p);
        }
        text.appendData(part);
      });
    }
  };
}

interface DeepChatSignals {
  onOpen(): void;
  onClose(): void;
  onResponse(response: { text: string }): Promise<void>;
}
interface DeepChatElement extends HTMLElement {
  connect: unknown;
  onComponentRender: () => void;
  submitUserMessage(content: { text: string }): void;
}

/** deep-chat with a streaming handler reading the same SSE. Resolves at the stream's end. */
export async function mountDeepChat(): Promise<(server: BenchServer) => Promise<void>> {
  await importUrl(DEEP_CHAT_URL);
  const el = document.createElement('deep-chat') as DeepChatElement;
  el.style.width = '420px';
  el.style.height = '700px';
  let run: ((signals: DeepChatSignals) => void) | null = null;
  el.connect = {
    stream: true,
    handler: (_body: unknown, signals: DeepChatSignals) => run?.(signals),
  };
  const rendered = new Promise<void>((resolve) => {
    el.onComponentRender = () => resolve();
    setTimeout(resolve, 10_000);
  });
  document.body.append(el);
  await rendered;
  return (server) =>
    new Promise<void>((resolve, reject) => {
      run = (signals) =>
        void (async () => {
          signals.onOpen();
          for await (const event of sseEvents(await startRequest(server))) {
            const delta = deltaOf(event);
            if (delta !== null) await signals.onResponse({ text: delta });
          }
          signals.onClose();
          resolve();
        })().catch(reject);
      el.submitUserMessage({ text: 'Stream it' });
    });
}
