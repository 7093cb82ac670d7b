/**
 * Side-effect entry: registers every element of chat-widgets. `<chat-widgets>`, `<cw-thread>` and
 * `<cw-composer>` are defined at once; the others are chunks of their own, defined the first time
 * something renders them (src/element/internal-elements.ts). The widget layer (`<cw-widget>`) and
 * Markdown (`<cw-markdown>`) are also fetched when the page is idle after loading, so that a
 * standalone `<cw-widget>` or `<cw-markdown>` on the page upgrades without a chat. (`<cw-chart>` is registered by
 * the Chart component's chunk, the first time a widget holds a Chart.)
 */
import { ChatWidgets } from './element/chat-widgets.js';
import { defineInternalElements } from './element/internal-elements.js';
import { defineElement } from './internal/define-element.js';
import { requireElement } from './internal/lazy-elements.js';

defineElement('chat-widgets', ChatWidgets);
defineInternalElements();

if (typeof window !== 'undefined') {
  const preload = () => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
    idle(() => {
      void requireElement('cw-widget');
      void requireElement('cw-markdown');
    });
  };
  if (document.readyState === 'complete') preload();
  else window.addEventListener('load', preload, { once: true });
}
