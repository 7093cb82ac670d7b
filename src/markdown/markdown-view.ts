// The English words of this lazy part come with it.
import '../i18n/en-parts.js';
import { ENGLISH } from '../i18n/index.js';
import type { ChatStringKey } from '../i18n/index.js';
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
import { extrasPending, extrasSettled, extrasVersion, onExtrasSettled } from './extras.js';
import { adoptMathStyles } from './math.js';
import { CITE_END, CITE_START, renderBlock, renderPlain } from './render.js';
import type { MarkdownOptions } from './render.js';
import { extrasStyles } from './extras.styles.js';
import { markdownStyles } from './markdown.styles.js';
import { trackLazyWork } from '../internal/lazy-elements.js';
import { OffScreen, scrollingAncestor } from '../internal/off-screen.js';

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
 * What a streamed text grew by, when its owner knows (src/state/text-growth.ts): the log of
 * chunks appended since it began, and how many of them this version holds. Structural, so this
 * layer needs nothing from the state layer.
 */
export interface AppendLog {
  readonly log: readonly string[];
  readonly count: number;
  /** The length of the text it describes: a growth given with another text is ignored. */
  readonly length: number;
}

/** Final blocks per segment: a sealed segment is one unit that Lit never looks into again. */
const SEGMENT_BLOCKS = 16;

/**
 * A run of final blocks, rendered in one container. The last segment stays open (blocks are
 * added to it) until it holds {@link SEGMENT_BLOCKS}; then it is sealed and never re-rendered.
 */
interface Segment {
  /** The index of its first block among all blocks. */
  readonly start: number;
  readonly blocks: Block[];
  /** The block before the segment (a plain run's note shows at its start only). */
  readonly before: Block | undefined;
  /** Sealed and laid out once: off screen, it may now be skipped at the size it had. */
  settled: boolean;
}

/**
 * Renders Markdown text as Lit templates, re-rendering only what changed.
 *
 * Final blocks (all but the last, once text follows them) are kept in segments of a few blocks:
 * a full segment is never rendered or diffed again, and once laid out it is skipped off screen
 * (`content-visibility: auto`, at the size it had). The text of a streamed answer is not read
 * again either when the caller says what was appended (`growth`). A delta thus costs the
 * unfinished block, not the message. (With citations the text is copied to insert their markers.)
 *
 * @summary Safe, streaming Markdown.
 * @tagname cw-markdown
 * @cssprop [--cw-markdown-code-background=var(--cw-color-surface-secondary)] - Background of code.
 * @cssprop [--cw-color-code-keyword=light-dark(#cf222e, #ff7b72)] - Highlighted code: keywords, types.
 * @cssprop [--cw-color-code-function=light-dark(#8250df, #d2a8ff)] - Highlighted code: names of functions, classes, sections.
 * @cssprop [--cw-color-code-constant=light-dark(#0550ae, #79c0ff)] - Highlighted code: numbers, literals, attributes, variables.
 * @cssprop [--cw-color-code-string=light-dark(#0a3069, #a5d6ff)] - Highlighted code: strings, regular expressions.
 * @cssprop [--cw-color-code-type=light-dark(#953800, #ffa657)] - Highlighted code: built-ins, symbols, parameters.
 * @cssprop [--cw-color-code-comment=light-dark(#57606a, #a0a8b1)] - Highlighted code: comments.
 * @cssprop [--cw-color-code-tag=light-dark(#116329, #7ee787)] - Highlighted code: tag and selector names.
 */
export class CwMarkdown extends LitElement {
  static override styles = [
    markdownStyles,
    extrasStyles,
    css`
      :host {
        display: block;
      }
    `,
  ];

  /** The Markdown source. */
  @property() text = '';

  /**
   * What `text` grew by, from its owner (a streamed answer): while it extends the growth seen
   * last, the view reads only the appended chunks, never the whole text.
   */
  @property({ attribute: false }) growth: AppendLog | undefined = undefined;

  /** Character offsets of citation markers (annotation indexes), numbered from 1 in order. */
  @property({ attribute: false }) citations: readonly (number | null | undefined)[] = [];

