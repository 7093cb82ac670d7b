/**
 * Form values of widgets (catalogue §4): every named control inside a `Form` (or an `asForm`
 * Card) contributes its current value, dotted names nest (`todo.title` → `{todo: {title}}`), and the
 * values are deep-merged over the action's configured payload, the form winning at the leaves.
 *
 * Field names and payload keys come from the server: a path segment that would reach a prototype
 * (`__proto__`, `prototype`, `constructor`) is refused and reported, never written, and only own
 * properties are ever read, so no form can touch `Object.prototype` of the host page.
 */
import {
  hasOwn,
  isUnsafeKey,
  reportUnsafeKey,
  safeSet,
  withoutUnsafeKeys,
} from '../util/safe-object.js';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What `setPath` did: written, refused (an unsafe segment), or a collision with a non-object. */
export type SetPathResult = 'set' | 'unsafe' | 'collision';

/** Sets `value` at a dotted path, creating objects on the way. */
export function setPath(target: Json, path: string, value: unknown): SetPathResult {
  const parts = path.split('.').filter(Boolean);
  if (!parts.length) return 'collision';
  const unsafe = parts.find(isUnsafeKey);
  if (unsafe !== undefined) {
    reportUnsafeKey('a widget form field name', unsafe);
    return 'unsafe';
  }
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = hasOwn(node, part) ? node[part] : undefined;
    if (next === undefined) safeSet(node, part, {});
    else if (!isObj(next)) return 'collision';
    node = node[part] as Json;
  }
  safeSet(node, parts.at(-1)!, value);
  return 'set';
}

/** The value of one control: booleans for checkboxes, the checked radio, strings otherwise. */
function controlValue(el: Element): { skip: boolean; value: unknown } {
  if (el instanceof HTMLInputElement) {
    if (el.type === 'checkbox') return { skip: false, value: el.checked };
    if (el.type === 'radio') return { skip: !el.checked, value: el.value };
    if (el.type === 'date') return { skip: false, value: el.value === '' ? null : el.value };
    return { skip: false, value: el.value };
  }
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement)
    return { skip: false, value: el.value };
  return { skip: true, value: undefined };
}

/**
 * Collects the values of the named controls in a form scope. Radio groups with nothing checked
 * give ''. Names refused as unsafe are pushed onto `refused` when given.
 */
export function collectValues(scope: ParentNode, refused?: string[]): Json {
  const values: Json = {};
  const radios = new Set<string>();
  for (const el of scope.querySelectorAll('input[name], textarea[name], select[name]')) {
    const name = el.getAttribute('name')!;
    const { skip, value } = controlValue(el);
    if (el instanceof HTMLInputElement && el.type === 'radio') {
      radios.add(name);
      if (skip) continue;
    }
    if (setPath(values, name, value) === 'unsafe') refused?.push(name);
  }
  for (const name of radios) {
    if (!hasPath(values, name)) setPath(values, name, '');
  }
  return values;
}

function hasPath(target: Json, path: string): boolean {
  let node: unknown = target;
  for (const part of path.split('.')) {
    if (!isObj(node) || !hasOwn(node, part)) return false;
    node = node[part];
  }
  return true;
}

/**
 * Deep-merges form values into a payload, as ChatKit does: a form value whose path the payload
 * already holds is dropped (the payload's value stays) and its path reported as a collision, for
 * the caller to raise an error. Returns the merged payload, the collisions and the refused keys.
 */
export function mergePayload(
  payload: unknown,
  values: Json,
): { payload: unknown; collisions: string[]; refused: string[] } {
  const collisions: string[] = [];
  const refused: string[] = [];
  const merge = (base: unknown, extra: Json, path: string): Json => {
    const out: Json = isObj(base) ? { ...base } : {};
    for (const [key, value] of Object.entries(extra)) {
      const here = path ? `${path}.${key}` : key;
      if (isUnsafeKey(key)) {
        reportUnsafeKey('a widget action payload', key);
        refused.push(here);
        continue;
      }
      const current = hasOwn(out, key) ? out[key] : undefined;
      if (isObj(value) && isObj(current)) safeSet(out, key, merge(current, value, here));
      else if (current !== undefined) collisions.push(here);
      else safeSet(out, key, value);
    }
    return out;
  };
  // The configured payload is server data too: handed to host handlers, it carries no key that
  // a careless deep merge on the page could follow into a prototype.
  const base = withoutUnsafeKeys(payload, 'a widget action payload', refused);
  if (!Object.keys(values).length) return { payload: base, collisions, refused };
  if (base !== undefined && base !== null && !isObj(base)) {
    return { payload: base, collisions: Object.keys(values), refused };
  }
  return { payload: merge(base, values, ''), collisions, refused };
}
