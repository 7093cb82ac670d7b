/**
 * A page object for `<chat-widgets>`, in the style of Material Web's harnesses: tests drive the
 * element through its public API, public events and what a user sees, never its private fields.
 *
 * By default the element talks to the scripted demo backend running inside the page
 * (demo/backend/fetch.ts, wired through `api.fetch`): no Python, no network, a fresh backend per
 * harness. With `url` it talks to a real server (the integration tier) through the global fetch.
 *
 *   const chat = await ChatHarness.create({ options: { composer: { placeholder: 'Ask' } } });
 *   await chat.send('hello: there');
 *   await chat.waitForResponseEnd();
 *   expect(chat.messages()).to.deep.equal(['hello: there', 'Hello, world!']);
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import { waitUntil } from './wait.js';
import '../../src/define.js';
import { createDemoFetch } from '../../demo/backend/fetch.js';
import { DemoChatServer } from '../../demo/backend/server.js';
import type { ChatWidgets } from '../../src/element/chat-widgets.js';
import type { Attachment } from '../../src/protocol/wire-types.js';
import type { ChatKitOptions } from '../../src/element/options.js';
import { EVENT_NAMES } from '../../src/events/index.js';
import type { CwWidget } from '../../src/widgets/widget-view.js';
import { ComposerHarness } from './composer-harness.js';
import { routeXhr } from './xhr-route.js';

export { ComposerHarness } from './composer-harness.js';
export { routeXhr } from './xhr-route.js';

/** One ChatKit request as the server received it. */
export interface SentRequest {
  type: string;
  params: Record<string, unknown>;
  headers: Headers;
}

/** One public event as the element dispatched it. */
export interface SeenEvent {
  name: string;
  detail: unknown;
}

/** What {@link ChatHarness.create} builds. */
export interface ChatHarnessInit {
  /** ChatKit options; `api.url` and `api.fetch` are filled in by the harness. */
  options?: ChatKitOptions;
  /** Attributes set before the element connects (`true` for a boolean attribute). */
  attributes?: Record<string, string | boolean>;
  /** The in-page backend (a fresh one by default); ignored with `url`. */
  backend?: DemoChatServer;
  /**
   * The in-page backend's pace (`ItemFactory.pace`): 0 by default, so streams arrive in pieces
   * with no idle time between them; 1 for the demo's own pauses.
   */
  pace?: number;
  /** A real ChatKit endpoint instead of the in-page backend (the integration tier). */
  url?: string;
  /** Wraps the transport, as a host's own `api.fetch` would (headers, failures). */
  transport?: (next: typeof fetch) => typeof fetch;
  /** Sets no options at all: the element is configured by attributes only (needs `url`). */
  attributesOnly?: boolean;
  /** Inline style of the element (a height, say). */
  style?: string;
  /**
   * Where to attach the element, instead of a test fixture (which keeps its elements until the
   * test ends): the memory test removes elements itself.
   */
  container?: HTMLElement;
  /**
   * Resolve once the element is in the page, without waiting for `updateComplete` (which waits
   * for the session's chunk): for tests that hold that chunk back. Needs `container`.
   */
  noWait?: boolean;
}

const ALL_EVENTS = [...Object.values(EVENT_NAMES), ...Object.keys(EVENT_NAMES)];

let backends = 0;

/** A `<chat-widgets>` on the page, wired to a backend, with spies on what it sends and fires. */
export class ChatHarness {
  /** Every public event so far, both names, in order. */
  readonly events: SeenEvent[] = [];
  /** The composer's page object. */
  readonly composer = new ComposerHarness(this);
  private readonly sent: SentRequest[] = [];
  private ended = 0;
  private started = 0;
  private endMark = 0;

  private constructor(
    readonly el: ChatWidgets,
    /** The in-page backend (`null` against a real server). */
    readonly backend: DemoChatServer | null,
    /** The ChatKit endpoint the element talks to. */
    readonly url: string,
    /** The transport the element uses (the spy over the backend, under `transport`). */
    readonly transport: typeof globalThis.fetch,
  ) {
    for (const name of ALL_EVENTS)
      el.addEventListener(name, (e) => {
        this.events.push({ name, detail: (e as CustomEvent).detail });
        if (name === 'cw-response-start') this.started += 1;
        if (name === 'cw-response-end') this.ended += 1;
      });
  }

  /** Creates the element, configures it, attaches it to the page and waits for its first render. */
  static async create(init: ChatHarnessInit = {}): Promise<ChatHarness> {
    const el = document.createElement('chat-widgets');
    let backend: DemoChatServer | null = null;
    let url: string;
    let base: typeof fetch;
    if (init.url) {
      url = init.url;
      base = (input, request) => fetch(input, request);
    } else {
      backend = init.backend ?? new DemoChatServer();
      backend.script.pace = init.pace ?? 0;
      backends += 1;
      const origin = `https://demo-backend-${backends}.invalid`;
      url = `${origin}/chatkit`;
      const demo = createDemoFetch(backend);
      routeXhr(origin, demo);
      // Only the backend's origin is in the page; anything else (an entity search URL, say) goes
      // to the network, as it would through a host's own `api.fetch`.
      base = (input, request) =>
        new URL(input instanceof Request ? input.url : String(input), location.href).origin ===
        origin
          ? demo(input, request)
          : fetch(input, request);
    }
    const spy: typeof fetch = async (input, request) => {
      const target = new URL(input instanceof Request ? input.url : String(input), location.href);
      if (target.href === new URL(url, location.href).href && typeof request?.body === 'string') {
        const body = JSON.parse(request.body) as { type: string; params: Record<string, unknown> };
        harness.sent.push({ ...body, headers: new Headers(request.headers) });
      }
      return base(input, request);
    };
    const transport = init.transport ? init.transport(spy) : spy;
    const harness = new ChatHarness(el, backend, url, transport);
    for (const [name, value] of Object.entries(init.attributes ?? {}))
      if (value !== false) el.setAttribute(name, value === true ? '' : value);
    if (init.style) el.setAttribute('style', init.style);
    if (init.attributesOnly) el.setAttribute('api-url', url);
    else harness.setOptions(init.options ?? {});
    if (init.container) init.container.append(el);
    else await fixture(html`${el}`);
    if (!init.noWait) await el.updateComplete;
    return harness;
  }

