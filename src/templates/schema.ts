/**
 * Data checks against a `.widget` file's `jsonSchema`, with `@cfworker/json-schema` (an
 * interpreter: no generated code, so it runs under a strict CSP, unlike Ajv).
 *
 * Pure TypeScript, no DOM.
 */
import { Validator } from '@cfworker/json-schema';
import type { OutputUnit } from '@cfworker/json-schema';

/** One place where the data breaks the schema. */
export interface SchemaIssue {
  /** Where in the data, as `$.items[1].name` (`$` is the data itself). */
  path: string;
  /** What is wrong there. */
  message: string;
  /** The schema keyword that failed (`type`, `required`, …). */
  keyword: string;
}

// Keywords that only say "something inside failed"; the inner error names the place.
const WRAPPERS = new Set([
  'properties',
  'items',
  'prefixItems',
  'additionalItems',
  'patternProperties',
  'allOf',
  '$ref',
  '$dynamicRef',
  'dependentSchemas',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'then',
  'else',
]);

/** `#/items/1/name` → `$.items[1].name`. */
export function pointerToPath(pointer: string): string {
  const parts = pointer.replace(/^#\/?/, '').split('/').filter(Boolean);
  let path = '$';
  for (const raw of parts) {
    const part = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    path += /^\d+$/.test(part)
      ? `[${part}]`
      : /^[A-Za-z_$][\w$]*$/.test(part)
        ? `.${part}`
        : `[${JSON.stringify(part)}]`;
  }
  return path;
}

function issuesOf(errors: readonly OutputUnit[]): SchemaIssue[] {
  const leaves = errors.filter((e) => !WRAPPERS.has(e.keyword));
  const seen = new Set<string>();
  const out: SchemaIssue[] = [];
  for (const e of leaves.length ? leaves : errors) {
    let path = pointerToPath(e.instanceLocation);
    // A missing property is named by where it should be.
    const missing = e.keyword === 'required' ? /property "([^"]*)"/.exec(e.error) : null;
    if (missing)
      path = pointerToPath(
        `${e.instanceLocation}/${missing[1]!.replace(/~/g, '~0').replace(/\//g, '~1')}`,
      );
    const issue = { path, message: e.error, keyword: e.keyword };
    const id = `${issue.path}\u0000${issue.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(issue);
  }
  return out;
}

/** A compiled schema: `check(data)` lists the issues (empty when the data is valid). */
export interface DataSchema {
  check(data: unknown): SchemaIssue[];
}

/** Compiles a JSON Schema (draft 2020-12 unless it names another). Throws on a broken schema. */
export function compileSchema(schema: unknown): DataSchema {
  if (schema === undefined || schema === null) return { check: () => [] };
  if (typeof schema !== 'object' && typeof schema !== 'boolean')
    throw new TypeError('jsonSchema must be an object');
  const declared = (schema as { $schema?: unknown }).$schema;
  const draft =
    typeof declared === 'string' && /draft-0?4/.test(declared)
      ? '4'
      : typeof declared === 'string' && /draft-0?7/.test(declared)
        ? '7'
        : typeof declared === 'string' && /2019-09/.test(declared)
          ? '2019-09'
          : '2020-12';
  const validator = new Validator(schema, draft, false);
  return {
    check(data) {
      const result = validator.validate(data);
      return result.valid ? [] : issuesOf(result.errors);
    },
  };
}
