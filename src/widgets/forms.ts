/**
 * Form values of widgets (catalogue §4): every named control inside a `Form` (or an `asForm`
 * Card) contributes its current value, dotted names nest (`todo.title` → `{todo: {title}}`), and the
 * values are deep-merged over the action's configured payload, the form winning at the leaves.
 */

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Sets `value` at a dotted path, creating objects on the way. Returns false on a collision. */
export function setPath(target: Json, path: string, value: unknown): boolean {
  const parts = path.split('.').filter(Boolean);
  if (!parts.length) return false;
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (next === undefined) node[part] = {};
    else if (!isObj(next)) return false;
    node = node[part] as Json;
  }
  node[parts.at(-1)!] = value;
  return true;
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

/** Collects the values of the named controls in a form scope. Radio groups with nothing checked give ''. */
export function collectValues(scope: ParentNode): Json {
  const values: Json = {};
  const radios = new Set<string>();
  for (const el of scope.querySelectorAll('input[name], textarea[name], select[name]')) {
    const name = el.getAttribute('name')!;
    const { skip, value } = controlValue(el);
    if (el instanceof HTMLInputElement && el.type === 'radio') {
      radios.add(name);
      if (skip) continue;
    }
    setPath(values, name, value);
  }
  for (const name of radios) {
    if (!hasPath(values, name)) setPath(values, name, '');
  }
  return values;
}

function hasPath(target: Json, path: string): boolean {
  let node: unknown = target;
  for (const part of path.split('.')) {
    if (!isObj(node) || !(part in node)) return false;
    node = node[part];
  }
  return true;
}

/**
 * Deep-merges form values over a payload. Returns the merged payload and the paths that collided
 * with a configured non-object value (those keep the form value and are reported).
 */
export function mergePayload(
  payload: unknown,
  values: Json,
): { payload: unknown; collisions: string[] } {
  const collisions: string[] = [];
  const merge = (base: unknown, extra: Json, path: string): Json => {
    const out: Json = isObj(base) ? { ...base } : {};
    for (const [key, value] of Object.entries(extra)) {
      const here = path ? `${path}.${key}` : key;
      const current = out[key];
      if (isObj(value) && isObj(current)) out[key] = merge(current, value, here);
      else {
        if (isObj(value) && current !== undefined) collisions.push(here);
        out[key] = value;
      }
    }
    return out;
  };
  if (!Object.keys(values).length) return { payload, collisions };
  if (payload !== undefined && payload !== null && !isObj(payload)) {
    return { payload, collisions: Object.keys(values) };
  }
  return { payload: merge(payload, values, ''), collisions };
}
