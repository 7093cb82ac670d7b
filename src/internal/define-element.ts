let warned = false;

/**
 * Registers a custom element once. Loading the library twice (an npm build and the CDN file on one
 * page, or the same file under two URLs) must not throw; a different class under the same tag is
 * kept, not replaced, and reported once per copy of the library (not once per tag).
 */
export function defineElement(tagName: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tagName);
  if (!existing) {
    customElements.define(tagName, constructor);
  } else if (existing !== constructor && !warned) {
    warned = true;
    console.warn(
      `<${tagName}> is already defined by another copy of chat-widgets; keeping the first copy's elements.`,
    );
  }
}
