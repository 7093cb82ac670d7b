/**
 * chat-widgets: an open ChatKit front end. This entry exports classes and types without
 * registering any element; import `chat-widgets/define` (or the CDN file) to register them.
 * @packageDocumentation
 */
export { ChatWidgets } from './element/chat-widgets.js';
export * from './protocol/index.js';
export * from './state/index.js';
