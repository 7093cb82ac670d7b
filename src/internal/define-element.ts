/**
 * Registers a custom element once. Loading the library twice (an npm build and the CDN file on one
 * page) must not throw; a different class under the same tag is reported, not replaced.
 */
export function defineElement(tagName: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tagName);
  if (!existing) {
    customElements.define(tagName, constructor);
  } else if (existing !== constructor) {
    console.warn(
      `<${tagName}> is already defined by another copy of chat-widgets; keeping the first.`,
    );
  }
}
