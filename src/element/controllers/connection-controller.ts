/**
 * How `<chat-widgets>` connects its session to its configuration and its public events: the session
 * is made again when the connection options change (SessionController owns it), client tool calls
 * go to the handler the chat configured, the first thread opens once a session is there
 * (`initialThread`, else the one `persist.thread` kept), and the session's events go out as the
 * chat's, the thread being loaded noted for the thread's loading state. It also opens threads for
 * the chat's methods and panels.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

import type { ChatSession, ClientToolHandler, SessionEvent } from '../../state/chat-session.js';
import { resolveGlobalFunction } from '../global-function.js';
import type { ResolvedConfig } from '../options.js';
import { emitSessionEvent } from '../public-events.js';
import type { PersistenceController } from './persistence-controller.js';
import type { SessionController } from './session-controller.js';

/** The element it connects: its `on-client-tool` attribute (a global function's dotted path). */
export interface ConnectionHost extends ReactiveElement {
  readonly onClientTool: string;
}

export class ConnectionController implements ReactiveController {
  /** The thread being loaded (the thread shows it loading), or null. */
  loadingThread: string | null = null;
  /** The configuration the session was last configured from. */
  private connection: ResolvedConfig | null = null;
  private openedInitial = false;

  constructor(
    private readonly host: ConnectionHost,
    private readonly sessions: SessionController,
    private readonly persistence: PersistenceController,
    private readonly config: () => ResolvedConfig,
    /** Keeps the thread at its end (a loaded thread opens there). */
    private readonly pin: () => void,
  ) {
    host.addController(this);
  }

  /** Before the host renders: a new configuration may mean a new session. */
  hostUpdate(): void {
    const config = this.config();
    // The session depends on the connection options only: nothing to do on a store tick.
    if (config === this.connection) return;
    this.connection = config;
    const created = this.sessions.configure(
      config.apiUrl
        ? {
            url: config.apiUrl,
            locale: config.locale,
            fetch: config.fetch,
            idleTimeoutMs: config.idleTimeoutMs,
          }
        : null,
      { onClientTool: this.runClientTool },
    );
    if (created) this.openedInitial = false;
  }

  /** After the host rendered: the first thread of a session that has just arrived. */
  hostUpdated(): void {
    if (!this.sessions.session || this.openedInitial) return;
    this.openedInitial = true;
    const initial = this.config().initialThread;
    // After this update, not inside it: opening sets state (a new update, not a nested one).
    if (initial) queueMicrotask(() => void this.openThread(initial));
    // The thread kept by `persist.thread`, unless the user has opened or started one since.
    else
      void this.persistence.storedThread().then((id) => {
        if (id && !this.sessions.thread?.threadId) void this.openThread(id);
      });
  }

  /** The session, once pending property changes (such as `setOptions`) have been applied. */
  async session(): Promise<ChatSession> {
    if (this.host.isUpdatePending) await this.host.updateComplete;
    await this.sessions.ready();
    return this.sessions.require();
  }

  /** Opens a thread by id; a failure is shown in the thread and reported by the session. */
  async openThread(threadId: string): Promise<void> {
    try {
      await this.sessions.require().loadThread(threadId);
    } catch {
      // Shown in the thread and reported through the error event by the session.
    }
  }

  /** A session event: the thread being loaded is noted, and the event goes out as the chat's. */
  handleSessionEvent(event: SessionEvent): void {
    if (event.type === 'thread.load.start') this.setLoading(event.threadId);
    if (event.type === 'thread.load.end') {
      if (this.loadingThread === event.threadId) this.setLoading(null);
      this.pin();
    }
    emitSessionEvent(this.host, event);
  }

  private setLoading(threadId: string | null): void {
    if (threadId === this.loadingThread) return;
    this.loadingThread = threadId;
    this.host.requestUpdate();
  }

  /** Client tools go to `onClientTool`, else to the global function named by `on-client-tool`. */
  private readonly runClientTool: ClientToolHandler = (call) => {
    const handler =
      this.config().onClientTool ??
      (resolveGlobalFunction(this.host.onClientTool) as ClientToolHandler | null);
    if (!handler) throw new Error(`No handler for client tool "${call.name}"`);
    return handler(call);
  };
}
