/**
 * The protocol client and the chat session (with the reducer, the SSE reader and the request
 * builders under them): a chunk of their own, fetched as soon as a chat has an endpoint, so the
 * first render (the start screen, the composer) does not wait for them (SessionController).
 */
export { ChatKitClient } from '../protocol/client.js';
export { ChatSession } from '../state/chat-session.js';
