import type { ReactiveController, ReactiveControllerHost } from 'lit';

import type { ChatKitClientOptions } from '../../protocol/client.js';
import type { ChatSession, ChatSessionOptions, SessionEvent } from '../../state/chat-session.js';
import type { ThreadListState } from '../../state/thread-list.js';
import { ChatKitError } from '../../protocol/errors.js';
import { initialThreadState } from '../../state/thread-state.js';
import type { ThreadState } from '../../state/thread-state.js';
import { requirePart } from '../../internal/lazy-parts.js';
import { releaseIfRemoved } from '../../internal/removal.js';

/** The session's chunk (session-chunk.ts): the protocol and state layers. */
const loadSession = () => import('../session-chunk.js');
type SessionChunk = Awaited<ReturnType<typeof loadSession>>;

/** How long a coalesced update may wait when no animation frame comes (a hidden page). */
const FRAME_FALLBACK_MS = 100;

/** What counts as typing: a frame that shows a keystroke is left to it (see `onFrame`). */
const INPUT_EVENTS = ['keydown', 'beforeinput', 'input'] as const;

/**
 * Owns a {@link ChatSession} for an element: builds it from the connection options, re-renders the
 * host on state changes, and aborts everything in flight when the host disconnects.
 *
 * The session's code (the protocol client, the reducer, the SSE reader) is a chunk of its own,
 * fetched once an endpoint is configured: the session is made when it arrives (`ready`), and the
 * chat's first render does not wait for it.
 *
 * While a stream runs, store ticks are coalesced: the host renders at most once per animation
 * frame, however many deltas arrived in between (a fast server sends hundreds per frame). A timer
 * stands in for the frame in a hidden page, where frames do not come, so a background tab still
 * catches up. Everything else (a stream starting or ending, an error, a thread opening) renders
 * at once. While the user types, the stream yields: a frame after a keystroke paints the
 * keystroke alone, and the stream's render comes a frame later.
 */
