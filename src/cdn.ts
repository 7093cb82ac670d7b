/**
 * The module build for a plain `<script type="module">`: registers the elements, exports the API.
 *
 * It exports what the first load holds. The classes of the elements that load lazily (`CwWidget`,
 * `CwHistory`, `CwStructuredInput`, `CwMentionMenu`, `CwToolPicker`) are not exported: a static
 * export would pull their chunks into the first load. Once defined they are
 * `customElements.get('cw-widget')`… (`await customElements.whenDefined('cw-widget')`); the npm
 * entry (`chat-widgets`) exports them all.
 */
import './define.js';

export { ChatWidgets } from './element/chat-widgets.js';
export type { SendUserMessageParams, SetComposerValueParams } from './element/chat-widgets.js';
export { CwComposer } from './composer/composer.js';
export { ComposerState } from './composer/composer-state.js';
export type { ComposerUpload, ComposerValue } from './composer/composer-state.js';
export { CwThread } from './element/thread.js';
export type { ThreadActions } from './element/thread.js';
export { CwMarkdown } from './markdown/markdown-view.js';
export { registerWidget, registerWidgetLoader, hasWidget } from './widgets/registry.js';
export type {
  LoadedWidget,
  WidgetLoader,
  WidgetRenderer,
  WidgetRenderContext,
} from './widgets/registry.js';
export type {
  ChatKitOptions,
  Entity,
  StartScreenPrompt,
  HeaderAction,
  ToolOption,
  ModelOption,
} from './element/options.js';
export * from './events/index.js';
export * from './protocol/index.js';
export * from './state/index.js';
