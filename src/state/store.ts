/** A listener called after every change of a store's state. */
export type Listener<S> = (state: S, previous: S) => void;

/**
 * A minimal observable store around a pure reducer: `getSnapshot()`, `subscribe()`, `dispatch()`.
 * States are immutable, so subscribers (and Lit context consumers, which compare with `Object.is`)
 * see every change as a new object, and an action that changes nothing notifies no one.
 */
export class Store<S, A> {
  private state: S;
  private readonly listeners = new Set<Listener<S>>();

  constructor(
    private readonly reducer: (state: S, action: A) => S,
    initial: S,
  ) {
    this.state = initial;
  }

  /** The current state. */
  getSnapshot(): S {
    return this.state;
  }

  /** Applies an action; notifies listeners when the state changed. Returns the new state. */
  dispatch(action: A): S {
    const previous = this.state;
    const next = this.reducer(previous, action);
    if (next !== previous) {
      this.state = next;
      for (const listener of [...this.listeners]) listener(next, previous);
    }
    return next;
  }

  /** Calls `listener` after each change; returns the function that unsubscribes it. */
  subscribe(listener: Listener<S>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
