/**
 * chat-widgets: an open ChatKit front end. This entry exports classes and types without
 * registering any element; import `chat-widgets/define` (or the CDN file) to register them.
 * @packageDocumentation
 */
export { ChatWidgets } from './element/chat-widgets.js';
export type { SendUserMessageParams, SetComposerValueParams } from './element/chat-widgets.js';
export { CwComposer } from './composer/composer.js';
export { ComposerState } from './composer/composer-state.js';
export type { ComposerUpload, ComposerValue } from './composer/composer-state.js';
export { CwMentionMenu } from './composer/mention-menu.js';
export { CwToolPicker } from './composer/tool-picker.js';
export { CwHistory } from './element/history-panel.js';
export { CwStructuredInput } from './element/structured-input.js';
export { CwThread } from './element/thread.js';
export type { ThreadActions } from './element/thread.js';
export { CwMarkdown } from './markdown/markdown-view.js';
export { CwWidget } from './widgets/widget-view.js';
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
