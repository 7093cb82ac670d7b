/**
 * The CDN's `protocol.js`: the protocol and state layers (ChatKitClient, ChatSession, the reducer
 * and the wire types), for pages that talk to a ChatKit server without the element, or beside it.
 * `<chat-widgets>` loads the same code as a chunk when it needs it, so a page using both fetches
 * it once.
 */
export * from './protocol/index.js';
export * from './state/index.js';
