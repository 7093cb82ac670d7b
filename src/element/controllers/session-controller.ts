import type { ReactiveController, ReactiveControllerHost } from 'lit';

import { ChatKitClient } from '../../protocol/client.js';
import type { ChatKitClientOptions } from '../../protocol/client.js';
import { ChatSession } from '../../state/chat-session.js';
import type { ChatSessionOptions, SessionEvent } from '../../state/chat-session.js';
import type { ThreadListState } from '../../state/thread-list.js';
import type { ThreadState } from '../../state/thread-state.js';
import { releaseIfRemoved } from '../../internal/removal.js';

/**
 * Owns a {@link ChatSession} for an element: builds it from the connection options, re-renders the
 * host on every state change, and aborts everything in flight when the host disconnects.
 */
export class SessionController implements ReactiveController {
  session: ChatSession | null = null;
  thread: ThreadState | null = null;
  threads: ThreadListState | null = null;
  private unsubscribe: (() => void)[] = [];
  private current: ChatKitClientOptions | null = null;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onEvent: (event: SessionEvent) => void,
  ) {
    host.addController(this);
  }

  /**
   * (Re)creates the session when the connection options changed (endpoint, locale or `fetch`).
   * Returns whether a new session was made.
   */
  configure(
    client: ChatKitClientOptions | null,
    options: Omit<ChatSessionOptions, 'client' | 'onEvent'> = {},
  ): boolean {
    const same =
      this.current !== null &&
      client !== null &&
      client.url === this.current.url &&
      client.locale === this.current.locale &&
      client.fetch === this.current.fetch &&
      client.idleTimeoutMs === this.current.idleTimeoutMs;
    if (same && this.session) {
      this.session.onClientTool = options.onClientTool;
      return false;
    }
    this.teardown();
    this.current = client;
    if (!client) return false;
    const session = new ChatSession({
      ...options,
      client: new ChatKitClient(client),
      onEvent: this.onEvent,
    });
    this.session = session;
    this.thread = session.thread.getSnapshot();
    this.threads = session.threads.getSnapshot();
    this.unsubscribe = [
      session.thread.subscribe((state) => {
        this.thread = state;
        this.host.requestUpdate();
      }),
      session.threads.subscribe((state) => {
        this.threads = state;
        this.host.requestUpdate();
      }),
    ];
    this.host.requestUpdate();
    return true;
  }

  /** The session, or an error that says how to get one. */
  require(): ChatSession {
    if (!this.session)
      throw new Error('<chat-widgets> has no endpoint: set api-url or options.api.url');
    return this.session;
  }

  hostConnected(): void {
    this.connected = true;
  }

  hostDisconnected(): void {
    this.connected = false;
    // A move (disconnect and reconnect in one task, as frameworks and host pages do when they
    // re-parent the element) keeps the answer streaming; a removal stops what is in flight.
    releaseIfRemoved(
      () => !this.connected,
      () => this.session?.dispose(),
    );
  }

  private teardown(): void {
    for (const stop of this.unsubscribe) stop();
    this.unsubscribe = [];
    this.session?.dispose();
    this.session = null;
    this.thread = null;
    this.threads = null;
  }
}
