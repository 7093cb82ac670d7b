/**
 * chat-widgets: an open ChatKit front end. This entry exports classes and types without
 * registering any element; import `chat-widgets/define` (or the CDN file) to register them.
 * @packageDocumentation
 */
export * from './first-load-exports.js';
export * from './protocol/index.js';
export * from './state/index.js';
// The lazily loaded elements' classes (the CDN build leaves them out of its first load).
export { CwMentionMenu } from './composer/mention-menu.js';
export { CwToolPicker } from './composer/tool-picker.js';
export { CwHistory } from './element/history-panel.js';
export { CwStructuredInput } from './element/structured-input.js';
export { CwWorkflow } from './element/workflow-item.js';
export { CwExtraItem, CwMessageActions, CwNotice } from './element/item-extras.js';
export { CwWidget } from './widgets/widget-view.js';
export { CwMarkdown } from './markdown/markdown-view.js';
