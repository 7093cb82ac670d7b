/**
 * The math delimiters' scanners against the regular expressions they replaced, which stay here as
 * the definition: the same tokens for every string, and linear time where the expressions took
 * seconds.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { MAX_TEX_CHARS, mathScanners } from '../../src/markdown/math-syntax.js';

const N = MAX_TEX_CHARS;
const BLOCK_DOLLARS = new RegExp(`^ {0,3}\\$\\$([^$]{1,${N}}?)\\$\\$[ \\t]*(?:\\n+|$)`);
const BLOCK_BRACKETS = new RegExp(
  `^ {0,3}\\\\\\[((?:[^\\\\]|\\\\[^\\]]){1,${N}}?)\\\\\\][ \\t]*(?:\\n+|$)`,
);
const INLINE_DISPLAY = new RegExp(`^\\$\\$([^$]{1,${N}}?)\\$\\$`);
const INLINE_DOLLAR = new RegExp(
  `^\\$(?![\\s$])((?:\\\\[^\\n]|[^\\\\$]){1,${N}}?)(?<![\\s\\\\])\\$(?!\\d)`,
);
const INLINE_PAREN = new RegExp(`^\\\\\\(((?:[^\\\\]|\\\\[^)]){1,${N}}?)\\\\\\)`);
const INLINE_BRACKET = new RegExp(`^\\\\\\[((?:[^\\\\]|\\\\[^\\]]){1,${N}}?)\\\\\\]`);

type Tok = { raw: string; text: string; display: boolean } | undefined;
const tok = (raw: string, tex: string, display: boolean): Tok => ({
  raw,
  text: tex.trim(),
  display,
});

function regexBlock(src: string): Tok {
  if (src.length < 4) return undefined;
  const m = BLOCK_DOLLARS.exec(src) ?? BLOCK_BRACKETS.exec(src);
  return m && m[1]!.trim() ? tok(m[0], m[1]!, true) : undefined;
}

function regexInline(src: string): Tok {
  const c = src[0];
  if (c === '$') {
    const d = INLINE_DISPLAY.exec(src);
    if (d) return d[1]!.trim() ? tok(d[0], d[1]!, true) : undefined;
    const m = INLINE_DOLLAR.exec(src);
    return m ? tok(m[0], m[1]!, false) : undefined;
  }
  if (c !== '\\') return undefined;
  const p = INLINE_PAREN.exec(src);
  if (p) return p[1]!.trim() ? tok(p[0], p[1]!, false) : undefined;
  const b = INLINE_BRACKET.exec(src);
  return b && b[1]!.trim() ? tok(b[0], b[1]!, true) : undefined;
}

const plain = (t: ReturnType<typeof mathScanners.inline>): Tok =>
  t && { raw: t.raw, text: t.text, display: t.display };

function same(src: string): void {
  assert.deepEqual(
    plain(mathScanners.inline(src)),
    regexInline(src),
    `inline ${JSON.stringify(src)}`,
  );
  assert.deepEqual(plain(mathScanners.block(src)), regexBlock(src), `block ${JSON.stringify(src)}`);
}

/** A small seeded generator, so a failure repeats. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('math delimiters', () => {
  it('find what the regular expressions found, on hand-picked cases', () => {
    for (const src of [
      '$x$',
      '$x$5',
      '$x $',
      '$ x$',
      '$x\\$',
      '$x\\$y$',
      '$\\\\$',
      '$a\\\\$b$',
      '$a\\\nb$',
      '$a\nb$',
      '$$',
      '$$x$$',
      '$$ $$',
      '$$x$ $$',
      '$$x$$ tail',
      '  $$x$$  \n\n\nnext',
      '   $$x$$\n',
      '    $$x$$\n',
      '$$x$$ y\n',
      '\\(x\\)',
      '\\(\\)',
      '\\( \\)',
      '\\(x\\\\)',
      '\\(x\\\\)y\\)',
      '\\(x',
      '\\',
      '\\(x\\',
      '\\[x\\]',
      '\\[x\\] \t\n',
      '\\[x\\] y',
      ' \\[a\nb\\]\n',
      '\\[x\\\\]\\]',
      '$\u00a0x$',
      '$x\u00a0$',
    ]) {
      same(src);
    }
  });

  it('find what the regular expressions found, on 20,000 random strings', () => {
    const next = random(7);
    const alphabet = [
      '$',
      '$',
      '\\',
      '\\',
      '(',
      ')',
      '[',
      ']',
      'x',
      ' ',
      '\n',
      '\t',
      '5',
      '\u00a0',
    ];
    for (let n = 0; n < 20_000; n++) {
      const length = 1 + Math.floor(next() * 14);
      let src = '';
      for (let i = 0; i < length; i++) src += alphabet[Math.floor(next() * alphabet.length)];
      same(src);
      // Openers in front, where the scanners start.
      for (const open of ['$', '$$', '\\(', '\\[', ' $$', '  \\[']) same(open + src);
    }
  });

  it('bound an expression at MAX_TEX_CHARS units, as the regular expressions did', () => {
    const fits = 'x'.repeat(N);
    const over = 'x'.repeat(N + 1);
    const pairs = '\\x'.repeat(N);
    for (const [open, close] of [
      ['$', '$'],
      ['$$', '$$'],
      ['\\(', '\\)'],
      ['\\[', '\\]'],
    ] as const) {
      for (const body of [fits, over, pairs, `${pairs}x`]) same(`${open}${body}${close}\n`);
    }
    assert.notEqual(mathScanners.inline(`\\(${fits}\\)`), undefined);
    assert.equal(mathScanners.inline(`\\(${over}\\)`), undefined);
  });

  it('take linear time over thousands of openers without closers', () => {
    // Each of these took a bounded regular expression up to MAX_TEX_CHARS steps per opener: 1.4 s
    // in Chromium and 7.7 s in WebKit for the parentheses. A generous bound: this is no speed test.
    for (const text of [
      '\\( '.repeat(3000),
      '\\[ '.repeat(3000),
      '$a '.repeat(3000),
      '$$a '.repeat(3000),
    ]) {
      const start = performance.now();
      for (let at = 0; at < text.length; at++) {
        mathScanners.inline(text.slice(at));
        mathScanners.block(text.slice(at));
      }
      assert.ok(
        performance.now() - start < 2000,
        `${text.slice(0, 4)}… took ${performance.now() - start} ms`,
      );
    }
  });
});
