/**
 * The ChatKit wire layer: types, the HTTP/SSE client and its errors. No DOM, no Lit.
 * @packageDocumentation
 */
export * from './wire-types.js';
export * from './known-types.js';
export * from './errors.js';
export { ChatKitClient } from './client.js';
export type {
  ChatKitClientOptions,
  ChatKitEventStream,
  HeadersOption,
  MetadataOption,
  RequestOptions,
  StreamOptions,
} from './client.js';
export { readSseFrames } from './sse.js';
export type { ReadSseOptions, SseFrame } from './sse.js';
export { decodeEvent } from './decode.js';
export type { DecodeResult } from './decode.js';
export {
  buildUserMessageInput,
  isStreamingRequest,
  normalizeContent,
  normalizeParams,
} from './requests.js';
export type { UserMessageInit } from './requests.js';