  /** Replaces the options (ChatKit semantics), keeping the harness's `api.url` and `api.fetch`. */
  setOptions(options: ChatKitOptions): void {
    this.el.setOptions({
      ...options,
      api: { url: this.url, fetch: this.transport, ...options.api },
    });
  }

  /** The element's shadow root. */
  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  /** Every ChatKit request the server received, in order. */
  requests(): SentRequest[] {
    return [...this.sent];
  }

  /** The types of the requests the server received. */
  requestTypes(): string[] {
    return this.sent.map((r) => r.type);
  }

  /** The events seen under one name. */
  eventsNamed(name: string): SeenEvent[] {
    return this.events.filter((e) => e.name === name);
  }

  /** The open thread, from the last `cw-thread-change` (undefined before any). */
  get threadId(): string | null | undefined {
    const last = this.eventsNamed('cw-thread-change').at(-1);
    return last ? (last.detail as { threadId: string | null }).threadId : undefined;
  }

  /** Whether a response is streaming (its start seen, its end not yet). */
  get streaming(): boolean {
    return this.started > this.ended;
  }

  /** Types a message like a user and presses Enter. */
  async send(text: string): Promise<void> {
    this.endMark = this.ended;
    await this.composer.type(text);
    await sendKeys({ press: 'Enter' });
  }

  /**
   * Waits until a response that ended after the last `send` (or the last wait) has ended and
   * nothing streams. Streams started by the API count too.
   */
  async waitForResponseEnd(timeout = 5000): Promise<void> {
    await waitUntil(
      () => this.ended > this.endMark && !this.streaming,
      `a response ended (seen ${this.ended} ends, ${this.started} starts)`,
      { timeout },
    );
    this.endMark = this.ended;
    // And for what it rendered, lazy chunks included (a widget, a structured input).
    await this.el.updateComplete;
  }

  /** Waits until nothing streams, and what was rendered (lazy chunks included) is. */
  async waitForIdle(timeout = 5000): Promise<void> {
    await waitUntil(() => !this.streaming, 'no response streaming', { timeout });
    this.endMark = this.ended;
    await this.el.updateComplete;
  }

  /** The visible messages as text: user bubbles and assistant Markdown. */
  messages(): string[] {
    return [...this.root.querySelectorAll('.item.user .bubble, .item.assistant cw-markdown')].map(
      (m) => {
        const scope = m.shadowRoot ?? m;
        const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
        let text = '';
        // Citation markers are not part of the message text.
        while (walker.nextNode())
          if (!walker.currentNode.parentElement?.closest('.cite'))
            text += walker.currentNode.nodeValue;
        return text.replace(/\s+/g, ' ').trim();
      },
    );
  }

  /** Waits until a message with this text shows. */
  async waitForMessage(text: string, timeout = 5000): Promise<void> {
    await waitUntil(
      () => this.messages().includes(text),
      `message "${text}" shown; have ${JSON.stringify(this.messages())}`,
      { timeout },
    );
  }

  /** The widgets in the thread. */
  widgets(): CwWidget[] {
    return [...this.root.querySelectorAll<CwWidget>('cw-widget')].filter(
      (w) => !w.closest('.tag-preview'),
    );
  }

  /** The last widget's shadow root. */
  lastWidget(): ShadowRoot {
    return this.widgets().at(-1)!.shadowRoot!;
  }

  /** Waits until some widget shows this text. */
  async waitForWidgetText(text: string, timeout = 5000): Promise<void> {
    await waitUntil(
      () => this.widgets().some((w) => w.shadowRoot?.textContent?.includes(text) ?? false),
      `a widget shows "${text}"`,
      { timeout },
    );
  }

  /** The error shown in the thread, or null. */
  error(): Element | null {
    return this.root.querySelector('.error');
  }

  /** The header's title. */
  get title(): string | null {
    return this.root.querySelector('header h2')?.textContent ?? null;
  }

  /** The history panel's shadow root (open it with `el.showHistory()`). */
  history(): ShadowRoot | null {
    return this.root.querySelector('cw-history')?.shadowRoot ?? null;
  }
}

/** An attachment the in-page backend knows (made with `attachments.create`). */
export async function storedAttachment(chat: ChatHarness, name: string): Promise<Attachment> {
  const response = await chat.transport(chat.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'attachments.create',
      params: { name, size: 3, mime_type: 'text/plain' },
    }),
  });
  const { upload_descriptor: _unused, ...attachment } = (await response.json()) as Attachment;
  return attachment as Attachment;
}

/** The `input` of the last request the chat sent (a user message). */
export const lastInput = (chat: ChatHarness) =>
  chat.requests().at(-1)!.params['input'] as {
    content: { type: string; id?: string; text: string }[];
    attachments: string[];
    quoted_text?: string;
  };
