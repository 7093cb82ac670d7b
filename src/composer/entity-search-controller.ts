import type { ReactiveController, ReactiveControllerHost } from 'lit';

import type { Entity } from './types.js';

/** Searches entities for a query; aborted when a newer query supersedes it. */
export type EntitySearch = (query: string, signal: AbortSignal) => Promise<Entity[]>;

/** The state of a search, for rendering. */
export type SearchState<T> =
  | { status: 'idle' }
  | { status: 'loading'; query: string; results: readonly T[] }
  | { status: 'done'; query: string; results: readonly T[] }
  | { status: 'error'; query: string; message: string };

/** The state of an entity search. */
export type EntitySearchState = SearchState<Entity>;

/**
 * Runs @-mention searches (and the `/` menu's command searches) for a host: debounced, each one
 * abortable, and stale results (from a query the user has typed past) never shown; answers that
 * are not items (`accept`) are dropped. Aborts on disconnect.
 */
export class EntitySearchController<T = Entity> implements ReactiveController {
  state: SearchState<T> = { status: 'idle' };
  search: ((query: string, signal: AbortSignal) => Promise<T[]>) | null = null;
  private controller: AbortController | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delayMs = 150,
    private readonly accept: (value: unknown) => value is T = isEntity as never,
  ) {
    host.addController(this);
  }

  /** Starts (or restarts) a search for `query`. */
  run(query: string): void {
    const search = this.search;
    if (!search) return;
    this.cancel(false);
    const generation = ++this.generation;
    const previous =
      this.state.status === 'done' || this.state.status === 'loading' ? this.state.results : [];
    this.state = { status: 'loading', query, results: previous };
    this.host.requestUpdate();
    this.timer = setTimeout(() => {
      const controller = new AbortController();
      this.controller = controller;
      search(query, controller.signal).then(
        (results) => {
          if (generation !== this.generation) return; // Stale: a newer query was typed.
          this.state = {
            status: 'done',
            query,
            results: Array.isArray(results) ? results.filter(this.accept) : [],
          };
          this.host.requestUpdate();
        },
        (error: unknown) => {
          if (generation !== this.generation || controller.signal.aborted) return;
          this.state = {
            status: 'error',
            query,
            message: error instanceof Error ? error.message : String(error),
          };
          this.host.requestUpdate();
        },
      );
    }, this.delayMs);
  }

  /** Stops the current search; `reset` also forgets its results. */
  cancel(reset = true): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.controller?.abort();
    this.controller = null;
    if (reset) {
      this.generation++;
      this.state = { status: 'idle' };
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.cancel();
  }
}

/** Whether a value has the shape of an entity (an id and a title). */
export function isEntity(value: unknown): value is Entity {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Entity).id === 'string' &&
    typeof (value as Entity).title === 'string'
  );
}
