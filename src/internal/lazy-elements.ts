import { AsyncDirective, directive } from 'lit/async-directive.js';

import { defineElement } from './define-element.js';

/** Loads the class of a lazily defined element (a relative `import()`: a chunk of its own). */
export type ElementLoader = () => Promise<CustomElementConstructor>;

const loaders = new Map<string, ElementLoader>();
const fallbacks = new Map<string, () => CustomElementConstructor>();
const loads = new Map<string, Promise<boolean>>();
const failed = new Set<string>();
/** Element loads started and not settled yet. */
let loading = 0;
/** Other lazy loads that change what rendered elements show (the Markdown lexer, its extras). */
const work = new Set<Promise<unknown>>();

/**
 * Declares how to load the element `tag`: its chunk is fetched the first time `requireElement`
 * (or the `lazyElement` directive) asks for it. A later declaration replaces an earlier one as
 * long as the load has not started (tests use this to make a load fail). `fallback`, if given,
 * makes the class defined under the tag when the load fails (an element rendered bare, not
 * through `lazyElement`, then still shows something); a function, so that no class is made (and
 * no DOM needed) unless it is.
 */
export function registerLazyElement(
  tag: string,
  loader: ElementLoader,
  fallback?: () => CustomElementConstructor,
): void {
  if (loads.has(tag)) return;
  loaders.set(tag, loader);
  if (fallback) fallbacks.set(tag, fallback);
}

/**
 * Starts loading and defining `tag` once; resolves to whether it is defined. An element that is
 * already defined (or has no loader: a host registered its own) resolves at once. A failed load
 * stays failed for the page (browsers cache a failed module too); it is reported once.
 */
export function requireElement(tag: string): Promise<boolean> {
  const started = loads.get(tag);
  if (started) return started;
  const loader = loaders.get(tag);
  if (typeof customElements === 'undefined' || customElements.get(tag) || !loader) {
    return Promise.resolve(typeof customElements !== 'undefined' && !!customElements.get(tag));
  }
  loading += 1;
  const load = loader()
    .then(
      (constructor) => {
        defineElement(tag, constructor);
        return true;
      },
      (error: unknown) => {
        failed.add(tag);
        console.error(`chat-widgets: the chunk of <${tag}> could not be loaded.`, error);
        const fallback = fallbacks.get(tag);
        if (fallback) defineElement(tag, fallback());
        return false;
      },
    )
    .finally(() => void (loading -= 1));
  loads.set(tag, load);
  return load;
}

/**
 * Follows a lazy load that changes what rendered elements show once it arrives (the Markdown
 * lexer: text shows plain until then), so that {@link lazyLoadsPending} counts it.
 */
export function trackLazyWork(load: Promise<unknown>): void {
  if (work.has(load)) return;
  work.add(load);
  const done = () => void work.delete(load);
  load.then(done, done);
}

/**
 * Whether a lazy element's chunk, or other lazy work, is still loading: rendered content may
 * still change its size when it arrives (the thread waits before measuring items to keep).
 */
export function lazyLoadsPending(): boolean {
  return loading > 0 || work.size > 0;
}

/** Resolves once nothing lazy is loading (loads started meanwhile included); never rejects. */
export async function lazyLoadsSettled(): Promise<void> {
  while (lazyLoadsPending()) await Promise.allSettled([...loads.values(), ...work]);
}

/** Whether the chunk of `tag` failed to load. */
export function elementLoadFailed(tag: string): boolean {
  return failed.has(tag);
}

/** Resolves when every element load started so far has settled (tests, `updateComplete`). */
export async function elementLoadsSettled(): Promise<void> {
  let count = -1;
  // A load may start another (a widget's chunk rendering a lazy child): wait until none is new.
  while (count !== loads.size) {
    count = loads.size;
    await Promise.all(loads.values());
  }
}

/**
 * Waits until the lazily defined elements under `root` that are still undefined have loaded
 * (or failed) and rendered, starting the loads not started yet (an element rendered bare, not
 * through `lazyElement`): `updateComplete` of the element that rendered them uses it.
 */
export async function whenLazyPartsRendered(root: ParentNode): Promise<void> {
  const waiting = [...root.querySelectorAll(':not(:defined)')].filter((e) =>
    loaders.has(e.localName),
  );
  if (waiting.length === 0) return;
  for (const tag of new Set(waiting.map((e) => e.localName))) void requireElement(tag);
  await elementLoadsSettled();
  await Promise.all(
    waiting.map((e) =>
      Promise.resolve((e as Partial<{ updateComplete: Promise<unknown> }>).updateComplete),
    ),
  );
}

class LazyElementDirective extends AsyncDirective {
  private tag = '';

  render(tag: string, content: unknown, fallback: unknown): unknown {
    if (failed.has(tag)) return fallback;
    if (this.tag !== tag && !customElements.get(tag)) {
      this.tag = tag;
      void requireElement(tag).then((ok) => {
        if (!ok && this.isConnected && this.tag === tag) this.setValue(fallback);
      });
    }
    // Until its class arrives the element is an unknown element holding the properties Lit set
    // (a ReactiveElement picks them up when it upgrades): it is its own placeholder, sized by the
    // `:not(:defined)` rule of the styles around it.
    return content;
  }
}

/**
 * Renders `content` (a template holding the lazily defined element `tag`), starting the load of
 * its chunk; if that load fails, renders `fallback` instead (a labelled note).
 */
export const lazyElement = directive(LazyElementDirective);
