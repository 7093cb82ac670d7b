import type { ReactiveController, ReactiveControllerHost } from 'lit';

import { ChatKitClient } from '../../protocol/client.js';
import type { ChatKitClientOptions } from '../../protocol/client.js';
import { ChatSession } from '../../state/chat-session.js';
import type { ChatSessionOptions, SessionEvent } from '../../state/chat-session.js';
import type { ThreadState } from '../../state/thread-state.js';
import type { ThreadListState } from '../../state/thread-list.js';

/**
 * Owns a {@link ChatSession} for an element: builds it from the connection options, re-renders the
 * host on every state change, and aborts everything in flight when the host disconnects.
 */
export class SessionController implements ReactiveController {
  session: ChatSession | null = null;
  thread: ThreadState | null = null;
  threads: ThreadListState | null = null;
  private unsubscribe: (() => void)[] = [];
  private key = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onEvent: (event: SessionEvent) => void,
  ) {
    host.addController(this);
  }

  /** (Re)creates the session when the connection options changed. Returns it, or null without a url. */
  configure(
    client: ChatKitClientOptions | null,
    options: Omit<ChatSessionOptions, 'client' | 'onEvent'> = {},
  ): ChatSession | null {
    const key = client ? JSON.stringify({ url: client.url, locale: client.locale }) : '';
    if (key === this.key && this.session) {
      this.session.onClientTool = options.onClientTool;
      return this.session;
    }
    this.teardown();
    this.key = key;
    if (!client) return null;
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
    return session;
  }

  hostDisconnected(): void {
    this.session?.dispose();
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
