/**
 * The API of the first load, shared by the npm entry (`index.ts`, which adds the classes of the
 * lazily loaded elements, the protocol and the state layers) and the CDN module build (`cdn.ts`,
 * which must not name them: a static export would pull their chunks into the first load; the
 * CDN's `protocol.js` exports the protocol and state layers).
 */
export { ChatWidgets } from './element/chat-widgets.js';
export type { SendUserMessageParams, SetComposerValueParams } from './element/chat-widgets.js';
export { CwComposer } from './composer/composer.js';
export { ComposerState } from './composer/composer-state.js';
export type { ComposerUpload, ComposerValue } from './composer/composer-state.js';
export { CwThread } from './element/thread.js';
export type { ThreadActions } from './element/thread.js';
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
  ChatStringKey,
  ChatStrings,
} from './element/options.js';
export * from './events/index.js';
