/** Markdown extras: code blocks (label, copy, lazy highlighting) and math (lazy KaTeX). */
import { expect, fixture, html } from '@open-wc/testing';

import '../../src/define.js';
import { requireElement } from '../../src/internal/lazy-elements.js';
import type { CwMarkdown } from '../../src/markdown/markdown-view.js';
import type { MarkdownOptions } from '../../src/markdown/render.js';
import { MAX_HIGHLIGHT_CHARS } from '../../src/markdown/highlight.js';
import { MAX_TEX_CHARS } from '../../src/markdown/math-syntax.js';

async function render(text: string, options: MarkdownOptions = {}): Promise<ShadowRoot> {
  const el = await fixture<CwMarkdown>(
    html`<cw-markdown .text=${text} .options=${options}></cw-markdown>`,
  );
  await el.updateComplete;
  return el.shadowRoot!;
}

/** Replaces navigator.clipboard for one test; returns what was written and the restore. */
function fakeClipboard(clipboard: unknown): { restore: () => void } {
  const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
  return {
    restore: () => {
      if (own) Object.defineProperty(navigator, 'clipboard', own);
      else delete (navigator as unknown as { clipboard?: unknown }).clipboard;
    },
  };
}

const JS = '```js\nconst total = days * 90; // euros\nconsole.log("Total", total);\n```';

describe('Markdown code blocks', () => {
  before(() => requireElement('cw-markdown'));

  it('labels the block with its language and highlights a known one', async () => {
    const root = await render(JS);
    expect(root.querySelector('.code-lang')!.textContent).to.equal('js');
    const code = root.querySelector('pre.code > code')!;
    expect(code.classList.contains('language-js')).to.equal(true);
    // The text is unchanged; the tokens are spans with the grammar's classes.
    expect(code.textContent).to.equal(
      'const total = days * 90; // euros\nconsole.log("Total", total);',
    );
    const keyword = code.querySelector('.token.keyword')!;
    expect(keyword.textContent).to.equal('const');
    expect(code.querySelector('.token.comment')!.textContent).to.equal('// euros');
    expect(code.querySelector('.token.string')!.textContent).to.equal('"Total"');
    // Coloured by a token (light-dark() default), not the text colour.
    expect(getComputedStyle(keyword).color).to.not.equal(getComputedStyle(code).color);
  });

  it('shows an unknown language plain, and highlights nothing with the option off', async () => {
    let root = await render('```klingon\nqapla = 1\n```');
    expect(root.querySelector('.code-lang')!.textContent).to.equal('klingon');
    expect(root.querySelector('pre code')!.children.length).to.equal(0);
    expect(root.querySelector('pre code')!.textContent).to.equal('qapla = 1');
    root = await render(JS, { codeHighlighting: false });
    expect(root.querySelector('pre code span') === null).to.equal(true);
    expect(root.querySelector('.code-lang')!.textContent).to.equal('js');
    // Too long to highlight: plain.
    root = await render(`\`\`\`js\n${'let a = 1;\n'.repeat(MAX_HIGHLIGHT_CHARS / 10)}\`\`\``);
    expect(root.querySelector('pre code span') === null).to.equal(true);
  });

  it('copies the code with the copy button, which says Copied for a moment', async () => {
    const written: string[] = [];
    const fake = fakeClipboard({ writeText: (t: string) => (written.push(t), Promise.resolve()) });
    try {
      const root = await render(`Intro\n\n${JS}`);
      const button = root.querySelector<HTMLButtonElement>('.code-copy')!;
      expect(button.type).to.equal('button');
      // Its accessible name is its visible text.
      expect(button.innerText.trim()).to.equal('Copy code');
      button.click();
      await new Promise((r) => setTimeout(r, 0));
      expect(written).to.deep.equal([
        'const total = days * 90; // euros\nconsole.log("Total", total);',
      ]);
      expect(button.hasAttribute('data-copied')).to.equal(true);
      expect(button.innerText.trim()).to.equal('Copied');
      expect(root.querySelector('.code-status[role=status]')!.textContent).to.equal('Copied');
    } finally {
      fake.restore();
    }
  });

  it('copies with the copy command where the Clipboard API is missing', async () => {
    const fake = fakeClipboard(undefined);
    const exec = document.execCommand;
    let copied: string | null = null;
    document.execCommand = (command: string) => {
      // What is selected when the command runs: the hidden text area's text.
      const area = document.querySelector('cw-markdown')!.shadowRoot!.querySelector('textarea');
      if (command === 'copy' && area)
        copied = area.value.slice(area.selectionStart, area.selectionEnd);
      return copied !== null;
    };
    try {
      const root = await render('```\nplain text\n```');
      expect(root.querySelector('.code-lang')!.textContent).to.equal('');
      root.querySelector<HTMLButtonElement>('.code-copy')!.click();
      await new Promise((r) => setTimeout(r, 0));
      expect(copied).to.equal('plain text');
      expect(root.querySelector('textarea') === null).to.equal(true);
      expect(root.querySelector('.code-copy')!.hasAttribute('data-copied')).to.equal(true);
    } finally {
      document.execCommand = exec;
      fake.restore();
    }
  });

  it('has no copy button with copyCode off', async () => {
    const root = await render(JS, { copyCode: false });
    expect(root.querySelector('.code-copy') === null).to.equal(true);
    expect(root.querySelector('.code-lang')!.textContent).to.equal('js');
  });

  it('treats hostile language names as text and sanitises the class made from them', async () => {
    for (const lang of [
      '<img/src=x/onerror=alert(1)>',
      '"onmouseover="alert(1)',
      '__proto__',
      'constructor',
      'javascript:alert(1)',
      'x'.repeat(500),
    ]) {
      const root = await render(`\`\`\`${lang} more words\nbody()\n\`\`\``);
      const label = root.querySelector('.code-lang')!;
      expect(label.textContent).to.equal(lang.slice(0, 32));
      expect(root.querySelector('img') === null).to.equal(true);
      const code = root.querySelector('pre code')!;
      expect(code.textContent).to.equal('body()');
      for (const name of code.classList) expect(name).to.match(/^language-[a-z0-9_-]+$/);
      expect(code.attributes.length).to.equal(1);
      expect(code.querySelector('span') === null).to.equal(true);
    }
    expect(Object.prototype).to.not.have.property('polluted');
  });
});

