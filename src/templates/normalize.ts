/**
 * The widget root a template renders to, checked and normalised the way chatkit-python's
 * `DynamicWidgetRoot.model_validate(...).model_dump()` does, so that a `.widget` file builds the
 * same JSON here as on a Python server:
 *
 * - the root is an object whose `type` is `Card`, `ListView` or `Basic`;
 * - every component (the root and everything reached through `children`) is an object with a
 *   string `type`; `key` and `id`, when present and not null, are strings; `children` is a
 *   component, a list of components, or null;
 * - every other field is kept as it is (extra fields are allowed);
 * - null values are dropped everywhere (also inside other fields' objects and lists), as
 *   chatkit-python's server sends widgets (`model_dump(exclude_none=True)`): a component without
 *   children has no `children` field.
 *
 * Pure TypeScript, no DOM.
 */
/**
 * Sets an own data property (never a setter, never the prototype: `__proto__` from JSON is a
 * plain key). Local rather than util's `safeSet` (which refuses those keys), so that this entry
 * point shares no chunk with the core bundle.
 */
function safeSet(object: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(object, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

/** A component of a built widget: `type` plus whatever the template gave it. */
export interface BuiltWidgetComponent {
  type: string;
  key?: string;
  id?: string;
  children?: BuiltWidgetComponent | BuiltWidgetComponent[];
  [field: string]: unknown;
}

/** A built widget root, ready for `<cw-widget>` or a `thread.item.added` event. */
export interface BuiltWidgetRoot extends BuiltWidgetComponent {
  type: 'Card' | 'ListView' | 'Basic';
}

/** Where a rendered widget breaks the widget model: a JSON path and what is wrong there. */
export class WidgetShapeError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'WidgetShapeError';
  }
}

export const ROOT_TYPES = ['Card', 'ListView', 'Basic'] as const;
const MAX_DEPTH = 200;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `_drop_none` of chatkit-python, for values that are not components. */
function dropNone(value: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) throw new WidgetShapeError('$', 'nested too deeply');
  if (Array.isArray(value))
    return value.filter((v) => v !== null).map((v) => dropNone(v, depth + 1));
  if (isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      if (v !== null) safeSet(out, k, dropNone(v, depth + 1));
    return out;
  }
  return value;
}

function component(value: unknown, path: string, depth: number): BuiltWidgetComponent {
  if (depth > MAX_DEPTH) throw new WidgetShapeError(path, 'nested too deeply');
  if (!isObject(value)) throw new WidgetShapeError(path, 'a component must be an object');
  if (typeof value.type !== 'string')
    throw new WidgetShapeError(`${path}.type`, 'a component needs a string `type`');
  for (const field of ['key', 'id'] as const) {
    const v = value[field];
    if (v !== undefined && v !== null && typeof v !== 'string')
      throw new WidgetShapeError(`${path}.${field}`, `\`${field}\` must be a string`);
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === 'children') continue;
    if (v !== null) safeSet(out, k, dropNone(v, depth + 1));
  }
  const kids = children(value.children, `${path}.children`, depth + 1);
  if (kids !== null) safeSet(out, 'children', kids);
  return out as BuiltWidgetComponent;
}

function children(
  value: unknown,
  path: string,
  depth: number,
): BuiltWidgetComponent | BuiltWidgetComponent[] | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) {
    // Nulls in the list are validated as components (pydantic refuses them).
    return value.map((child, i) => component(child, `${path}[${i}]`, depth + 1));
  }
  return component(value, path, depth);
}

/** Checks and normalises a rendered widget root (see the module comment). */
export function normalizeWidgetRoot(value: unknown): BuiltWidgetRoot {
  const root = component(value, '$', 0);
  if (!(ROOT_TYPES as readonly string[]).includes(root.type))
    throw new WidgetShapeError(
      '$.type',
      `the root must be a Card, ListView or Basic, not ${JSON.stringify(root.type)}`,
    );
  return root as BuiltWidgetRoot;
}
