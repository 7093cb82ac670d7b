/**
 * Markdown a hostile or runaway model can send: absurd nesting, superlinear inline patterns,
 * megabytes in one paragraph, words with no break. Each used to freeze the page or make the
 * answer vanish; now the text always shows (formatted, or plainly with a note) and the page stays
 * responsive. The freeze bound is generous (FREEZE_BOUND_MS, seconds) so a loaded machine does not flap; the
 * measured longest task is printed.
 */
import { expect, fixture, html } from '@open-wc/testing';

import '../../src/define.js';
import { requireElement } from '../../src/internal/lazy-elements.js';
import type { CwMarkdown } from '../../src/markdown/markdown-view.js';
import { LIMITS } from '../../src/markdown/lexer.js';
import { FREEZE_BOUND_MS, startHeartbeat } from '../helpers/heartbeat.js';

/** Runs `work` and returns the longest task the page suffered meanwhile (test/helpers/heartbeat.ts). */
async function longestTask(work: () => Promise<void>): Promise<number> {
  const beat = startHeartbeat();
  try {
    await work();
    await new Promise((r) => setTimeout(r, 0));
  } catch (error) {
    beat.stop();
    throw error;
  }
  return beat.stop();
}

/** Yields to the task queue (no timer clamping), as a network chunk would. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(0);
  });

async function settled(el: CwMarkdown): Promise<void> {
  // Pending text is lexed when updates pause: wait until nothing is pending.
  for (let i = 0; i < 400; i++) {
    await el.updateComplete;
    if (!el['lexer'].pending) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the Markdown never settled');
}

async function show(text: string): Promise<{ el: CwMarkdown; ms: number }> {
  let el!: CwMarkdown;
  const ms = await longestTask(async () => {
    el = await fixture<CwMarkdown>(
      html`<cw-markdown style="display:block;width:400px" .text=${text}></cw-markdown>`,
    );
    await settled(el);
  });
  return { el, ms };
}

const shown = (el: CwMarkdown) => el.shadowRoot!.textContent!.replace(/\s+/g, '');

describe('pathological Markdown', () => {
  // <cw-markdown> is a chunk of its own, defined the first time something renders it in a chat.
  before(() => requireElement('cw-markdown'));

  const cases: [string, () => string, string][] = [
    ['10,000 levels of > on one line', () => `${'>'.repeat(10_000)} deep`, 'deep'],
    ['10,000 levels of "> " on one line', () => `${'> '.repeat(10_000)}deep`, 'deep'],
    ['10,000 nested list markers on one line', () => `${'- '.repeat(10_000)}deep`, 'deep'],
    [
      '1,000 nested lists by indentation',
      () => Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'),
      'level999',
    ],
    ['a 50,000-character run that ends like an e-mail', () => `${'a.'.repeat(25_000)}@`, 'a.a.a'],
    ['50,000 characters of _a_a_a', () => '_a'.repeat(25_000), '_a_a'],
    ['50,000 characters of *a*a*a', () => '*a'.repeat(25_000), '*a*a'],
    ['50,000 [ brackets', () => '['.repeat(50_000), '[[['],
    ['20,000 ![ openers', () => '!['.repeat(20_000), '![!['],
    // Thousands of inline nodes with no letter: dir="auto" read the paragraph again at each one
    // (2 s in Chromium, 7 s in WebKit).
    ['2,500 emphasised digits in one paragraph', () => '*1* '.repeat(2500), '1111'],
    ['2,500 code spans in a heading', () => `# ${'`1` '.repeat(2500)}`, '1111'],
    ['2,500 emphasised digits in a list item', () => `- ${'*1* '.repeat(2500)}`, '1111'],
    ['3,000 escaped parentheses', () => '\\( '.repeat(3000), '(((('],
  ];
  for (const [name, make, expected] of cases) {
    it(`${name}: shown, and the page stays responsive`, async () => {
      const { el, ms } = await show(`before\n\n${make()}\n\nafter`);
      const text = shown(el);
      expect(text).to.contain('before');
      expect(text).to.contain(expected);
      expect(text).to.contain('after');
      console.log(`  ${name}: longest task ${ms.toFixed(0)} ms`);
      expect(ms).to.be.below(FREEZE_BOUND_MS);
    });
  }

  it('a block of thousands of inline nodes gets the direction dir="auto" would give, set once', async () => {
    const digits = '*1* '.repeat(300);
    const { el } = await show(
      [
        `${digits}then English`,
        `${digits}ואז עברית`,
        digits,
        `# ${digits}עברית`,
        `- ${digits}עברית`,
        '*1* *2* then a short one',
        '\\( '.repeat(300),
      ].join('\n\n'),
    );
    const root = el.shadowRoot!;
    const blocks = [...root.querySelectorAll('p, h1, li')];
    expect(blocks.map((b) => `${b.localName} ${b.getAttribute('dir')}`)).to.deep.equal([
      'p ltr',
      'p rtl',
      // No strong character at all: left to right, as dir="auto" decides.
      'p ltr',
      'h1 rtl',
      'li rtl',
      'p auto',
      'p auto',
    ]);
    expect(getComputedStyle(blocks[1]!).direction).to.equal('rtl');
    // A run of escapes and text is one text node, not six hundred.
    const escapes = blocks[6]!;
    expect(escapes.textContent!.trim()).to.equal('( '.repeat(300).trim());
    const texts = [...escapes.childNodes].filter(
      (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim(),
    );
    expect(texts.length).to.equal(1);
  });

  it('deep nesting keeps what came before formatted and says why the rest is plain', async () => {
    const { el } = await show(`**bold** start\n\n${'> '.repeat(5000)}x`);
    const root = el.shadowRoot!;
    expect(root.querySelector('strong')!.textContent).to.equal('bold');
    expect(root.querySelector('.plain-note')!.textContent).to.equal(
      'This part has formatting too complex to show, so here it is as plain text.',
    );
    expect(root.querySelector('.plain-text')!.textContent).to.contain('> > >');
  });

  it('moderate nesting is still formatted', async () => {
    const { el } = await show('> > > three levels\n\n- a\n  - b\n    - c');
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('blockquote')).to.have.length(3);
    expect(root.querySelectorAll('ul')).to.have.length(3);
    expect(root.querySelector('.plain-note')).to.equal(null);
  });

  it('a 2 MB answer streamed into one paragraph: every character shown, no freeze', async function () {
    this.timeout(120_000);
    const el = await fixture<CwMarkdown>(html`<cw-markdown></cw-markdown>`);
    const total = 2 * 1024 * 1024;
    const delta = 'lorem ipsum dolor sit amet, '.repeat(40); // 1,120 characters
    let text = '';
    const started = performance.now();
    const ms = await longestTask(async () => {
      while (text.length < total) {
        text += delta;
        el.text = text;
        await el.updateComplete;
        await nextTask();
      }
      await settled(el);
    });
    const elapsed = performance.now() - started;
    console.log(
      `  2 MB streamed in ${Math.ceil(total / delta.length)} deltas: ${elapsed.toFixed(0)} ms, longest task ${ms.toFixed(0)} ms`,
    );
    expect(el.shadowRoot!.textContent!.length).to.be.at.least(text.length);
    expect(el.shadowRoot!.querySelector('.plain-note')!.textContent).to.equal(
      'This part is too long to format, so here it is as plain text.',
    );
    expect(ms).to.be.below(FREEZE_BOUND_MS);
  });

  it('a long formatted answer streams with only the open block lexed again', async () => {
    const el = await fixture<CwMarkdown>(html`<cw-markdown></cw-markdown>`);
    let text = '';
    for (let i = 0; i < 300; i++) {
      text += `Paragraph ${i} with **bold** text.\n\n`;
      el.text = text;
      await el.updateComplete;
    }
    await settled(el);
    expect(el.shadowRoot!.querySelectorAll('strong')).to.have.length(300);
    expect(el['lexer'].lexedBlocks).to.be.below(300 * 4);
  });

  it('a paragraph over the inline limit keeps its text, unformatted', async () => {
    const long = `**not bold** ${'word '.repeat(LIMITS.maxInlineChars / 5)}`;
    const { el } = await show(`**bold**\n\n${long}`);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('strong')).to.have.length(1);
    expect(root.textContent).to.contain('**not bold**');
  });

  it('a word of 100,000 characters wraps inside the box', async () => {
    const { el, ms } = await show(`x${'W'.repeat(100_000)}y`);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    expect(shown(el)).to.contain('WWWy');
    expect(ms).to.be.below(FREEZE_BOUND_MS);
  });

  it('line ends are normalised across deltas, a \\r\\n split between two of them too', async () => {
    const el = await fixture<CwMarkdown>(html`<cw-markdown></cw-markdown>`);
    for (const text of ['# Title\r', '# Title\r\n\r', '# Title\r\n\r\nbody **b**']) {
      el.text = text;
      await el.updateComplete;
    }
    await settled(el);
    const root = el.shadowRoot!;
    expect(root.querySelector('h1')!.textContent).to.equal('Title');
    expect(root.querySelector('p strong')!.textContent).to.equal('b');
  });
});
