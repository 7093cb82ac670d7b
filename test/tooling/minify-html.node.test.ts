/**
 * The CDN build's template whitespace collapser (scripts/rollup-minify-html.mjs): each run of
 * whitespace holding a line break in a Lit `html`/`svg` template becomes one space; everything
 * else (other templates, strings, spaces without a line break, `<pre>`/`<textarea>` templates,
 * interpolated code) stays as written.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import minifyHtml from '../../scripts/rollup-minify-html.mjs';

function run(code: string, id = '/x/src/a.ts'): string {
  const plugin = minifyHtml() as unknown as {
    transform(code: string, id: string): { code: string } | null;
  };
  return plugin.transform(code, id)?.code ?? code;
}

describe('rollup-minify-html', () => {
  it('collapses line-break whitespace in html and svg templates, nested ones too', () => {
    const source = [
      'const a = html`<div',
      '    class="x ${y}"',
      '    @click=${() => f(`keep\n   this`)}',
      '  >',
      '    ${ok ? html`<b>',
      '          ${z}',
      '        </b>` : nothing} <i>a  b</i>',
      '  </div>`;',
      'const b = svg`<path d="M1 2"/>',
      '  <path d="M3 4"/>`;',
    ].join('\n');
    assert.equal(
      run(source),
      [
        'const a = html`<div class="x ${y}" @click=${() => f(`keep\n   this`)} > ${ok ? html`<b> ${z} </b>` : nothing} <i>a  b</i> </div>`;',
        'const b = svg`<path d="M1 2"/> <path d="M3 4"/>`;',
      ].join('\n'),
    );
  });

  it('leaves other templates, strings and <pre>/<textarea> templates as written', () => {
    const source = [
      'const a = css`:host {',
      '  color: red; }`;',
      'const b = `plain',
      '  text`;',
      "const c = 'one\\n  two';",
      'const d = html`<pre>',
      '  ${code}',
      '</pre>`;',
      'const e = html`<textarea>',
      '  x</textarea>`;',
      'const f = other.html`<p>',
      '  </p>`;',
    ].join('\n');
    assert.equal(run(source), source);
  });

  it('leaves files outside src/ alone', () => {
    const source = 'const a = html`<p>\n  x</p>`;';
    assert.equal(run(source, '/x/node_modules/lit/a.js'), source);
    assert.equal(run(source), 'const a = html`<p> x</p>`;');
  });
});
