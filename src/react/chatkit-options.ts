/**
 * What `useChatKit` (chat-widgets/react) does with the options it is given, as
 * `@openai/chatkit-react` does, without React: the split of the event handlers (`onResponseEnd`, …)
 * from the options, and options kept stable across renders. The options object passed to the
 * element changes only when its data changes: every function in it is replaced by a stable
 * function that calls the latest one at its place, so a new inline callback on each render does
 * not reconfigure the chat.
 */
import type { ChatKitOptions } from '../element/options.js';
import { safeSet } from '../util/safe-object.js';

/**
 * ChatKit's React event props and the events they listen to: the event's name camel-cased, with
 * `chatkit` replaced by `on`. A handler gets the event's `detail` (nothing for a void event).
 */
export const CHATKIT_HANDLERS = {
  onReady: 'chatkit.ready',
  onError: 'chatkit.error',
  onLog: 'chatkit.log',
  onEffect: 'chatkit.effect',
  onDeeplink: 'chatkit.deeplink',
  onResponseStart: 'chatkit.response.start',
  onResponseEnd: 'chatkit.response.end',
  onThreadChange: 'chatkit.thread.change',
  onThreadLoadStart: 'chatkit.thread.load.start',
  onThreadLoadEnd: 'chatkit.thread.load.end',
  onToolChange: 'chatkit.tool.change',
  onHistoryOpen: 'chatkit.history.open',
  onHistoryClose: 'chatkit.history.close',
} as const;

/** The event handlers `useChatKit` takes beside the options. */
export interface ChatKitHandlers {
  onReady?: () => void;
  onError?: (detail: { error: Error }) => void;
  onLog?: (detail: { name: string; data?: Record<string, unknown> }) => void;
  onEffect?: (detail: { name: string; data?: Record<string, unknown> }) => void;
  onDeeplink?: (detail: { name: string; data?: Record<string, unknown> }) => void;
  onResponseStart?: () => void;
  onResponseEnd?: () => void;
  onThreadChange?: (detail: { threadId: string | null }) => void;
  onThreadLoadStart?: (detail: { threadId: string }) => void;
  onThreadLoadEnd?: (detail: { threadId: string }) => void;
  onToolChange?: (detail: { toolId: string | null }) => void;
  onHistoryOpen?: () => void;
  onHistoryClose?: () => void;
}

/** `useChatKit`'s argument: the options and the event handlers, in one object. */
export type UseChatKitOptions = ChatKitOptions & ChatKitHandlers;

type Handler = (detail?: unknown) => void;

/**
 * Splits `useChatKit`'s argument as ChatKit does: every top-level key `on` + capital letter but
 * `onClientTool` is an event handler; everything else is an option.
 */
export function splitHandlers(all: UseChatKitOptions): {
  options: ChatKitOptions;
  handlers: Record<string, Handler>;
} {
  const options: Record<string, unknown> = {};
  const handlers: Record<string, Handler> = {};
  for (const [key, value] of Object.entries(all)) {
    if (/^on[A-Z]/.test(key) && key !== 'onClientTool') {
      if (typeof value === 'function') handlers[key] = value as Handler;
    } else safeSet(options, key, value);
  }
  return { options: options, handlers };
}

const isPlain = (value: unknown): value is Record<string, unknown> | unknown[] => {
  if (Array.isArray(value)) return true;
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

/** How deep options are compared and copied (options are a few levels deep; cycles stop here). */
const MAX_DEPTH = 32;

/**
 * Deep equality of options that ignores which function is where, as long as a function is there
 * (plain objects and arrays by content, anything else by identity).
 */
export function sameIgnoringFunctions(a: unknown, b: unknown, depth = 0): boolean {
  if (typeof a === 'function' && typeof b === 'function') return true;
  if (Object.is(a, b)) return true;
  if (!isPlain(a) || !isPlain(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  if (depth >= MAX_DEPTH) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      Object.prototype.hasOwnProperty.call(b, k) &&
      sameIgnoringFunctions(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
        depth + 1,
      ),
  );
}

/**
 * Options kept stable across renders: {@link StableOptions.update} returns the same object while
 * the data is the same; its functions always call the latest ones given.
 */
export class StableOptions {
  private latest: ChatKitOptions | null = null;
  private stable: ChatKitOptions | null = null;

  /** The stable options for `options` (the previous object when only functions changed). */
  update(options: ChatKitOptions): ChatKitOptions {
    const same = this.latest !== null && sameIgnoringFunctions(this.latest, options);
    this.latest = options;
    if (!same || !this.stable) this.stable = this.copy(options, []) as ChatKitOptions;
    return this.stable;
  }

  /** A copy of `value` whose functions call the latest function at their path. */
  private copy(value: unknown, path: readonly (string | number)[]): unknown {
    if (typeof value === 'function') {
      const at = (): unknown => {
        let v: unknown = this.latest;
        for (const key of path) v = (v as Record<string | number, unknown> | null)?.[key];
        return v;
      };
      const fallback = value as (...args: unknown[]) => unknown;
      return function (this: unknown, ...args: unknown[]) {
        const fn = at();
        return (typeof fn === 'function' ? fn : fallback).apply(this, args) as unknown;
      };
    }
    if (!isPlain(value) || path.length >= MAX_DEPTH) return value;
    if (Array.isArray(value)) return value.map((v, i) => this.copy(v, [...path, i]));
    const out: Record<string, unknown> = {};
    // Unsafe keys (`__proto__`, …) are left out: nothing reaches a prototype.
    for (const [k, v] of Object.entries(value)) safeSet(out, k, this.copy(v, [...path, k]));
    return out;
  }
}