  /** Renderer options: allowed image hosts, citation rendering. */
  @property({ attribute: false }) options: MarkdownOptions = {};

  private readonly lexer = new IncrementalLexer();
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private flushNow = false;
  /** The growth the lexer has seen, to compute what was appended since. */
  private seen: AppendLog | undefined;
  private segments: Segment[] = [];
  /** How many stable blocks are in segments, and of which lexer generation. */
  private segmented = 0;
  private generation = -1;
  /** Sealed segments waiting to be off screen to settle (see settleLater). */
  private offScreen: OffScreen | null = null;
  /** The frame that starts watching sealed segments next (see settleLater). */
  private settleFrame: number | undefined;

  /** The lexer's chunk, while this view waits for it. */
  private lexerLoading: Promise<void> | null = null;
  /** Stops listening for the extras' chunks (highlighter, grammars, KaTeX). */
  private stopListening: (() => void) | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    // A grammar or KaTeX arrived: draw the blocks again (their guards include the version).
    this.stopListening ??= onExtrasSettled(() => this.requestUpdate());
  }

  override render() {
    if (this.text && !markdownLexerSettled() && !this.lexerLoading) {
      this.lexerLoading = loadMarkdownLexer().then(() => {
        this.lexerLoading = null;
        this.flushNow = true;
        this.requestUpdate();
      });
      trackLazyWork(this.lexerLoading);
    }
    const cited = this.citations.length > 0;
    const source = cited ? withCitations(this.text, this.citations) : this.text;
    const flush = this.flushNow;
    this.flushNow = false;
    const growth = !cited && this.growth?.length === this.text.length ? this.growth : undefined;
    const appended = appendedSince(this.seen, growth);
    this.seen = growth;
    const lexer = this.lexer;
    const { options } = this;
    const math = options.math === true;
    lexer.advance(source, { flush, budget: 2 * LIMITS.maxPieceChars, appended, math });
    this.segment();
    const version = extrasVersion();
    const open = lexer.open;
    const pending = lexer.pending;
    const last = this.lastStable();
    return html`${repeat(
      this.segments,
      (segment) => segment.start,
      (segment) =>
        guard([segment, segment.blocks.length, segment.settled, options, version], () =>
          renderSegment(segment, options, version),
        ),
    )}${repeat(
      open,
      (_, i) => i,
      (block, i) =>
        guard([block.raw, runOf(i === 0 ? last : open[i - 1]), options, version], () =>
          renderUnit(block, i === 0 ? last : open[i - 1], options),
        ),
    )}${
      pending
        ? html`<div class="plain-text" dir="auto">
            ${repeat(
              plainBlocks(pending, 'size'),
              (_, i) => i,
              (chunk) =>
                guard(
                  [chunk.raw, options],
                  () => html`<div class="plain-chunk">${renderPlain(chunk.raw, options)}</div>`,
                ),
            )}
          </div>`
        : nothing
    }`;
  }

  /** Moves the lexer's new stable blocks into segments. */
  private segment(): void {
    const { stable, generation } = this.lexer;
    if (generation !== this.generation) {
      this.generation = generation;
      this.segments = [];
      this.segmented = 0;
    }
    while (this.segmented < stable.length) {
      let segment = this.segments.at(-1);
      if (!segment || segment.blocks.length >= SEGMENT_BLOCKS) {
        const before = stable[this.segmented - 1];
        segment = { start: this.segmented, blocks: [], before, settled: false };
        this.segments.push(segment);
      }
      segment.blocks.push(stable[this.segmented]!);
      this.segmented++;
    }
  }

  private lastStable(): Block | undefined {
    return this.lexer.stable[this.segmented - 1];
  }

  /**
   * Resolves once rendered with the Markdown lexer loaded (or failed), when there is text, and
   * with the extras its blocks asked for (grammars, KaTeX) arrived or failed.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.lexerLoading || extrasPending()) {
      await (this.lexerLoading ?? extrasSettled());
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.options.math) adoptMathStyles(this.renderRoot);
    this.settleLater();
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
    this.stopListening?.();
    this.stopListening = null;
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    // Watched segments are held by the observer until it lets them go; back in a document, they
    // are watched again, in what scrolls the view then.
    this.offScreen?.disconnect();
    this.offScreen = null;
    // A pending frame would keep a removed element alive until it ran (never, in a hidden page).
    if (this.settleFrame !== undefined) cancelAnimationFrame(this.settleFrame);
    this.settleFrame = undefined;
  }

  /**
   * Lets sealed segments be skipped off screen once they are well out of view (OffScreen): by
   * then the browser has laid them out and remembers their size (`contain-intrinsic-size: auto`),
   * so skipping one never changes its height, the scroll height or the reader's place; and the
   * browser's own check finds them hidden, so settling costs no second layout of the frame (a
   * segment settled in view would be laid out again at once). A segment skipped before it was
   * ever laid out would count as an estimate, then resize in view. Segments in view stay as they
   * are until they leave it.
   *
   * Only once the text is quiet: each render starts the wait again, so a streamed answer (a
   * render per frame) settles nothing until it pauses or ends: settling mid-stream, even off
   * screen, gave streamed frames a second layout in Chromium's traces.
   */
  private settleLater(): void {
    if (this.settleFrame !== undefined) cancelAnimationFrame(this.settleFrame);
    this.settleFrame = undefined;
    this.offScreen?.disconnect();
    if (typeof IntersectionObserver !== 'function' || !this.isConnected) return;
    const { segments } = this;
    if (!segments.some((s) => !s.settled && s.blocks.length >= SEGMENT_BLOCKS)) return;
    this.settleFrame = requestAnimationFrame(() => {
      this.settleFrame = requestAnimationFrame(() => {
        this.settleFrame = undefined;
        if (segments !== this.segments || !this.isConnected) return;
        const elements = [...this.renderRoot.children].filter((e) =>
          e.classList.contains('segment'),
        );
        this.offScreen ??= new OffScreen(scrollingAncestor(this));
        segments.forEach((segment, i) => {
          const element = elements[i];
          if (segment.settled || segment.blocks.length < SEGMENT_BLOCKS || !element) return;
          this.offScreen!.watch(element, () => {
            segment.settled = true;
            this.requestUpdate();
          });
        });
      });
    });
  }
}

