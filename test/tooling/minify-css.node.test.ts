/**
 * The CDN build's CSS minifier (scripts/rollup-minify-css.mjs): each Lit `css` template is
 * minified with its interpolations kept in place, in order; what it cannot round-trip stays as
 * written.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import minifyCss from '../../scripts/rollup-minify-css.mjs';

async function run(code: string): Promise<{ code: string; warnings: string[] }> {
  const warnings: string[] = [];
  const plugin = minifyCss() as unknown as {
    transform(
      this: { warn(m: string): void },
      code: string,
      id: string,
    ): Promise<{ code: string } | null>;
  };
  const result = await plugin.transform.call(
    { warn: (m) => warnings.push(m) },
    code,
    '/x/src/a.ts',
  );
  return { code: result?.code ?? code, warnings };
}

describe('rollup-minify-css', () => {
  it('minifies a template and keeps declaration and value interpolations in order', async () => {
    const { code, warnings } = await run(
      [
        'const a = css`',
        '  /* a comment */',
        '  :host {',
        '    ${unsafeCSS(TOKENS)}',
        '    color: rgba(0, 0, 0, 0.5);',
        '  }',
        '  .b { width: ${unsafeCSS(W)}px; margin: 0 ${x} }',
        '  .c { ${unsafeCSS(LAST)} }',
        '`;',
        'const b = html`<p>  ${y}  </p>`;',
      ].join('\n'),
    );
    assert.deepEqual(warnings, []);
    assert.equal(
      code.split('\n')[0],
      'const a = css`:host{${unsafeCSS(TOKENS)};color:#00000080}.b{width:${unsafeCSS(W)}px;margin:0 ${x}}.c{${unsafeCSS(LAST)};}`;',
    );
    assert.equal(code.split('\n')[1], 'const b = html`<p>  ${y}  </p>`;');
  });

  it('leaves a template with a backslash escape as written, with a warning', async () => {
    const source = "const a = css`.q::before { content: '\\\\201C'; }`;";
    const { code, warnings } = await run(source);
    assert.equal(code, source);
    assert.equal(warnings.length, 1);
  });

  it('joins the lines of a plain template that is a declaration list; values kept as written', async () => {
    const { code, warnings } = await run(
      [
        'export const T = `',
        '    --cw-a: #ffffff;',
        '    --cw-font:',
        "      ui-sans-serif, 'Segoe UI';",
        '    --cw-fast: 120ms;',
        '`;',
        'const notCss = `line one',
        '  line two`;',
        'const tagged = html`<p>',
        '  a: b;</p>`;',
      ].join('\n'),
    );
    assert.deepEqual(warnings, []);
    assert.deepEqual(code.split('\n'), [
      "export const T = `--cw-a: #ffffff;--cw-font:ui-sans-serif, 'Segoe UI';--cw-fast: 120ms;`;",
      'const notCss = `line one',
      '  line two`;',
      'const tagged = html`<p>',
      '  a: b;</p>`;',
    ]);
  });

  it('leaves an empty template alone', async () => {
    assert.equal((await run('const a = css``;')).code, 'const a = css``;');
  });
});
