/**
 * The Jinja engine behind `.widget` templates: `@huggingface/jinja` (an interpreter, no `eval`
 * and no `new Function`, so it runs under a strict CSP), set up the way chatkit-python's
 * `Environment(undefined=StrictUndefined)` renders:
 *
 * - no `trim_blocks`/`lstrip_blocks` (Jinja's defaults; the package's own `Template` turns them
 *   on), the trailing newline dropped;
 * - strict undefined: using a missing value (printing it, `tojson`, a test in `if`/`and`/`or`/
 *   `not`, a comparison, a loop over it, an attribute of it) is an error naming the expression;
 *   `default`, `is defined` and `is undefined` still work;
 * - `tojson` as Jinja's `htmlsafe_json_dumps` (sorted keys, ASCII, `<>&'` escaped, `indent`);
 * - printed values as Python prints them (`None`, `True`, `False`);
 * - `list.append(x)` (for `namespace` accumulators); `namespace`, `range`, `none`/`None`, `true`/
 *   `True`, `false`/`False` as globals.
 *
 * Pure TypeScript, no DOM: it runs in Node, workers and browsers.
 */
import { Environment, Interpreter, parse, tokenize } from './jinja.js';
import type { JinjaEnvironment } from './jinja.js';

/** A runtime value of the interpreter (the package does not export the classes). */
export interface RuntimeValue {
  type: string;
  value: unknown;
  __bool__(): { value: boolean };
  toString(): string;
}
/** A node of the parsed template. */
export interface TemplateNode {
  type: string;
  [field: string]: unknown;
}
type Env = JinjaEnvironment;

interface Internals {
  evaluate(node: TemplateNode | undefined, env: Env): RuntimeValue;
  evaluateMemberExpression(node: TemplateNode, env: Env): RuntimeValue;
  evaluateBinaryExpression(node: TemplateNode, env: Env): RuntimeValue;
  evaluateUnaryExpression(node: TemplateNode, env: Env): RuntimeValue;
  evaluateTernaryExpression(node: TemplateNode, env: Env): RuntimeValue;
  evaluateIf(node: TemplateNode, env: Env): RuntimeValue;
  evaluateFor(node: TemplateNode, env: Env): RuntimeValue;
  evaluateFilterExpression(node: TemplateNode, env: Env): RuntimeValue;
  applyFilter(operand: RuntimeValue, filter: TemplateNode, env: Env): RuntimeValue;
  evaluateArguments(args: unknown, env: Env): [RuntimeValue[], Map<string, RuntimeValue>];
  evaluateBlock(statements: TemplateNode[], env: Env): RuntimeValue;
  run(program: unknown): RuntimeValue;
}
const Base = Interpreter as unknown as new (env: Env) => Internals;

// The value classes, taken from values the package makes (it exports only the interpreter).
const probe = new Environment();
probe.set('s', '');
probe.set('n', null);
type ValueClass = new (value: unknown) => RuntimeValue;
const classOf = (name: string) =>
  (probe.lookupVariable(name) as { constructor: ValueClass }).constructor;
const FunctionValue = classOf('namespace');
const StringValue = classOf('s');
const NullValue = classOf('n');

/** A template error raised while rendering; `expression` names what failed when known. */
export class TemplateRuntimeError extends Error {
  constructor(
    message: string,
    readonly expression?: string,
  ) {
    super(message);
    this.name = 'TemplateRuntimeError';
  }
}

/** The source text of a simple expression (`item.name`, `items[0]`), for messages. */
export function describeExpression(node: TemplateNode | undefined): string {
  if (!node) return 'a value';
  switch (node.type) {
    case 'Identifier':
      return String(node.value);
    case 'StringLiteral':
      return JSON.stringify(node.value);
    case 'IntegerLiteral':
    case 'FloatLiteral':
      return String(node.value);
    case 'MemberExpression': {
      const object = describeExpression(node.object as TemplateNode);
      const property = node.property as TemplateNode;
      return node.computed
        ? `${object}[${describeExpression(property)}]`
        : `${object}.${String(property.value)}`;
    }
    case 'CallExpression':
      return `${describeExpression(node.callee as TemplateNode)}(…)`;
    case 'FilterExpression': {
      const filter = node.filter as TemplateNode;
      const name =
        filter.type === 'Identifier' ? filter.value : (filter.callee as TemplateNode).value;
      return `${describeExpression(node.operand as TemplateNode)} | ${String(name)}`;
    }
    default:
      return 'an expression';
  }
}

