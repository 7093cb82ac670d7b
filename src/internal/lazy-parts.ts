import { adoptStyles, supportsAdoptingStyleSheets } from 'lit';
import type { CSSResult } from 'lit';

/** Loads the module of a lazily loaded part (a relative `import()`: a chunk of its own). */
export type PartLoader<T> = () => Promise<T>;

const overrides = new Map<string, PartLoader<unknown>>();
const loads = new Map<string, Promise<unknown>>();

/**
 * Replaces the loader of the part `name` as long as its load has not started (tests use this to
 * make a load wait or fail, as `registerLazyElement` does for elements).
 */
export function registerLazyPart(name: string, loader: PartLoader<unknown>): void {
  if (!loads.has(name)) overrides.set(name, loader);
}

/**
 * Loads the code of a feature only some chats use (the composer's uploads, dictation, mentions),
 * once per page: resolves to its module, or to `null` when its chunk failed (reported once; the
 * feature then shows a labelled fallback and the rest keeps working).
 */
export function requirePart<T>(name: string, loader: PartLoader<T>): Promise<T | null> {
  let load = loads.get(name) as Promise<T | null> | undefined;
  if (!load) {
    load = ((overrides.get(name) ?? loader) as PartLoader<T>)().catch((error: unknown) => {
      console.error(`chat-widgets: the chunk of ${name} could not be loaded.`, error);
      return null;
    });
    loads.set(name, load);
  }
  return load;
}

const adopted = new WeakMap<ShadowRoot, Set<CSSResult>>();

/**
 * Adds the styles a lazy chunk brought to the shadow root `root` (once): a constructable
 * stylesheet where the browser adopts them (CSP-safe), else a `<style>` as Lit adds its own.
 */
export function adoptInto(root: Node, styles: CSSResult): void {
  if (!(root instanceof ShadowRoot)) return;
  const done = adopted.get(root) ?? new Set();
  adopted.set(root, done);
  if (done.has(styles)) return;
  done.add(styles);
  // Lit's adoptStyles replaces the adopted sheets, or appends <style>s where there are none.
  adoptStyles(root, supportsAdoptingStyleSheets ? [...root.adoptedStyleSheets, styles] : [styles]);
}
