/** The Markdown path: safe rendering as templates, and incremental lexing while text streams. */
import { expect, fixture, html } from '@open-wc/testing';

import { waitUntil } from '../helpers/wait.js';
import '../../src/define.js';
import { requireElement } from '../../src/internal/lazy-elements.js';
import { loadMarkdownLexer } from '../../src/markdown/lexer.js';
import { IncrementalLexer, withCitations } from '../../src/markdown/markdown-view.js';
import type { CwMarkdown } from '../../src/markdown/markdown-view.js';
import { safeHref } from '../../src/markdown/render.js';

async function render(text: string, options = {}): Promise<ShadowRoot> {
  const el = await fixture<CwMarkdown>(
    html`<cw-markdown .text=${text} .options=${options}></cw-markdown>`,
  );
  return el.shadowRoot!;
}

describe('<cw-markdown>', () => {
  // <cw-markdown> is a chunk of its own, defined the first time something renders it in a chat.
  before(() => requireElement('cw-markdown'));

  it('renders headings, emphasis, lists, tables, code blocks, quotes and links', async () => {
    const root = await render(
      '# Title\n\nSome **bold**, _em_, ~~del~~ and `code`.\n\n1. one\n2. two\n\n- [x] done\n- [ ] todo\n\n| a | b |\n| :-- | --: |\n| 1 | 2 |\n\n```py\nprint(1)\n```\n\n> quoted\n\n[site](https://example.com "Example")',
    );
    expect(root.querySelector('h1')!.textContent).to.equal('Title');
    expect(root.querySelector('strong')!.textContent).to.equal('bold');
    expect(root.querySelector('em')!.textContent).to.equal('em');
    expect(root.querySelector('del')!.textContent).to.equal('del');
    expect(root.querySelector('p code')!.textContent).to.equal('code');
    expect(root.querySelectorAll('ol li')).to.have.length(2);
    expect(
      [...root.querySelectorAll<HTMLInputElement>('li.task input')].map((i) => i.checked),
    ).to.deep.equal([true, false]);
    expect(root.querySelector('th.align-left')!.textContent).to.equal('a');
    expect(root.querySelector('td.align-right')!.textContent).to.equal('2');
    expect(root.querySelector<HTMLElement>('pre.code')!.dataset['lang']).to.equal('py');
    expect(root.querySelector('pre code')!.textContent).to.equal('print(1)');
    expect(root.querySelector('blockquote')!.textContent!.trim()).to.equal('quoted');
    const link = root.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.com');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(link.getAttribute('target')).to.equal('_blank');
  });

  it('never produces markup from the text: raw HTML shows as text, scripts never run', async () => {
    (window as unknown as { pwned: number }).pwned = 0;
    const root = await render(
      '<script>window.pwned=1</script>\n\n<img src=x onerror="window.pwned=2"> and <b>bold?</b>',
    );
    // A probe image with the same broken source: once its error has fired, an injected
    // <img onerror> would have fired too.
    await new Promise((resolve) => {
      const probe = new Image();
      probe.onerror = resolve;
      probe.src = 'x';
    });
    expect((window as unknown as { pwned: number }).pwned).to.equal(0);
    expect(root.querySelector('script, img, b')).to.equal(null);
    expect(root.textContent).to.contain('<script>window.pwned=1</script>');
    expect(root.textContent).to.contain('<b>bold?</b>');
  });

  it('drops unsafe link schemes and blocks images from hosts not allowed', async () => {
    expect(safeHref('javascript:alert(1)')).to.equal(null);
    expect(safeHref(' JaVa\tScript:alert(1)')).to.equal(null);
    expect(safeHref('data:text/html,<b>x')).to.equal(null);
    expect(safeHref('vbscript:x')).to.equal(null);
    expect(safeHref('https://ok.example/')).to.equal('https://ok.example/');
    expect(safeHref('/relative')).to.equal('/relative');
    expect(safeHref('chatkit-link://orders?id=1')).to.equal('chatkit-link://orders?id=1');
    const root = await render(
      '![a](https://img.allowed.example/a.png) ![b](https://elsewhere.example/b.png) ![c](http://insecure.example/c.png)',
      {
        allowedImageHosts: ['allowed.example'],
      },
    );
    expect([...root.querySelectorAll('img')].map((i) => i.getAttribute('src'))).to.deep.equal([
      'https://img.allowed.example/a.png',
    ]);
    expect([...root.querySelectorAll('.image-blocked')].map((s) => s.textContent)).to.deep.equal([
      'b',
      'c',
    ]);
  });

  it("places citation markers at the annotations' character offsets", async () => {
    expect(withCitations('Hello world', [5, 11, null, 99])).to.equal(
      'Hello\uE0001\uE001 world\uE0002\uE001',
    );
    const el = await fixture<CwMarkdown>(
      html`<cw-markdown
        .text=${'Alpha beta'}
        .citations=${[5]}
        .options=${{ citation: (n: number) => html`<sup class="cite">${n}</sup>` }}
      ></cw-markdown>`,
    );
    expect(el.shadowRoot!.querySelector('sup.cite')!.textContent).to.equal('1');
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Alpha1 beta');
  });

  it('re-lexes only the unfinished last block while text grows', async () => {
    await loadMarkdownLexer(); // a chunk of its own, loaded by the first <cw-markdown> otherwise
    const lexer = new IncrementalLexer();
    const paragraphs = Array.from({ length: 200 }, (_, i) => `Paragraph ${i} has **some** words.`);
    let text = '';
    let blocks: readonly unknown[] = [];
    for (const p of paragraphs) {
      for (const word of `${p}\n\n`.split(/(?<= )/)) {
        text += word;
        blocks = lexer.update(text);
      }
    }
    expect(blocks.length).to.be.within(399, 401);
    // Lexing everything on every delta would cost ~200 × 200 × 6 / 2 blocks; incremental lexing
    // touches a couple of blocks per delta.
    const deltas = paragraphs.length * 6;
    expect(lexer.lexedBlocks).to.be.below(deltas * 3);
    // A text that does not extend the previous one is lexed from scratch, correctly.
    expect(lexer.update('# New').length).to.equal(1);
  });

  it("keeps earlier blocks' DOM when the last block streams", async () => {
    const el = await fixture<CwMarkdown>(
      html`<cw-markdown .text=${'First paragraph.\n\nSecond'}></cw-markdown>`,
    );
    const first = el.shadowRoot!.querySelector('p')!;
    el.text = 'First paragraph.\n\nSecond grows';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')).to.equal(
      first,
      'the first paragraph element is reused',
    );
    expect(el.shadowRoot!.querySelectorAll('p')[1]!.textContent).to.equal('Second grows');
  });

  it('given what was appended, reads only the new characters, never the text', () => {
    const lexer = new IncrementalLexer();
    lexer.advance('# Title\n\nFirst');
    // A text of the right length whose characters are not the real ones: were it read, the
    // blocks would show them.
    const appended = ' paragraph.\n\nSecond';
    lexer.advance('x'.repeat('# Title\n\nFirst'.length + appended.length), { appended });
    expect(lexer.blocks.map((b) => b.raw).join('')).to.equal(
      '# Title\n\nFirst paragraph.\n\nSecond',
    );
    expect(lexer.stable.map((b) => b.raw).join('')).to.equal('# Title\n\nFirst paragraph.\n\n');
    // A length that does not match what was appended: compared, found replaced, lexed afresh.
    const generation = lexer.generation;
    lexer.advance('# Other', { appended: 'more' });
    expect(lexer.blocks.map((b) => b.raw)).to.deep.equal(['# Other']);
    expect(lexer.generation).to.equal(generation + 1);
  });

  it('streams with finished blocks never lexed or rendered again: their nodes stay', async () => {
    const el = await fixture<CwMarkdown>(html`<cw-markdown></cw-markdown>`);
    const log: string[] = [];
    let text = '';
    const grow = async (delta: string) => {
      log.push(delta);
      text += delta;
      el.growth = { log, count: log.length, length: text.length };
      el.text = text;
      await el.updateComplete;
    };
    const count = 120;
    let first: Element | null = null;
    let mutations = 0;
    const observer = new MutationObserver((records) => {
      // Changes inside finished segments (the last one may still take blocks).
      const segments = [...el.shadowRoot!.querySelectorAll('.segment')].slice(0, -1);
      for (const r of records) if (segments.some((s) => s.contains(r.target))) mutations++;
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    for (let i = 0; i < count; i++) {
      for (const word of `Paragraph ${i} has **bold** words.\n\n`.split(/(?<= )/)) await grow(word);
      if (i === 1) first = el.shadowRoot!.querySelector('p');
    }
    await grow('The end.');
    observer.disconnect();
    const paragraphs = el.shadowRoot!.querySelectorAll('p');
    expect(paragraphs).to.have.length(count + 1);
    expect(paragraphs[0]).to.equal(first, 'the first paragraph is the same node');
    expect(paragraphs[count - 1]!.textContent).to.equal(`Paragraph ${count - 1} has bold words.`);
    expect(el.shadowRoot!.querySelectorAll('.segment').length).to.be.above(count / 20);
    expect(mutations).to.equal(0, 'mutations inside finished segments');
    // Each block is lexed a few times while it is the open one, never after.
    expect(el['lexer'].lexedBlocks).to.be.below(count * 2 * 8);
    // A growth that does not describe the text (another length) is not trusted: the text is read.
    el.text = 'Replaced.';
    await el.updateComplete;
    expect(el.shadowRoot!.textContent!.trim()).to.equal('Replaced.');
  });

  it('a finished segment is skipped once laid out and well off screen, at the same height', async () => {
    const text = Array.from({ length: 200 }, (_, i) => `## Part ${i}\n\nSome words ${i}.\n\n`);
    const box = await fixture<HTMLDivElement>(
      html`<div style="height:200px;overflow:auto;width:400px">
        <cw-markdown .text=${text.join('')}></cw-markdown>
      </div>`,
    );
    const el = box.querySelector('cw-markdown')!;
    await el.updateComplete;
    const segments = [...el.shadowRoot!.querySelectorAll('.segment')];
    expect(segments.length).to.be.above(10);
    const heights = () => segments.map((s) => Math.round(s.getBoundingClientRect().height));
    const before = heights();
    const total = el.getBoundingClientRect().height;
    // Sealed segments well out of view settle (more than a screen height, at least 1,000 px,
    // beyond it: OffScreen); those in view stay as they are, as settling one in view would cost
    // its frame a second layout.
    const boxTop = box.getBoundingClientRect().top;
    const far = segments.filter(
      (s, i) =>
        i < segments.length - 1 &&
        s.getBoundingClientRect().top - boxTop > box.clientHeight + Math.max(1000, screen.height),
    );
    expect(far.length).to.be.above(3);
    await waitUntil(
      () => far.every((s) => s.classList.contains('settled')),
      'the sealed segments far from the view settle',
    );
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(segments[0]!.classList.contains('settled')).to.equal(false, 'a segment in view');
    // Far below the view, a settled segment is skipped, yet keeps the height it was laid out at.
    expect(heights()).to.deep.equal(before);
    expect(el.getBoundingClientRect().height).to.equal(total);
    box.scrollTop = box.scrollHeight;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(heights()).to.deep.equal(before);
  });

  it('settles no segment while its text grows every frame, and settles them once it pauses', async () => {
    await loadMarkdownLexer();
    const parts = Array.from({ length: 120 }, (_, i) => `## Part ${i}\n\nSome words ${i}.\n\n`);
    const el = await fixture<CwMarkdown>(html`<cw-markdown></cw-markdown>`);
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    let sealed = 0;
    // A streamed answer: the text grows once per frame (the thread renders at most that often).
    for (let i = 0; i < parts.length; i++) {
      el.text += parts[i];
      await el.updateComplete;
      sealed = el.shadowRoot!.querySelectorAll('.segment').length - 1;
      expect(el.shadowRoot!.querySelector('.segment.settled'), `frame ${i}`).to.equal(null);
      await frame();
    }
    expect(sealed).to.be.above(3, 'segments were sealed while it grew');
    // Quiet now: the sealed segments far below the view settle, the first one (in view) does not.
    await waitUntil(
      () => el.shadowRoot!.querySelectorAll('.segment.settled').length > 0,
      'the sealed segments settle once the text is quiet',
    );
    expect(el.shadowRoot!.querySelector('.segment')!.classList.contains('settled')).to.equal(false);
  });
});
