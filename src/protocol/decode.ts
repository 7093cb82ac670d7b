import type { ThreadStreamEvent } from './wire-types.js';

/** The result of decoding one SSE frame: an event, or why it was rejected. Never throws. */
export type DecodeResult = { ok: true; event: ThreadStreamEvent } | { ok: false; reason: string };

/** Whether a value is a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Decodes one SSE `data` payload into a stream event.
 *
 * The protocol boundary only checks the envelope: a JSON object with a string `type`. Unknown event
 * types pass through (they are no-ops later); the contents of known events are checked where they
 * are applied, so that one odd field never costs the whole event.
 */
export function decodeEvent(data: string): DecodeResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch (error) {
    return { ok: false, reason: `not JSON (${(error as Error).message})` };
  }
  if (!isObject(parsed)) return { ok: false, reason: 'not a JSON object' };
  if (typeof parsed['type'] !== 'string' || parsed['type'] === '') {
    return { ok: false, reason: 'no "type" field' };
  }
  return { ok: true, event: parsed as ThreadStreamEvent };
}

/** Shortens a body for error messages and logs. */
export function excerpt(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