/** The text appended between two growths of one log, or `null` when that is not known. */
function appendedSince(from: AppendLog | undefined, to: AppendLog | undefined): string | null {
  if (!from || !to || from.log !== to.log || to.count < from.count) return null;
  return to.log.slice(from.count, to.count).join('');
}

/** What of the block before another decides how that one renders: whether it is plain, and why. */
const runOf = (block: Block | undefined) => (block?.kind === 'plain' ? block.reason : null);

/** What the reader of the chat is told above text shown plain: calm, in everyday words. */
const PLAIN_NOTES: Record<PlainReason, ChatStringKey> = {
  nesting: 'markdown.nesting',
  size: 'markdown.size',
  error: 'markdown.error',
};

/** A segment of final blocks, in a container that is laid out and painted only near the view. */
function renderSegment(segment: Segment, options: MarkdownOptions, version: number) {
  return html`<div class="segment ${segment.settled ? 'settled' : ''}">
    ${repeat(
      segment.blocks,
      (_, i) => i,
      (block, i) => {
        const before = i === 0 ? segment.before : segment.blocks[i - 1];
        return guard([block, options, version], () => renderUnit(block, before, options));
      },
    )}
  </div>`;
}

/**
 * One block. Text shown as it is comes in stable chunks; the first chunk of a run says why it is
 * plain (a note decided by what came before only, so it never moves as text arrives).
 */
function renderUnit(block: Block, before: Block | undefined, options: MarkdownOptions) {
  if (block.kind === 'markdown') return renderBlock(block.token, options);
  const starts = runOf(before) !== block.reason;
  const note = (options.strings ?? ENGLISH).t(PLAIN_NOTES[block.reason]);
  return html`${starts ? html`<p class="plain-note" role="note">${note}</p>` : nothing}
    <div class="plain-text plain-chunk" dir="auto">${block.raw}</div>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'cw-markdown': CwMarkdown;
  }
}

export { IncrementalLexer, loadMarkdownLexer };
