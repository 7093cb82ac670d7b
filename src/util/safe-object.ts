/**
 * Keys from the server (form field names, payload keys, input ids, icon and token names) are
 * untrusted. Written as object paths they could reach `Object.prototype` (`__proto__`), or read
 * as look-ups they could find inherited members (`constructor`, `toString`). Everything that turns
 * an untrusted string into a property access goes through these helpers.
 *
 * Pure TypeScript, no DOM: every layer may import it.
 */

/** Keys that are refused as object paths: they reach a prototype rather than a property. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor']);

/** Whether a key would walk into a prototype when used as a property name. */
export function isUnsafeKey(key: string): boolean {
  return UNSAFE_KEYS.has(key);
}

/** A frozen look-up table with no prototype: `table['constructor']` is `undefined`, not a function. */
export function lookupTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/** The own property `key` of `object`, never an inherited one; `undefined` when absent. */
export function ownValue<T>(object: Readonly<Record<string, T>>, key: unknown): T | undefined {
  if (typeof key !== 'string' || !Object.prototype.hasOwnProperty.call(object, key))
    return undefined;
  return object[key];
}

/** Whether `object` has an own property `key`. */
export function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/**
 * Sets `object[key] = value` as an own data property, refusing the unsafe keys. Returns false when
 * refused. Uses `defineProperty`, so even a key that is inherited as a setter never calls it.
 */
export function safeSet(object: Record<string, unknown>, key: string, value: unknown): boolean {
  if (isUnsafeKey(key)) return false;
  Object.defineProperty(object, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
  return true;
}

const reported = new Set<string>();

/**
 * Reports a refused key once per place and key (`console.warn`): a server that sends one is
 * either broken or hostile, and the page's developer should hear of it.
 */
export function reportUnsafeKey(where: string, key: string): void {
  const id = `${where}\u0000${key}`;
  if (reported.has(id)) return;
  reported.add(id);
  console.warn(
    `<chat-widgets>: refused the key "${key}" in ${where} (it would reach a prototype).`,
  );
}

/** How deep {@link withoutUnsafeKeys} copies; deeper values are dropped (and reported). */
export const MAX_SAFE_COPY_DEPTH = 64;

/**
 * A deep copy of JSON-like data without the unsafe keys (each refusal reported and pushed onto
 * `refused` as a dotted path). Arrays and plain objects are copied; other values are kept as they
 * are. Subtrees deeper than {@link MAX_SAFE_COPY_DEPTH} are dropped, so a hostile depth cannot
 * overflow the stack.
 */
export function withoutUnsafeKeys(value: unknown, where: string, refused: string[] = []): unknown {
  const copy = (v: unknown, path: string, depth: number): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    if (depth > MAX_SAFE_COPY_DEPTH) {
      refused.push(path);
      reportUnsafeKey(where, `${path} (nested deeper than ${MAX_SAFE_COPY_DEPTH})`);
      return undefined;
    }
    if (Array.isArray(v)) return v.map((x, i) => copy(x, `${path}[${i}]`, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [key, x] of Object.entries(v)) {
      const here = path ? `${path}.${key}` : key;
      if (isUnsafeKey(key)) {
        refused.push(here);
        reportUnsafeKey(where, key);
        continue;
      }
      safeSet(out, key, copy(x, here, depth + 1));
    }
    return out;
  };
  return copy(value, '', 0);
}
