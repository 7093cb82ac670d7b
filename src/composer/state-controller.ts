import type { ReactiveController, ReactiveControllerHost } from 'lit';

import type { ComposerState } from './composer-state.js';

/**
 * Re-renders a host on every change of its `state` for as long as the host is connected, and
 * follows the host to a new state when the property changes. Unsubscribes on disconnect, so a
 * removed composer is not kept alive by the state that outlives it.
 */
export class StateController implements ReactiveController {
  private followed: { state: ComposerState; stop: () => void } | null = null;

  constructor(private readonly host: ReactiveControllerHost & { readonly state: ComposerState }) {
    host.addController(this);
  }

  hostConnected(): void {
    this.follow();
  }

  hostUpdate(): void {
    this.follow();
  }

  hostDisconnected(): void {
    this.followed?.stop();
    this.followed = null;
  }

  private follow(): void {
    const state = this.host.state;
    if (this.followed?.state === state) return;
    this.followed?.stop();
    this.followed = { state, stop: state.subscribe(() => this.host.requestUpdate()) };
    // It may have changed while no composer showed it.
    this.host.requestUpdate();
  }
}
