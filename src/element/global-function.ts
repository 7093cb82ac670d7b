/**
 * Resolves an attribute such as `on-action="myApp.handleAction"` to a function on `window`,
 * for pages that can only write attributes (CMS plugins). Only a dotted path of own properties is
 * followed: no `eval`, no prototype walking, nothing but a function is returned.
 */
const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

type AnyFunction = (...args: never[]) => unknown;

/** The function at a dotted path on `window` and the object that holds it, or `null`. */
function lookup(path: string | null | undefined): { fn: AnyFunction; owner: unknown } | null {
  if (!path || typeof window === 'undefined') return null;
  const parts = path.trim().split('.');
  if (!parts.every((p) => /^[A-Za-z_$][\w$]*$/.test(p) && !FORBIDDEN.has(p))) return null;
  let owner: unknown = null;
  let value: unknown = window;
  for (const part of parts) {
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return null;
    if (!Object.prototype.hasOwnProperty.call(value, part)) return null;
    owner = value;
    value = (value as Record<string, unknown>)[part];
  }
  return typeof value === 'function' ? { fn: value as AnyFunction, owner } : null;
}

/** The function at a dotted path on `window`, bound to its owner, or `null`. */
export function resolveGlobalFunction(path: string | null | undefined): AnyFunction | null {
  const found = lookup(path);
  return found ? found.fn.bind(found.owner) : null;
}

/**
 * The function at a dotted path on `window` as it is (unbound), or `null`: the same value for as
 * long as the page does not replace it, so it can serve as a memo input.
 */
export function globalFunctionAt(path: string | null | undefined): AnyFunction | null {
  return lookup(path)?.fn ?? null;
}
