import type { ReactiveController, ReactiveControllerHost } from 'lit';

import type { ComposerState } from './composer-state.js';

/**
 * Re-renders a host on every change of its `state` for as long as the host is connected, and
 * follows the host to a new state when the property changes. Unsubscribes on disconnect, so a
 * removed composer is not kept alive by the state that outlives it.
 */
export class StateController implements ReactiveController {
  private followed: { state: ComposerState; stop: () => void } | null = null;
  private connected = false;

  constructor(private readonly host: ReactiveControllerHost & { readonly state: ComposerState }) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.follow();
  }

  hostUpdate(): void {
    this.follow();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.followed?.stop();
    this.followed = null;
  }

  private follow(): void {
    // A disconnected host may still update (Lit lets it): it must not subscribe again.
    const state = this.host.state;
    if (!this.connected || this.followed?.state === state) return;
    this.followed?.stop();
    this.followed = { state, stop: state.subscribe(() => this.host.requestUpdate()) };
    // It may have changed while no composer showed it.
    this.host.requestUpdate();
  }
}
