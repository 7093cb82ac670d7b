/**
 * `chat-widgets/templates` on small templates: the Jinja features the Widget Builder emits (each
 * compared with the Python SDK when .venv is set up, else with the literal result), and every kind
 * of failure named by its place, with nothing returned half.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

import { loadWidgetFile, WidgetTemplateError } from '../../src/templates/index.js';
import type { WidgetTemplate } from '../../src/templates/index.js';
import { pythonBuild, pythonSkip } from './python.js';

const file = (template: string, jsonSchema: unknown = {}) => ({
  version: '1.0',
  name: 't',
  template,
  jsonSchema,
});
const text = (value: string) => `{"type":"Card","children":[{"type":"Text","value":${value}}]}`;

/** [name, template, data, the built Text value]. */
const FEATURES: [string, string, Record<string, unknown>, unknown][] = [
  [
    'tojson of a string (escapes, unicode)',
    text('{{ s | tojson }}'),
    { s: 'a<b>&\'é"' },
    'a<b>&\'é"',
  ],
  [
    'tojson of an object (sorted keys, indent)',
    text('{{ o | tojson(indent=2) }}'),
    { o: { b: 1, a: [1, 2] } },
    { a: [1, 2], b: 1 },
  ],
  [
    '~ concatenation of numbers and strings',
    text('{{ ("n" ~ n ~ "-" ~ s) | tojson }}'),
    { n: 3, s: 'x' },
    'n3-x',
  ],
  [
    'slicing',
    text('{{ (s[1:] ~ "|" ~ s[:2] ~ "|" ~ s[::-1]) | tojson }}'),
    { s: 'abc' },
    'bc|ab|cba',
  ],
  [
    'set block with slicing of a leading comma',
    '{"type":"Card","children":[{%- set _c -%}{%- for x in xs -%},{"type":"Text","value":{{ x | tojson }}}{%- endfor -%}{%- endset -%}{{- (_c[1:] if _c and _c[0] == \',\' else _c) -}}]}',
    { xs: ['a', 'b'] },
    'a',
  ],
  [
    'default on a missing value and on a missing attribute',
    text('{{ (missing | default("d") ~ o.x | default("e")) | tojson }}'),
    { o: {} },
    'de',
  ],
  ['default(None) and is none', text('{{ ((a | default(None)) is none) | tojson }}'), {}, true],
  [
    'if / elif / else',
    text('{% if n > 2 %}"big"{% elif n > 1 %}"mid"{% else %}"small"{% endif %}'),
    { n: 2 },
    'mid',
  ],
  [
    'namespace and list.append',
    '{%- set ns = namespace(items=[]) -%}{%- for x in xs -%}{%- set _ = ns.items.append({"type": "Text", "value": x | upper}) -%}{%- endfor -%}{{ {"type": "Card", "children": ns.items} | tojson }}',
    { xs: ['a'] },
    'A',
  ],
  [
    'loop.index, length, join, title, and/or values',
    text(
      '{{ (loop_test ~ "|" ~ (xs | length) ~ "|" ~ (xs | join(",")) ~ "|" ~ ("ab cd" | title) ~ "|" ~ (f and "y" or "n")) | tojson }}',
    ).replace('loop_test', '(xs | first)'),
    { xs: ['p', 'q'], f: false },
    'p|2|p,q|Ab Cd|n',
  ],
  [
    'printed values as Python prints them',
    text('"{{ t }} {{ n }} {{ f }}"'),
    { t: true, n: null, f: 1.5 },
    'True None 1.5',
  ],
  [
    'null fields dropped, children kept',
    '{"type":"Card","key":null,"children":[{"type":"Text","value":"v","color":null,"x":[1,null]}]}',
    {},
    'v',
  ],
];

function valueOf(widget: unknown): unknown {
  return (widget as { children: { value: unknown }[] }).children[0]!.value;
}

describe('templates: Jinja features', () => {
  for (const [name, template, data, expected] of FEATURES)
    it(name, () => assert.deepEqual(valueOf(loadWidgetFile(file(template)).build(data)), expected));

  it('null values are dropped as the Python SDK sends them', () => {
    const built = loadWidgetFile(file(FEATURES.at(-1)![1])).build({});
    assert.deepEqual(built, { type: 'Card', children: [{ type: 'Text', value: 'v', x: [1] }] });
  });

  it('each feature builds what the Python SDK builds', { skip: pythonSkip }, () => {
    const python = pythonBuild(
      FEATURES.map(([, template, data]) => ({ widget: file(template), data })),
    );
    FEATURES.forEach(([name, template, data], i) =>
      assert.deepEqual({ ok: loadWidgetFile(file(template)).build(data) }, python[i], name),
    );
  });

  it('the demo’s own .widget files build their previews', () => {
    for (const name of ['order-status', 'team-list']) {
      const source = readFileSync(
        new URL(`../../demo/widgets/${name}.widget`, import.meta.url),
        'utf8',
      );
      const template = loadWidgetFile(source);
      assert.deepEqual(
        template.build(template.previewData),
        JSON.parse(source).outputJsonPreview,
        name,
      );
    }
  });
});

