import { CwComposer } from '../composer/composer.js';
import { CwMentionMenu } from '../composer/mention-menu.js';
import { CwToolPicker } from '../composer/tool-picker.js';
import { defineElement } from '../internal/define-element.js';
import { CwMarkdown } from '../markdown/markdown-view.js';
import { CwWidget } from '../widgets/widget-view.js';
import { CwHistory } from './history-panel.js';
import { CwStructuredInput } from './structured-input.js';
import { CwThread } from './thread.js';

/**
 * The elements `<chat-widgets>` renders inside itself, by tag. (`<cw-chart>` is not among them:
 * the Chart component's chunk registers it, the first time a widget holds a Chart.)
 */
export const INTERNAL_ELEMENTS: Readonly<Record<string, CustomElementConstructor>> = {
  'cw-thread': CwThread,
  'cw-composer': CwComposer,
  'cw-mention-menu': CwMentionMenu,
  'cw-tool-picker': CwToolPicker,
  'cw-history': CwHistory,
  'cw-structured-input': CwStructuredInput,
  'cw-markdown': CwMarkdown,
  'cw-widget': CwWidget,
};

let defined = false;

/**
 * Registers the internal elements under their own tags, once. `chat-widgets/define` does it with
 * the element; the element's constructor does it too, so that a page registering the class under
 * a tag of its own (`customElements.define('my-chat', ChatWidgets)`) from the side-effect-free
 * entry gets a working chat rather than one without a thread or a composer.
 */
export function defineInternalElements(): void {
  if (defined) return;
  defined = true;
  for (const [tag, constructor] of Object.entries(INTERNAL_ELEMENTS)) {
    defineElement(tag, constructor);
  }
}