const undefinedError = (node: TemplateNode | undefined, use: string) => {
  const expression = describeExpression(node);
  return new TemplateRuntimeError(`'${expression}' is undefined (${use})`, expression);
};

const isUndefined = (v: RuntimeValue | undefined) => !v || v.type === 'UndefinedValue';

/** A node that stands for a value already evaluated (so a check does not evaluate twice). */
const EVALUATED = 'cw:Evaluated';
const evaluated = (value: RuntimeValue): TemplateNode => ({ type: EVALUATED, value });

/** Statements (their result is the block's text); every other node is a printed expression. */
const STATEMENTS = new Set([
  'Set',
  'If',
  'For',
  'Macro',
  'CallStatement',
  'Comment',
  'FilterStatement',
  'Break',
  'Continue',
]);

/** Runtime values to plain data, for `tojson`. */
function toData(value: RuntimeValue, node: TemplateNode | undefined, depth = 0): unknown {
  if (depth > 200) throw new TemplateRuntimeError('tojson: the value is nested too deeply');
  switch (value.type) {
    case 'UndefinedValue':
      throw undefinedError(node, 'tojson');
    case 'NullValue':
      return null;
    case 'ArrayValue':
    case 'TupleValue':
      return (value.value as RuntimeValue[]).map((v) => toData(v, node, depth + 1));
    case 'ObjectValue':
    case 'NamespaceValue': {
      const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      for (const [k, v] of value.value as Map<string, RuntimeValue>)
        out[k] = toData(v, node, depth + 1);
      return out;
    }
    case 'FunctionValue':
      throw new TemplateRuntimeError('tojson: a function is not JSON serializable');
    default:
      return value.value;
  }
}

const HTML_SAFE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  "'": '\\u0027',
};

