import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { Lexer } from 'marked';
import type { Token } from 'marked';

import { CITE_END, CITE_START, renderBlock } from './render.js';
import type { MarkdownOptions } from './render.js';
import { markdownStyles } from './markdown.styles.js';

interface Block {
  readonly token: Token;
  readonly raw: string;
}

/**
 * Splits Markdown into top-level blocks incrementally. While text only grows, the blocks before
 * the last one are kept and only the tail from the start of the last block is lexed again, so a
 * streamed delta costs the size of the unfinished block, not of the whole message.
 */
export class IncrementalLexer {
  private source = '';
  private blocks: Block[] = [];
  /** Length of the source covered by the blocks that can no longer change. */
  private stableEnd = 0;
  /** Blocks lexed in total, for tests of the incremental path. */
  lexedBlocks = 0;

  update(text: string): readonly Block[] {
    const normalized = text.replace(/\r\n?/g, '\n');
    if (normalized === this.source) return this.blocks;
    const grows = normalized.startsWith(this.source) && this.stableEnd <= this.source.length;
    const from = grows ? this.stableEnd : 0;
    const kept = grows ? this.blocks.slice(0, this.stableCount()) : [];
    const tail = Lexer.lex(normalized.slice(from)).map((token) => ({ token, raw: token.raw }));
    this.lexedBlocks += tail.length;
    this.blocks = [...kept, ...tail];
    this.source = normalized;
    // Everything but the last block is stable once more text arrives after it.
    const lastRaw = this.blocks.at(-1)?.raw.length ?? 0;
    const covered = this.blocks.reduce((n, b) => n + b.raw.length, 0);
    this.stableEnd = covered === normalized.length ? normalized.length - lastRaw : 0;
    return this.blocks;
  }

  private stableCount(): number {
    let length = 0;
    let count = 0;
    for (const block of this.blocks) {
      if (length + block.raw.length > this.stableEnd) break;
      length += block.raw.length;
      count += 1;
    }
    return count;
  }
}

/** Inserts citation markers at the annotations' character offsets. */
export function withCitations(
  text: string,
  indexes: readonly (number | null | undefined)[],
): string {
  const marks = indexes
    .map((at, n) => ({ at, n }))
    .filter(
      (m): m is { at: number; n: number } =>
        typeof m.at === 'number' && m.at >= 0 && m.at <= text.length,
    )
    .sort((a, b) => b.at - a.at || b.n - a.n);
  let out = text;
  for (const { at, n } of marks)
    out = `${out.slice(0, at)}${CITE_START}${n + 1}${CITE_END}${out.slice(at)}`;
  return out;
}

/**
 * Renders Markdown text as Lit templates, re-rendering only the blocks that changed.
 *
 * @summary Safe, streaming Markdown.
 * @tagname cw-markdown
 * @cssprop [--cw-markdown-code-background=var(--cw-color-surface-secondary)] - Background of code.
 */
export class CwMarkdown extends LitElement {
  static override styles = [
    markdownStyles,
    css`
      :host {
        display: block;
      }
    `,
  ];

  /** The Markdown source. */
  @property() text = '';

  /** Character offsets of citation markers (annotation indexes), numbered from 1 in order. */
  @property({ attribute: false }) citations: readonly (number | null | undefined)[] = [];

  /** Renderer options: allowed image hosts, citation rendering. */
  @property({ attribute: false }) options: MarkdownOptions = {};

  private readonly lexer = new IncrementalLexer();

  override render() {
    const source = this.citations.length ? withCitations(this.text, this.citations) : this.text;
    const blocks = this.lexer.update(source);
    const { options } = this;
    return html`${repeat(
      blocks,
      (_, i) => i,
      (block) => guard([block.raw, options], () => renderBlock(block.token, options)),
    )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cw-markdown': CwMarkdown;
  }
}
