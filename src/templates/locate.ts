/**
 * Finding the line of a template error. The engine reports no positions, so a failure is placed
 * by looking at the template's tags one by one: a tag that does not parse on its own, a block
 * that is closed by the wrong `end…` or never closed, or (for errors while rendering) the first
 * tag that holds the failing expression or filter.
 *
 * Pure TypeScript, no DOM.
 */
import { parse, tokenize } from './jinja.js';

/** A tag of the template: its text, inner source and 1-based line and column. */
interface Tag {
  kind: '{{' | '{%' | '{#';
  inner: string;
  line: number;
  column: number;
}

/** Where in a text an error is: 1-based line and column. */
export interface TextPlace {
  line: number;
  column: number;
}

export function placeOf(text: string, index: number): TextPlace {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

function tagsOf(source: string): Tag[] {
  const tags: Tag[] = [];
  const re = /\{\{([\s\S]*?)\}\}|\{%([\s\S]*?)%\}|\{#[\s\S]*?#\}/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const kind = m[0].slice(0, 2) as Tag['kind'];
    const inner = (m[1] ?? m[2] ?? '').replace(/^[-+]/, '').replace(/[-+]$/, '');
    tags.push({ kind, inner, ...placeOf(source, m.index) });
  }
  return tags;
}

const parses = (expression: string) => {
  try {
    parse(tokenize(`{{ ${expression} }}`));
    return true;
  } catch {
    return false;
  }
};

const OPENERS = new Set(['for', 'if', 'macro', 'call', 'filter', 'raw', 'generation']);

/** The place of a syntax error, or null when no single tag can be blamed. */
export function locateSyntaxError(source: string): (TextPlace & { hint: string }) | null {
  const stack: { name: string; tag: Tag }[] = [];
  for (const tag of tagsOf(source)) {
    if (tag.kind === '{#') continue;
    if (tag.kind === '{{') {
      if (!parses(tag.inner)) return { ...tag, hint: `{{${tag.inner}}} does not parse` };
      continue;
    }
    const body = tag.inner.trim();
    const name = /^\w+/.exec(body)?.[0] ?? '';
    const rest = body.slice(name.length).trim();
    let expression: string | null = null;
    if (name === 'if' || name === 'elif') expression = rest;
    else if (name === 'for')
      expression = /^.+?\bin\b([\s\S]+?)(?:\bif\b[\s\S]*)?$/.exec(rest)?.[1] ?? '';
    else if (name === 'set' && rest.includes('=')) expression = rest.slice(rest.indexOf('=') + 1);
    if (expression !== null && !parses(expression))
      return { ...tag, hint: `{% ${body} %} does not parse` };
    if (OPENERS.has(name) || (name === 'set' && !rest.includes('='))) {
      stack.push({ name, tag });
    } else if (name.startsWith('end')) {
      const open = stack.pop();
      if (!open) return { ...tag, hint: `{% ${body} %} closes nothing` };
      if (`end${open.name}` !== name)
        return {
          ...tag,
          hint: `{% ${body} %} closes the {% ${open.name} %} of line ${open.tag.line}`,
        };
    } else if (name === 'else' || name === 'elif') {
      const top = stack.at(-1)?.name;
      if (top !== 'if' && !(name === 'else' && top === 'for'))
        return { ...tag, hint: `{% ${name} %} outside an {% if %}` };
    } else if (!['set', 'break', 'continue', 'include', 'import', 'from', 'do'].includes(name)) {
      return { ...tag, hint: `unknown tag {% ${name} %}` };
    }
  }
  const open = stack.pop();
  return open ? { ...open.tag, hint: `{% ${open.name} %} is never closed` } : null;
}

/** The first tag that mentions `needle` (an expression or a `| filter`). */
export function locateText(source: string, needle: RegExp | string): TextPlace | null {
  for (const tag of tagsOf(source)) {
    const found = typeof needle === 'string' ? tag.inner.includes(needle) : needle.test(tag.inner);
    if (found) return { line: tag.line, column: tag.column };
  }
  return null;
}

/** The filters the engine has (a template with another one fails when it loads, as in Jinja). */
export const SUPPORTED_FILTERS: ReadonlySet<string> = new Set(
  (
    'abs bool capitalize default first float indent int items join last length list lower map ' +
    'rejectattr replace reverse safe selectattr sort string title tojson trim unique upper'
  ).split(' '),
);

/** Every filter a parsed template uses (walks the syntax tree). */
export function filtersUsed(program: unknown): Set<string> {
  const found = new Set<string>();
  const stack: unknown[] = [program];
  let guard = 0;
  while (stack.length && guard++ < 1_000_000) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    if (Array.isArray(node) || node instanceof Map) {
      for (const item of node instanceof Map ? node.entries() : node) stack.push(item);
      continue;
    }
    const n = node as {
      type?: unknown;
      filter?: { type?: string; value?: string; callee?: { value?: string } };
    };
    if ((n.type === 'FilterExpression' || n.type === 'FilterStatement') && n.filter) {
      const name = n.filter.type === 'Identifier' ? n.filter.value : n.filter.callee?.value;
      if (name) found.add(name);
    }
    for (const value of Object.values(node))
      if (value && typeof value === 'object') stack.push(value);
  }
  return found;
}

/**
 * The index of the first JSON syntax error in `text` (engines word and place their messages
 * differently, and V8's often gives no position), or null when the text is valid JSON.
 */
export function jsonErrorIndex(text: string): number | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  class At extends Error {}
  const fail = (): never => {
    throw new At(String(i));
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
    if (text[i] !== '"') fail();
    i++;
  };
  const value = (depth: number): void => {
    if (depth > 10_000) fail();
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) return void i++;
      for (;;) {
        if (c === '{') {
          ws();
          if (text[i] !== '"') fail();
          string();
          ws();
          if (text[i] !== ':') fail();
          i++;
        }
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === close) return void i++;
        else fail();
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  try {
    value(0);
    ws();
    return i < text.length ? i : null;
  } catch (error) {
    if (error instanceof At) return Number(error.message);
    throw error;
  }
}
