/**
 * The `persist` option's controller in the first load: nothing for the chats that leave it off
 * (the default); the others load its code (persistence.ts, a chunk) when they first render.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

import type { ComposerState } from '../../composer/composer-state.js';
import { requirePart } from '../../internal/lazy-parts.js';
import type { Persistence } from './persistence.js';

/** What to keep, and under which key (default: `chat-widgets:` and the endpoint). */
export interface PersistConfig {
  drafts: boolean;
  thread: boolean;
  key: string;
}

/** What persistence follows. */
export interface PersistInputs {
  config: PersistConfig;
  threadId: string | null;
  /** Whether a response is streaming (a thread that appears then was created by it). */
  streaming: boolean;
}

export class PersistenceController implements ReactiveController {
  private impl: Persistence | null = null;
  private connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly state: ComposerState,
    private readonly inputs: () => PersistInputs,
  ) {
    host.addController(this);
  }

  /** The persistence code, loaded once a chat turns it on; null while it is off. */
  private load(): Promise<Persistence | null> {
    const { drafts, thread } = this.inputs().config;
    if (!drafts && !thread) return Promise.resolve(null);
    return requirePart('persistence', () => import('./persistence.js')).then((chunk) => {
      if (!chunk) return null;
      this.impl ??= new chunk.Persistence(this.state, this.inputs);
      if (this.connected) this.impl.connect();
      return this.impl;
    });
  }

  /** The thread to reopen after a reload, if `persist.thread` is on and one was open. */
  async storedThread(): Promise<string | null> {
    if (!this.inputs().config.thread) return null;
    return (await this.load())?.storedThread() ?? null;
  }

  hostConnected(): void {
    this.connected = true;
    this.impl?.connect();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.impl?.disconnect();
  }

  hostUpdated(): void {
    if (this.impl) this.impl.update();
    else void this.load().then((impl) => impl?.update());
  }
}
