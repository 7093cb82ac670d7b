/**
 * `.widget` files (OpenAI's Widget Builder exports) loaded, checked and built into widget roots,
 * the way chatkit-python's `WidgetTemplate.build` does: Jinja render → `JSON.parse` → the
 * `DynamicWidgetRoot` checks and normalisation (normalize.ts). Before rendering, the data is
 * checked against the file's `jsonSchema` (chatkit-python does not; `{validate: false}` skips it).
 *
 * Every failure is a `WidgetTemplateError` naming its place; a build either returns a whole
 * widget or throws: nothing is returned half.
 *
 * Pure TypeScript, no DOM, no `eval`: runs in browsers (under a strict CSP), Node and workers.
 */
import { parse, tokenize } from './jinja.js';

import { compileTemplate, TemplateRuntimeError } from './engine.js';
import type { CompiledTemplate } from './engine.js';
import {
  filtersUsed,
  jsonErrorIndex,
  locateSyntaxError,
  locateText,
  placeOf,
  SUPPORTED_FILTERS,
} from './locate.js';
import { normalizeWidgetRoot, WidgetShapeError } from './normalize.js';
import type { BuiltWidgetRoot } from './normalize.js';
import { compileSchema } from './schema.js';
import type { DataSchema, SchemaIssue } from './schema.js';

/** What went wrong: the file, the data, the template (syntax or render), its output, the widget. */
export type WidgetTemplateErrorKind =
  'file' | 'schema' | 'data' | 'syntax' | 'render' | 'output' | 'widget';

/** A failure to load or build a `.widget` file, with its place. */
export class WidgetTemplateError extends Error {
  /** Which step failed. */
  readonly kind: WidgetTemplateErrorKind;
  /** A JSON path (`$.items[1].name`) in the data (`data`), the file (`file`, `schema`) or the built widget (`widget`). */
  readonly path: string | null;
  /** 1-based line in the template (`syntax`, `render`) or in the rendered text (`output`). */
  readonly line: number | null;
  readonly column: number | null;
  /** Every schema violation (`data`), the first of which is `path`. */
  readonly issues: readonly SchemaIssue[];

  constructor(
    kind: WidgetTemplateErrorKind,
    message: string,
    place: {
      path?: string | null;
      line?: number | null;
      column?: number | null;
      issues?: SchemaIssue[];
    } = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'WidgetTemplateError';
    this.kind = kind;
    this.path = place.path ?? null;
    this.line = place.line ?? null;
    this.column = place.column ?? null;
    this.issues = place.issues ?? [];
  }
}

/** The fields of a `.widget` file this module reads; others are kept as they are. */
export interface WidgetFileDefinition {
  version: string;
  name: string;
  template: string;
  jsonSchema?: unknown;
  outputJsonPreview?: unknown;
  encodedWidget?: string;
  [field: string]: unknown;
}

