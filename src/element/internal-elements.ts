import { CwComposer } from '../composer/composer.js';
import { defineElement } from '../internal/define-element.js';
import { registerLazyElement, trackLazyWork } from '../internal/lazy-elements.js';
import type { ElementLoader } from '../internal/lazy-elements.js';
import { CwThread } from './thread.js';

/** The elements every chat renders at once, by tag: defined with `<chat-widgets>`. */
export const INTERNAL_ELEMENTS: Readonly<Record<string, CustomElementConstructor>> = {
  'cw-thread': CwThread,
  'cw-composer': CwComposer,
};

/**
 * The elements only some chats render, or not at once, by tag: each is a chunk of its own, loaded
 * (relative `import()`, so from beside the main file) the first time something renders it (or,
 * for Markdown and the item extras, the chat is idle after its first render): an answer's
 * Markdown, the actions under it, a workflow or task item, a generated image or answered
 * questions item, a notice, a widget item, a tag preview or a standalone `<cw-widget>` (the widget layer), an opened history panel, a
 * structured input, the mention menu (the first `@`, or entities configured), the tool picker
 * (tools configured). `<cw-chart>` is not among them: the Chart component's chunk registers it.
 */
export const LAZY_ELEMENTS: Readonly<Record<string, ElementLoader>> = {
  'cw-markdown': () =>
    import('../markdown/markdown-view.js').then((m) => {
      // marked, its own chunk: fetched now, not at the first text.
      trackLazyWork(m.loadMarkdownLexer());
      return m.CwMarkdown;
    }),
  'cw-workflow': () => import('./workflow-item.js').then((m) => m.CwWorkflow),
  'cw-message-actions': () => import('./item-extras.js').then((m) => m.CwMessageActions),
  'cw-extra-item': () => import('./item-extras.js').then((m) => m.CwExtraItem),
  'cw-notice': () => import('./item-extras.js').then((m) => m.CwNotice),
  'cw-widget': () => import('../widgets/widget-view.js').then((m) => m.CwWidget),
  'cw-history': () => import('./history-panel.js').then((m) => m.CwHistory),
  'cw-structured-input': () => import('./structured-input.js').then((m) => m.CwStructuredInput),
  'cw-mention-menu': () => import('../composer/mention-menu.js').then((m) => m.CwMentionMenu),
  'cw-tool-picker': () => import('../composer/tool-picker.js').then((m) => m.CwToolPicker),
};

/**
 * Stands in for `<cw-markdown>` when its chunk could not be loaded: the text, as written, so that
 * answers still read (the chunk being there, Markdown renders as usual). Made only then (a module
 * that defines a DOM class at its top would not import in Node).
 */
const plainText = (): CustomElementConstructor =>
  class CwPlainText extends HTMLElement {
    connectedCallback(): void {
      // Lit may have set `text` on the element before this class existed: take it over.
      const own = Object.getOwnPropertyDescriptor(this, 'text');
      if (own) {
        delete (this as { text?: string }).text;
        this.text = own.value as string;
      }
      this.style.whiteSpace = 'pre-wrap'; // Through the CSSOM: a strict CSP allows it.
    }

    set text(text: string) {
      this.textContent = text;
    }
    get text(): string {
      return this.textContent ?? '';
    }
  };

let defined = false;

/**
 * Registers the internal elements under their own tags, once (the lazy ones: their loaders).
 * `chat-widgets/define` does it with the element; the element's constructor does it too, so that
 * a page registering the class under a tag of its own (`customElements.define('my-chat',
 * ChatWidgets)`) from the side-effect-free entry gets a working chat rather than one without a
 * thread or a composer.
 */
export function defineInternalElements(): void {
  if (defined) return;
  defined = true;
  for (const [tag, constructor] of Object.entries(INTERNAL_ELEMENTS)) {
    defineElement(tag, constructor);
  }
  for (const [tag, loader] of Object.entries(LAZY_ELEMENTS))
    // A failed Markdown chunk leaves the text readable (the others render a labelled note).
    registerLazyElement(tag, loader, tag === 'cw-markdown' ? plainText : undefined);
}