/** Python's `json.dumps(sort_keys=True, ensure_ascii=True)` with Jinja's HTML-safe escapes. */
export function pythonJson(data: unknown, indent: number | null, level = 0): string {
  if (data === null || data === undefined) return 'null';
  if (typeof data === 'boolean' || typeof data === 'number') {
    if (typeof data === 'number' && !Number.isFinite(data))
      return Number.isNaN(data) ? 'NaN' : data > 0 ? 'Infinity' : '-Infinity';
    return JSON.stringify(data);
  }
  if (typeof data === 'string')
    return JSON.stringify(data)
      .replace(/[<>&']/g, (c) => HTML_SAFE[c]!)
      .replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const pad = indent === null ? '' : '\n' + ' '.repeat(indent * (level + 1));
  const end = indent === null ? '' : '\n' + ' '.repeat(indent * level);
  const item = indent === null ? ', ' : ',';
  if (Array.isArray(data)) {
    if (!data.length) return '[]';
    return `[${pad}${data.map((v) => pythonJson(v, indent, level + 1)).join(item + pad)}${end}]`;
  }
  const entries = Object.keys(data)
    .sort()
    .map(
      (k) =>
        `${pythonJson(k, indent)}: ${pythonJson((data as Record<string, unknown>)[k], indent, level + 1)}`,
    );
  if (!entries.length) return '{}';
  return `{${pad}${entries.join(item + pad)}${end}}`;
}

/** Python's `str()` of a printed value. */
function printed(value: RuntimeValue): string {
  if (value.type === 'NullValue') return 'None';
  if (value.type === 'BooleanValue') return value.value ? 'True' : 'False';
  return value.toString();
}

class WidgetInterpreter extends Base {
  override evaluate(node: TemplateNode | undefined, env: Env): RuntimeValue {
    if (node?.type === EVALUATED) return node.value as RuntimeValue;
    return super.evaluate(node, env);
  }

  /** Checks one operand for undefined and evaluates it once. */
  private defined(node: TemplateNode, env: Env, use: string): TemplateNode {
    const value = this.evaluate(node, env);
    if (isUndefined(value)) throw undefinedError(node, use);
    return evaluated(value);
  }

  override evaluateMemberExpression(node: TemplateNode, env: Env): RuntimeValue {
    const objectNode = node.object as TemplateNode;
    const object = this.evaluate(objectNode, env);
    if (isUndefined(object)) throw undefinedError(objectNode, 'attribute of an undefined value');
    const property = node.property as TemplateNode;
    if (!node.computed && property.value === 'append' && object.type === 'ArrayValue') {
      return new FunctionValue((args: RuntimeValue[]) => {
        (object.value as RuntimeValue[]).push(args[0] ?? new NullValue(null));
        return new NullValue(null);
      });
    }
    return super.evaluateMemberExpression({ ...node, object: evaluated(object) }, env);
  }

  override evaluateBinaryExpression(node: TemplateNode, env: Env): RuntimeValue {
    const op = String((node.operator as { value: string }).value);
    const left = this.defined(node.left as TemplateNode, env, `left of '${op}'`);
    if (op === 'and' || op === 'or' || op === 'in' || op === 'not in' || op === '~')
      return super.evaluateBinaryExpression({ ...node, left }, env);
    const right = this.defined(node.right as TemplateNode, env, `right of '${op}'`);
    return super.evaluateBinaryExpression({ ...node, left, right }, env);
  }

  override evaluateUnaryExpression(node: TemplateNode, env: Env): RuntimeValue {
    const argument = this.defined(node.argument as TemplateNode, env, 'operand of not');
    return super.evaluateUnaryExpression({ ...node, argument }, env);
  }

  override evaluateTernaryExpression(node: TemplateNode, env: Env): RuntimeValue {
    const condition = this.defined(node.condition as TemplateNode, env, 'condition');
    return super.evaluateTernaryExpression({ ...node, condition }, env);
  }

  override evaluateIf(node: TemplateNode, env: Env): RuntimeValue {
    const test = this.defined(node.test as TemplateNode, env, 'if');
    return super.evaluateIf({ ...node, test }, env);
  }

  override evaluateFor(node: TemplateNode, env: Env): RuntimeValue {
    const iterable = node.iterable as TemplateNode;
    if (iterable.type === 'SelectExpression') return super.evaluateFor(node, env);
    return super.evaluateFor({ ...node, iterable: this.defined(iterable, env, 'for') }, env);
  }

  override evaluateFilterExpression(node: TemplateNode, env: Env): RuntimeValue {
    const filter = node.filter as TemplateNode;
    const name =
      filter.type === 'Identifier'
        ? filter.value
        : (filter.callee as TemplateNode | undefined)?.value;
    if (name !== 'tojson') return super.evaluateFilterExpression(node, env);
    const operandNode = node.operand as TemplateNode;
    const operand = this.evaluate(operandNode, env);
    let indent: number | null = null;
    if (filter.type === 'CallExpression') {
      const [args, kwargs] = this.evaluateArguments(filter.args, env);
      const given = kwargs.get('indent') ?? args[0];
      if (given && given.type !== 'NullValue') {
        if (given.type !== 'IntegerValue')
          throw new TemplateRuntimeError('tojson: indent must be an integer');
        indent = given.value as number;
      }
    }
    return new StringValue(pythonJson(toData(operand, operandNode), indent));
  }

  override evaluateBlock(statements: TemplateNode[], env: Env): RuntimeValue {
    let result = '';
    for (const statement of statements) {
      const value = this.evaluate(statement, env);
      if (STATEMENTS.has(statement.type)) {
        if (value.type !== 'NullValue' && value.type !== 'UndefinedValue')
          result += value.toString();
        continue;
      }
      if (isUndefined(value)) throw undefinedError(statement, 'printed');
      result += printed(value);
    }
    return new StringValue(result);
  }
}

/** A parsed template: parse once, render many times. */
export interface CompiledTemplate {
  render(data: Readonly<Record<string, unknown>>): string;
}

/**
 * Parses a Jinja template (Jinja's default whitespace handling). Throws the engine's
 * `SyntaxError` (no position: callers locate it, see locate.ts).
 */
export function compileTemplate(source: string): CompiledTemplate {
  const program = parse(tokenize(source, { lstrip_blocks: false, trim_blocks: false }));
  return {
    render(data) {
      const env = new Environment();
      for (const [name, value] of [
        ['true', true],
        ['false', false],
        ['none', null],
        ['True', true],
        ['False', false],
        ['None', null],
      ] as const)
        env.set(name, value);
      env.set('range', (start: number, stop?: number, step = 1) => {
        const [from, to] = stop === undefined ? [0, start] : [start, stop];
        const out: number[] = [];
        if (step === 0) throw new TemplateRuntimeError('range: step must not be zero');
        for (let i = from; step > 0 ? i < to : i > to; i += step) {
          out.push(i);
          if (out.length > 100_000) throw new TemplateRuntimeError('range: too many items');
        }
        return out;
      });
      for (const [key, value] of Object.entries(data)) env.set(key, value);
      const result = new WidgetInterpreter(env).run(program);
      return String(result.value);
    },
  };
}
