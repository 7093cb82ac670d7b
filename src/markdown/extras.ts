/**
 * The lazily loaded extras of the Markdown renderer (the syntax highlighter and its grammars, the
 * math typesetter): which loads are under way, and who to tell when one has settled. A view
 * re-renders its blocks when the version changes, so a code block shown plain while its grammar
 * loads is drawn highlighted once it has arrived.
 */

import { trackLazyWork } from '../internal/lazy-elements.js';

let version = 0;
const listeners = new Set<() => void>();
const pending = new Set<Promise<unknown>>();

/** Bumped each time a load settled (arrived or failed). */
export function extrasVersion(): number {
  return version;
}

/** Calls `listener` each time a load settled; returns the function that stops it. */
export function onExtrasSettled(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Follows a load: when it settles, the version is bumped and the listeners told. */
export function trackExtra<T>(load: Promise<T>): Promise<T> {
  pending.add(load);
  const done = () => {
    pending.delete(load);
    version++;
    for (const listener of [...listeners]) listener();
  };
  load.then(done, done);
  trackLazyWork(load);
  return load;
}

/** Resolves when no load is under way (those that start meanwhile included); never rejects. */
export async function extrasSettled(): Promise<void> {
  while (pending.size > 0) await Promise.allSettled([...pending]);
}

/** Whether a load is under way. */
export function extrasPending(): boolean {
  return pending.size > 0;
}