export interface BuildOptions {
  /** Check the data against `jsonSchema` first (default true). */
  validate?: boolean;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

function decodeBase64Url(text: string): string {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

function encodeBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The Builder's own state in `encodedWidget` (`defaultState`, `states`, …), or null. */
export function decodeEncodedWidget(encoded: unknown): Record<string, unknown> | null {
  if (typeof encoded !== 'string' || !encoded) return null;
  try {
    const value: unknown = JSON.parse(decodeBase64Url(encoded));
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** Parses a template, placing a syntax error or an unknown filter on its line. */
function compileChecked(source: string): CompiledTemplate {
  let program: unknown;
  try {
    program = parse(tokenize(source, { lstrip_blocks: false, trim_blocks: false }));
  } catch (error) {
    const place = locateSyntaxError(source);
    const where = place ? ` at line ${place.line} (${place.hint})` : '';
    throw new WidgetTemplateError(
      'syntax',
      `Template syntax error${where}: ${message(error)}`,
      place ?? {},
      {
        cause: error,
      },
    );
  }
  for (const filter of filtersUsed(program)) {
    if (SUPPORTED_FILTERS.has(filter)) continue;
    const place = locateText(source, new RegExp(`\\|\\s*${filter}\\b`));
    throw new WidgetTemplateError(
      'syntax',
      `Unknown filter '${filter}'${place ? ` at line ${place.line}` : ''} (supported: ${[...SUPPORTED_FILTERS].join(', ')})`,
      place ?? {},
    );
  }
  return compileTemplate(source);
}

/** A loaded `.widget` file: build widgets from data, edit it, save it back. */
export class WidgetTemplate {
  readonly version: string;
  readonly name: string;
  readonly source: string;
  readonly jsonSchema: unknown;
  /** The file as loaded (unknown fields included), for `toJSON`. */
  readonly definition: Readonly<WidgetFileDefinition>;
  private readonly compiled: CompiledTemplate;
  private readonly schema: DataSchema;

  constructor(definition: WidgetFileDefinition) {
    if (!definition || typeof definition !== 'object' || Array.isArray(definition))
      throw new WidgetTemplateError('file', 'A .widget file must be a JSON object', { path: '$' });
    if (definition.version !== '1.0')
      throw new WidgetTemplateError(
        'file',
        `Unsupported widget spec version: ${JSON.stringify(definition.version)} (expected "1.0")`,
        { path: '$.version' },
      );
    if (typeof definition.template !== 'string')
      throw new WidgetTemplateError('file', 'A .widget file needs a `template` string', {
        path: '$.template',
      });
    this.definition = definition;
    this.version = definition.version;
    this.name = typeof definition.name === 'string' ? definition.name : '';
    this.source = definition.template;
    this.jsonSchema = definition.jsonSchema ?? {};
    try {
      this.schema = compileSchema(this.jsonSchema);
    } catch (error) {
      throw new WidgetTemplateError(
        'schema',
        `The jsonSchema cannot be used: ${message(error)}`,
        { path: '$.jsonSchema' },
        { cause: error },
      );
    }
    this.compiled = compileChecked(this.source);
  }

  /** The sample data the Builder rendered `outputJsonPreview` with (`defaultState`), or null. */
  get previewData(): Record<string, unknown> | null {
    const state = decodeEncodedWidget(this.definition.encodedWidget)?.defaultState;
    return state && typeof state === 'object' && !Array.isArray(state)
      ? (state as Record<string, unknown>)
      : null;
  }

  /** Schema violations of `data` (empty when valid). */
  check(data: unknown): SchemaIssue[] {
    return this.schema.check(data ?? {});
  }

  /** Renders the template only (no JSON parse): the text a template error would be in. */
  render(data: Record<string, unknown> | null = null): string {
    try {
      return this.compiled.render(data ?? {});
    } catch (error) {
      const expression = error instanceof TemplateRuntimeError ? error.expression : undefined;
      const filter = /Unknown \w+ filter: (\w+)|filter "(\w+)"/.exec(message(error));
      const needle =
        expression ?? (filter ? new RegExp(`\\|\\s*${filter[1] ?? filter[2]}\\b`) : null);
      const place = needle ? locateText(this.source, needle) : null;
      throw new WidgetTemplateError(
        'render',
        `Template error${place ? ` at line ${place.line}` : ''}: ${message(error)}`,
        { ...place, path: null },
        { cause: error },
      );
    }
  }

  /** Builds the widget root for `data` (see the module comment). Throws `WidgetTemplateError`. */
  build(data: Record<string, unknown> | null = null, options: BuildOptions = {}): BuiltWidgetRoot {
    if (data !== null && (typeof data !== 'object' || Array.isArray(data)))
      throw new WidgetTemplateError('data', 'The data must be an object', { path: '$' });
    if (options.validate !== false) {
      const issues = this.check(data ?? {});
      if (issues.length) {
        const first = issues[0]!;
        const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
        throw new WidgetTemplateError(
          'data',
          `Data does not match the schema at ${first.path}: ${first.message}${more}`,
          { path: first.path, issues },
        );
      }
    }
    const text = this.render(data);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      const at = jsonErrorIndex(text);
      const place = at === null ? null : placeOf(text, at);
      throw new WidgetTemplateError(
        'output',
        `The template did not render valid JSON${place ? ` (line ${place.line}, column ${place.column} of its output)` : ''}: ${message(error)}`,
        place ?? {},
        { cause: error },
      );
    }
    try {
      return normalizeWidgetRoot(json);
    } catch (error) {
      if (!(error instanceof WidgetShapeError)) throw error;
      throw new WidgetTemplateError(
        'widget',
        `The rendered widget is not valid at ${error.message}`,
        { path: error.path },
        { cause: error },
      );
    }
  }

  /**
   * The `.widget` file with some fields replaced (`template`, `jsonSchema`, `outputJsonPreview`,
   * preview data as the Builder's `defaultState`); every other field is kept as loaded.
   */
  toFile(
    changes: {
      template?: string;
      jsonSchema?: unknown;
      outputJsonPreview?: unknown;
      previewData?: Record<string, unknown>;
    } = {},
  ): WidgetFileDefinition {
    const out: WidgetFileDefinition = { ...this.definition };
    if (changes.template !== undefined) out.template = changes.template;
    if (changes.jsonSchema !== undefined) out.jsonSchema = changes.jsonSchema;
    if (changes.outputJsonPreview !== undefined) out.outputJsonPreview = changes.outputJsonPreview;
    const encoded = decodeEncodedWidget(out.encodedWidget);
    if (encoded && (changes.previewData !== undefined || changes.jsonSchema !== undefined)) {
      if (changes.previewData !== undefined) encoded.defaultState = changes.previewData;
      if (changes.jsonSchema !== undefined && 'jsonSchema' in encoded)
        encoded.jsonSchema = changes.jsonSchema;
      out.encodedWidget = encodeBase64Url(JSON.stringify(encoded));
    }
    return out;
  }

  /** The file as loaded (for `JSON.stringify`). */
  toJSON(): WidgetFileDefinition {
    return { ...this.definition };
  }
}

/** Loads a `.widget` file from its text or its parsed JSON. Throws `WidgetTemplateError`. */
export function loadWidgetFile(file: string | WidgetFileDefinition): WidgetTemplate {
  let definition: unknown = file;
  if (typeof file === 'string') {
    try {
      definition = JSON.parse(file);
    } catch (error) {
      const at = jsonErrorIndex(file);
      const place = at === null ? null : placeOf(file, at);
      throw new WidgetTemplateError(
        'file',
        `A .widget file must be JSON: ${message(error)}`,
        { path: '$', ...place },
        { cause: error },
      );
    }
  }
  return new WidgetTemplate(definition as WidgetFileDefinition);
}

/** Loads, checks and builds in one step. */
export function buildWidget(
  file: string | WidgetFileDefinition | WidgetTemplate,
  data: Record<string, unknown> | null = null,
  options?: BuildOptions,
): BuiltWidgetRoot {
  const template = file instanceof WidgetTemplate ? file : loadWidgetFile(file);
  return template.build(data, options);
}