function failure(run: () => unknown): WidgetTemplateError {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof WidgetTemplateError, String(error));
    return error;
  }
  assert.fail('did not throw: something was built');
}

const schema = {
  type: 'object',
  properties: {
    items: {
      type: 'array',
      items: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
    },
  },
  required: ['items'],
};
const listTemplate = (t: string) => loadWidgetFile(file(t, schema)) as WidgetTemplate;

describe('templates: errors name their place', () => {
  it('schema violations name the data path, all of them listed', () => {
    const e = failure(() =>
      listTemplate(text('"x"')).build({ items: [{ name: 'a' }, { name: 3 }, {}] }),
    );
    assert.equal(e.kind, 'data');
    assert.equal(e.path, '$.items[1].name');
    assert.match(e.message, /\$\.items\[1\]\.name.*string/);
    assert.deepEqual(
      e.issues.map((i) => i.path),
      ['$.items[1].name', '$.items[2].name'],
    );
    assert.equal(failure(() => listTemplate(text('"x"')).build({})).path, '$.items');
  });

  it('a syntax error names its line; so does an unclosed block and a wrong end tag', () => {
    let e = failure(() =>
      loadWidgetFile(file('{\n"type": "Card",\n"children": [{{ x | tojson ) }}]}')),
    );
    assert.equal(e.kind, 'syntax');
    assert.equal(e.line, 3);
    e = failure(() => loadWidgetFile(file('{"type": "Card"\n{% for x in xs %}\n, "a": 1\n}')));
    assert.equal(e.line, 2);
    assert.match(e.message, /never closed/);
    e = failure(() => loadWidgetFile(file('{% if a %}\n\n{% endfor %}')));
    assert.equal(e.line, 3);
  });

  it('an unknown filter is refused when the file loads, naming the filter and its line', () => {
    const e = failure(() =>
      loadWidgetFile(file('{"type":"Card",\n"children":[\n{{ x | frobnicate }}]}')),
    );
    assert.equal(e.kind, 'syntax');
    assert.equal(e.line, 3);
    assert.match(e.message, /Unknown filter 'frobnicate'/);
  });

  it('a missing value (StrictUndefined, as chatkit-python) names the expression and its line', () => {
    const e = failure(() =>
      listTemplate(
        '{"type":"Card",\n"children":[{"type":"Text","value":{{ item.title | tojson }}}]}',
      ).build({ items: [], item: {} }, { validate: false }),
    );
    assert.equal(e.kind, 'render');
    assert.equal(e.line, 2);
    assert.match(e.message, /'item\.title' is undefined/);
    assert.match(
      failure(() => loadWidgetFile(file('{% if nothing %}{% endif %}')).build({})).message,
      /'nothing' is undefined/,
    );
  });

  it('output that is not JSON names its line and column in the output', () => {
    const e = failure(() =>
      loadWidgetFile(file('{"type": "Card",\n"children": [{{ flag }}]}')).build({ flag: true }),
    );
    assert.equal(e.kind, 'output');
    assert.equal(e.line, 2);
    assert.match(e.message, /not render valid JSON/);
  });

  it('a widget the model refuses names the path (root type, component type, key type)', () => {
    assert.equal(failure(() => loadWidgetFile(file('{"type":"Text"}')).build({})).path, '$.type');
    assert.equal(
      failure(() => loadWidgetFile(file('{"type":"Card","children":[{"value":1}]}')).build({}))
        .path,
      '$.children[0].type',
    );
    assert.equal(
      failure(() =>
        loadWidgetFile(file('{"type":"Card","children":[{"type":"Text","key":3}]}')).build({}),
      ).path,
      '$.children[0].key',
    );
  });

  it('a broken file: not JSON, wrong version, no template', () => {
    assert.equal(failure(() => loadWidgetFile('{"version": ')).kind, 'file');
    assert.equal(
      failure(() => loadWidgetFile({ ...file('{}'), version: '2.0' })).path,
      '$.version',
    );
    assert.equal(
      failure(() => loadWidgetFile({ version: '1.0', name: 'x' } as never)).path,
      '$.template',
    );
  });

  it('round trip: toFile keeps unknown fields and writes the data back as the Builder state', () => {
    const source = readFileSync(
      new URL('../../demo/widgets/team-list.widget', import.meta.url),
      'utf8',
    );
    const template = loadWidgetFile({ ...JSON.parse(source), futureField: { kept: true } });
    const saved = template.toFile({
      template: template.source + '\n',
      previewData: { people: [] },
    });
    assert.deepEqual(saved.futureField, { kept: true });
    assert.equal(saved.template, template.source + '\n');
    assert.deepEqual(loadWidgetFile(saved).previewData, { people: [] });
  });
});
