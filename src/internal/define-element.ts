/**
 * The page-wide note that a copy of chat-widgets has already reported another copy: a registered
 * symbol, so every copy on the page (each with its own module state) reads the same one.
 */
const WARNED = Symbol.for('chat-widgets.another-copy-reported');

/** Whether another copy was reported on this page; marks it reported. */
function firstReport(): boolean {
  const global = globalThis as { [WARNED]?: true };
  if (global[WARNED]) return false;
  Object.defineProperty(global, WARNED, { value: true, configurable: true });
  return true;
}

/**
 * Registers a custom element once. Loading the library twice (an npm build and the CDN file on one
 * page, or the same file under two URLs) must not throw; a different class under the same tag is
 * kept, not replaced, and reported once per page, however many copies and tags (a lazy element's
 * chunk may arrive in each copy, at any time).
 */
export function defineElement(tagName: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tagName);
  if (!existing) {
    customElements.define(tagName, constructor);
  } else if (existing !== constructor && firstReport()) {
    console.warn(
      `<${tagName}> is already defined by another copy of chat-widgets; keeping the first copy's elements.`,
    );
  }
}