describe('Markdown math', () => {
  before(() => requireElement('cw-markdown'));

  it('typesets $…$ inline and $$…$$ displayed with KaTeX, with MathML for assistive tech', async () => {
    const root = await render(
      'Euler: $e^{i\\pi} + 1 = 0$ and \\(a_1 + b_1\\).\n\n$$\n\\int_0^1 x\\,dx = \\frac{1}{2}\n$$\n\nAlso \\[x^2\\]',
      { math: true },
    );
    const inline = root.querySelectorAll('.math-inline');
    expect(inline.length).to.equal(2);
    expect(inline[0]!.querySelector('.katex') !== null).to.equal(true);
    expect(inline[0]!.querySelector('math annotation')!.textContent).to.equal('e^{i\\pi} + 1 = 0');
    // `_` inside math is not emphasis.
    expect(inline[1]!.querySelector('annotation')!.textContent).to.equal('a_1 + b_1');
    expect(root.querySelector('em') === null).to.equal(true);
    const display = root.querySelectorAll('.math-display');
    expect(display.length).to.equal(2);
    expect(display[0]!.querySelector('.katex-display') !== null).to.equal(true);
    expect(root.querySelector('.math-block') !== null).to.equal(true);
    // KaTeX's styles reach the shadow root: the display formula is centred, fractions laid out.
    expect(getComputedStyle(display[0]!.querySelector('.katex-display')!).textAlign).to.equal(
      'center',
    );
    expect(root.querySelector('.math-source') === null).to.equal(true);
  });

  it('leaves prices and escaped dollars alone', async () => {
    const text = 'It costs $5 and $6, \\$8, $9.50 to $10, or between $1,000 and $2,000.';
    const root = await render(text, { math: true });
    expect(root.querySelector('.math') === null).to.equal(true);
    expect(root.querySelector('p')!.textContent).to.equal(
      'It costs $5 and $6, $8, $9.50 to $10, or between $1,000 and $2,000.',
    );
  });

  it('is off by default: dollars are text', async () => {
    const root = await render('Area: $x^2$ and $$y$$');
    expect(root.querySelector('.math') === null).to.equal(true);
    expect(root.querySelector('p')!.textContent).to.equal('Area: $x^2$ and $$y$$');
  });

  it('shows invalid TeX as its source, marked as an error', async () => {
    const root = await render('Bad: $\\frac{1$ and $\\undefinedmacro x$.', { math: true });
    const errors = root.querySelectorAll('code.math-error');
    expect(errors.length).to.equal(2);
    expect(errors[0]!.textContent).to.equal('$\\frac{1$');
    expect(errors[1]!.textContent).to.equal('$\\undefinedmacro x$');
    expect(errors[1]!.getAttribute('title')).to.match(/undefined/i);
  });

  it('bounds absurd input: deep nesting, macro bombs, huge and dollar-heavy text', async () => {
    // KaTeX's chunk is loaded first: the bound below is for the typesetting, not for a 280 KB
    // module fetched and compiled on a loaded machine.
    expect((await render('$x$', { math: true })).querySelector('.math')).to.not.equal(null);
    const start = performance.now();
    const deep = `$${'{'.repeat(1500)}x${'}'.repeat(1500)}$`;
    const lefts = `$${'\\left('.repeat(300)}x${'\\right)'.repeat(300)}$`;
    const bomb = '$\\def\\a{\\a\\a}\\a$';
    const expand =
      '$\\def\\b{xxxxxxxx}\\def\\c{\\b\\b\\b\\b\\b\\b\\b\\b}\\def\\d{\\c\\c\\c\\c\\c\\c\\c\\c}\\d\\d\\d\\d\\d\\d\\d\\d$';
    const huge = `$${'x+'.repeat(MAX_TEX_CHARS)}x$`;
    const dollars = '$a '.repeat(3000);
    const parens = '\\( '.repeat(3000);
    const root = await render([deep, lefts, bomb, expand, huge, dollars, parens].join('\n\n'), {
      math: true,
    });
    const errors = root.querySelectorAll('code.math-error');
    // Deep nesting and \left groups are refused before KaTeX; the macros hit its expansion limit.
    expect(errors.length).to.equal(4);
    expect(errors[0]!.textContent).to.equal(deep);
    // Longer than an expression may be: text, not math.
    expect(root.textContent).to.include('x+x+x+');
    expect(root.querySelectorAll('.math').length).to.equal(4);
    // A generous freeze bound, not a speed test.
    expect(performance.now() - start).to.be.below(10_000);
  });

  it('typesets while streaming and keeps a half-written formula as text', async () => {
    const el = await fixture<CwMarkdown>(
      html`<cw-markdown .text=${'Sum: $\\sum_i'} .options=${{ math: true }}></cw-markdown>`,
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.math') === null).to.equal(true);
    el.text = 'Sum: $\\sum_i x_i$ done.';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.math-inline .katex') !== null).to.equal(true);
  });
});