export class SessionController implements ReactiveController {
  session: ChatSession | null = null;
  thread: ThreadState | null = null;
  threads: ThreadListState | null = null;
  private unsubscribe: (() => void)[] = [];
  private current: ChatKitClientOptions | null = null;
  /** The session being made (its chunk loading), or null. */
  private making: Promise<ChatSession | null> | null = null;
  private connected = false;
  private frame: number | undefined;
  private fallback: ReturnType<typeof setTimeout> | undefined;
  /** The user typed (or pressed a key) since the last coalesced render. */
  private typed = false;
  /** The last frame's render was put off for typing (never twice in a row). */
  private yielded = false;
  private readonly onInput = () => void (this.typed = true);
  /** The latest client tool handler (a session made later takes it). */
  private onClientTool: ChatSessionOptions['onClientTool'];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onEvent: (event: SessionEvent) => void,
  ) {
    host.addController(this);
  }

  /**
   * (Re)creates the session when the connection options changed (endpoint, `fetch`, timeout):
   * once its chunk is in (`ready`). Returns whether a new session is being made. A new locale
   * keeps the session, and the thread on screen: the next requests carry it.
   */
  configure(
    client: ChatKitClientOptions | null,
    options: Omit<ChatSessionOptions, 'client' | 'onEvent'> = {},
  ): boolean {
    const same =
      this.current !== null &&
      client !== null &&
      client.url === this.current.url &&
      client.fetch === this.current.fetch &&
      client.idleTimeoutMs === this.current.idleTimeoutMs;
    this.onClientTool = options.onClientTool;
    if (same && (this.session || this.making)) {
      this.current = client;
      if (this.session) this.session.onClientTool = options.onClientTool;
      return false;
    }
    this.teardown();
    this.current = client;
    if (!client) return false;
    const making: Promise<ChatSession | null> = requirePart('session', loadSession).then(
      (chunk) => {
        // Replaced or torn down meanwhile: this one is not wanted any more.
        if (this.making !== making) return this.session;
        this.making = null;
        if (chunk) return this.create(chunk, client, options);
        this.unavailable();
        return null;
      },
    );
    this.making = making;
    // Meanwhile the chat shows a new thread (the start screen, a composer to type in: what is
    // sent waits for the session).
    this.thread = initialThreadState();
    return true;
  }

  /** The session once made (null without an endpoint, or when its chunk failed to load). */
  ready(): Promise<ChatSession | null> {
    return this.making ?? Promise.resolve(this.session);
  }

  /**
   * The session's chunk could not be loaded (offline, a blocked path): the thread says the chat
   * cannot be reached, without Retry (a failed module stays failed for the page), and the error
   * is reported. What the user typed stays in the composer.
   */
  private unavailable(): void {
    const message = 'The chat could not be loaded (its session chunk failed to load)';
    this.thread = {
      ...initialThreadState(),
      error: { kind: 'network', message, serverMessage: false, retryable: false },
    };
    this.onEvent({
      type: 'error',
      error: new ChatKitError({ kind: 'network', message, retryable: false }),
    });
    this.host.requestUpdate();
  }

  /** The locale the client of `client`'s session sends: the latest one configured. */
  private localeOf(client: ChatKitClientOptions): string | undefined {
    const { locale } = this.current ?? client;
    return typeof locale === 'function' ? locale() : locale;
  }

  private create(
    chunk: SessionChunk,
    client: ChatKitClientOptions,
    options: Omit<ChatSessionOptions, 'client' | 'onEvent'>,
  ): ChatSession {
    const session = new chunk.ChatSession({
      ...options,
      onClientTool: this.onClientTool,
      // Read per request: a later locale applies without a new session.
      client: new chunk.ChatKitClient({ ...client, locale: () => this.localeOf(client) }),
      onEvent: this.onEvent,
    });
    this.session = session;
    this.thread = session.thread.getSnapshot();
    this.threads = session.threads.getSnapshot();
    this.unsubscribe = [
      session.thread.subscribe((state, previous) => {
        this.thread = state;
        if (state.stream !== null && previous.stream !== null) this.scheduleUpdate();
        else this.update();
      }),
      session.threads.subscribe((state) => {
        this.threads = state;
        this.host.requestUpdate();
      }),
    ];
    this.host.requestUpdate();
    return session;
  }

  /** The session, or an error that says how to get one. */
  require(): ChatSession {
    if (!this.session)
      throw new Error(
        this.making
          ? '<chat-widgets> is still loading its session'
          : '<chat-widgets> has no endpoint: set api-url or options.api.url',
      );
    return this.session;
  }

  hostConnected(): void {
    this.connected = true;
    const target = this.host as Partial<EventTarget>;
    for (const type of INPUT_EVENTS) target.addEventListener?.(type, this.onInput, true);
  }

  hostDisconnected(): void {
    this.connected = false;
    const target = this.host as Partial<EventTarget>;
    for (const type of INPUT_EVENTS) target.removeEventListener?.(type, this.onInput, true);
    // A move (disconnect and reconnect in one task, as frameworks and host pages do when they
    // re-parent the element) keeps the answer streaming; a removal stops what is in flight.
    releaseIfRemoved(
      () => !this.connected,
      () => this.session?.dispose(),
    );
  }

  /** Renders the host with the latest state now, dropping a pending frame. */
  private readonly update = (): void => {
    this.cancelFrame();
    this.host.requestUpdate();
  };

  /** Renders the host with the latest state at the next animation frame. */
  private scheduleUpdate(): void {
    if (this.fallback !== undefined) return;
    this.fallback = setTimeout(this.update, FRAME_FALLBACK_MS);
    if (typeof requestAnimationFrame === 'function')
      this.frame = requestAnimationFrame(this.onFrame);
  }

  /**
   * A streamed frame: renders, unless the user typed since the last one. Then the frame that
   * paints the keystroke is left to it (the stream's render, layout and paint would delay it) and
   * the stream renders in the next frame: at most every other frame while the user types.
   */
  private readonly onFrame = (): void => {
    const typed = this.typed;
    this.typed = false;
    if (typed && !this.yielded) {
      this.yielded = true;
      this.frame = requestAnimationFrame(this.onFrame);
      // Frames do come (this is one): the hidden-page fallback waits from here.
      clearTimeout(this.fallback);
      this.fallback = setTimeout(this.update, FRAME_FALLBACK_MS);
      return;
    }
    this.yielded = false;
    this.update();
  };

  private cancelFrame(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    clearTimeout(this.fallback);
    this.frame = undefined;
    this.fallback = undefined;
  }

  private teardown(): void {
    this.making = null;
    this.cancelFrame();
    for (const stop of this.unsubscribe) stop();
    this.unsubscribe = [];
    this.session?.dispose();
    this.session = null;
    this.thread = null;
    this.threads = null;
  }
}
