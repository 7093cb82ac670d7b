import { LitElement, css, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';

import {
  IncrementalLexer,
  LIMITS,
  loadMarkdownLexer,
  markdownLexerSettled,
  plainBlocks,
} from './lexer.js';
import type { Block, PlainReason } from './lexer.js';
import { CITE_END, CITE_START, renderBlock } from './render.js';
import type { MarkdownOptions } from './render.js';
import { markdownStyles } from './markdown.styles.js';

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
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private flushNow = false;

  /** The lexer's chunk, while this view waits for it. */
  private lexerLoading: Promise<void> | null = null;

  override render() {
    if (this.text && !markdownLexerSettled() && !this.lexerLoading) {
      this.lexerLoading = loadMarkdownLexer().then(() => {
        this.lexerLoading = null;
        this.flushNow = true;
        this.requestUpdate();
      });
    }
    const source = this.citations.length ? withCitations(this.text, this.citations) : this.text;
    const flush = this.flushNow;
    this.flushNow = false;
    const blocks = this.lexer.update(source, { flush, budget: 2 * LIMITS.maxPieceChars });
    const units = groupUnits(blocks, this.lexer.pending);
    const { options } = this;
    return html`${repeat(
      units,
      (_, i) => i,
      (unit) =>
        unit.kind === 'markdown'
          ? guard([unit.block.raw, options], () =>
              renderBlock((unit.block as Block & { kind: 'markdown' }).token, options),
            )
          : renderPlain(unit.chunks, unit.reason),
    )}`;
  }

  /** Resolves once rendered with the Markdown lexer loaded (or failed), when there is text. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.lexerLoading) {
      await this.lexerLoading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Text not lexed yet (a long stream, a long message) is lexed when the stream pauses.
    if (this.lexer.pending && !this.lexerLoading && this.flushTimer === undefined) {
      this.flushTimer = setTimeout(() => {
        this.flushTimer = undefined;
        this.flushNow = true;
        this.requestUpdate();
      }, 80);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
  }
}

type Unit =
  | { kind: 'markdown'; block: Block }
  | { kind: 'plain'; chunks: string[]; reason: PlainReason | null };

/** Groups runs of plain blocks (and the pending text) into one flowing unit each. */
function groupUnits(blocks: readonly Block[], pending: string): Unit[] {
  const units: Unit[] = [];
  for (const block of blocks) {
    const last = units.at(-1);
    if (block.kind === 'markdown') units.push({ kind: 'markdown', block });
    else if (last?.kind === 'plain' && last.reason === block.reason) last.chunks.push(block.raw);
    else units.push({ kind: 'plain', chunks: [block.raw], reason: block.reason });
  }
  if (pending) {
    const chunks = plainBlocks(pending, 'size').map((b) => b.raw);
    const last = units.at(-1);
    if (last?.kind === 'plain') last.chunks.push(...chunks);
    else units.push({ kind: 'plain', chunks, reason: null });
  }
  return units;
}

const PLAIN_NOTES: Record<PlainReason, string> = {
  nesting: 'Shown as plain text: nested too deeply to format.',
  size: 'Shown as plain text: too long to format.',
  error: 'Shown as plain text: could not be formatted.',
};

/** Text shown as it is, in stable chunks; a note says why when it is not just pending. */
function renderPlain(chunks: readonly string[], reason: PlainReason | null) {
  return html`<div class="plain-text">
      ${repeat(
        chunks,
        (_, i) => i,
        (chunk) => guard([chunk], () => html`<div class="plain-chunk">${chunk}</div>`),
      )}
    </div>
    ${reason ? html`<p class="plain-note" role="note">${PLAIN_NOTES[reason]}</p>` : nothing}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'cw-markdown': CwMarkdown;
  }
}

export { IncrementalLexer };
