/**
 * Markdown to tokens, safe against what a hostile or runaway model can send.
 *
 * `marked`'s lexer recurses once per level of nesting (ten thousand `>` overflow the stack and the
 * answer vanishes), its inline pass is superlinear on delimiter-heavy paragraphs (`_a_a_a…`), and
 * lexing a whole 2 MB message is a long task. So:
 *
 * - lines nested deeper than {@link LIMITS.maxNesting} (quotes and list markers) are not lexed:
 *   the text from there on is shown plainly;
 * - a paragraph longer than {@link LIMITS.maxInlineChars} keeps its text but is not inline-lexed;
 * - one lexing pass covers at most {@link LIMITS.maxPieceChars}, cut at a blank line; a single
 *   block longer than that is shown plainly;
 * - a lexer failure of any kind shows the text plainly. Nothing is ever dropped.
 *
 * While text streams, the open tail is lexed again only when it grew by a quarter (or is small),
 * so a 2 MB paragraph costs linear work in total; the not-yet-lexed rest shows as plain text until
 * the next pass (`pending`), which the view schedules when the stream pauses.
 *
 * `marked` is a third of the CDN build, so it is a chunk of its own, loaded by
 * {@link loadMarkdownLexer} (the element asks for it once it is idle after its first render).
 * Until it has arrived every text is `pending`; should it fail to load, text shows plainly with
 * the `error` note.
 */
import type { Lexer, Token } from 'marked';

/** The limits of the guarded lexer. */
export const LIMITS = {
  /** Quote and list levels on one line beyond which the text is shown plainly. */
  maxNesting: 16,
  /** Longest paragraph (or heading, table cell…) whose inline Markdown is parsed. */
  maxInlineChars: 10_000,
  /** Most characters one lexing pass covers. */
  maxPieceChars: 64_000,
  /** A tail up to this size is always lexed again on growth; beyond, only after 25 % growth. */
  eagerTailChars: 8_000,
  /** Plain text is rendered in pieces of this size, so growth re-renders only the last piece. */
  plainChunkChars: 16_000,
} as const;

/** Why text is shown plainly. */
export type PlainReason = 'nesting' | 'size' | 'error';

/** A top-level block: a Markdown token, or text shown as it is. */
export type Block =
  | { readonly kind: 'markdown'; readonly token: Token; readonly raw: string }
  | { readonly kind: 'plain'; readonly raw: string; readonly reason: PlainReason };

/** Matches one nesting marker at the start of a line: `>` or a list marker, with the space after it. */
const MARKER = /^(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$))/;

/** The nesting depth of one line: quote and list markers at its start, plus its indent / 2. */
export function lineDepth(line: string): number {
  let i = 0;
  let indent = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) {
    indent += line[i] === '\t' ? 4 : 1;
    i++;
  }
  let depth = Math.floor(indent / 2);
  let rest = line.slice(i, i + 4 * (LIMITS.maxNesting + 2));
  for (;;) {
    const m = MARKER.exec(rest);
    if (!m) break;
    depth++;
    if (depth > LIMITS.maxNesting) return depth;
    rest = rest.slice(m[0].length);
  }
  return depth;
}

/** The offset of the first line nested deeper than the limit, or -1. Fenced code is skipped. */
export function tooDeepAt(text: string): number {
  let fence: string | null = null;
  let at = 0;
  while (at <= text.length) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end === -1 ? text.length : end);
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (open && open[1]!.startsWith(fence)) fence = null;
    } else if (open) fence = open[1]!;
    else if (lineDepth(line) > LIMITS.maxNesting) return at;
    if (end === -1) break;
    at = end + 1;
  }
  return -1;
}

/**
 * Splits plain text into stable chunks, so that appending re-renders (and re-lays out) only the
 * last one. Chunks end after a space or line break near the size when there is one, so the
 * boundary reads as an ordinary line wrap.
 */
export function plainBlocks(text: string, reason: PlainReason): Block[] {
  const out: Block[] = [];
  const size = LIMITS.plainChunkChars;
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + size);
    if (end < text.length) {
      const space = Math.max(text.lastIndexOf(' ', end), text.lastIndexOf('\n', end));
      if (space >= end - size / 8) end = space + 1;
    }
    out.push({ kind: 'plain', raw: text.slice(at, end), reason });
    at = end;
  }
  return out;
}

let MarkedLexer: typeof Lexer | null = null;
let lexerState: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
let lexerLoading: Promise<void> | null = null;

/**
 * Loads `marked`'s lexer (its own chunk); resolves when it is ready or has failed, never rejects.
 * Calling it again returns the same promise.
 */
export function loadMarkdownLexer(): Promise<void> {
  lexerState = lexerState === 'idle' ? 'loading' : lexerState;
  return (lexerLoading ??= import('marked').then(
    (marked) => {
      MarkedLexer = marked.Lexer;
      lexerState = 'ready';
    },
    (error: unknown) => {
      console.error('<chat-widgets>: the Markdown lexer could not be loaded', error);
      lexerState = 'failed';
    },
  ));
}

/** Whether the lexer's chunk has arrived or failed (so text no longer waits for it). */
export function markdownLexerSettled(): boolean {
  return lexerState === 'ready' || lexerState === 'failed';
}

/** Lexes one piece (at most maxPieceChars) with the inline pass limited per paragraph. */
function lexPiece(piece: string): Block[] {
  if (!MarkedLexer) throw new Error('the Markdown lexer is not loaded');
  const lexer = new MarkedLexer();
  const tokens: Token[] = [];
  lexer.blockTokens(piece, tokens);
  for (const { src, tokens: into } of lexer.inlineQueue) {
    if (src.length <= LIMITS.maxInlineChars) lexer.inlineTokens(src, into);
    else into.push({ type: 'text', raw: src, text: src, escaped: true });
  }
  lexer.inlineQueue.length = 0;
  return tokens.map((token) => ({ kind: 'markdown', token, raw: token.raw }));
}

/**
 * Where to end a lexing pass over `text` from `start`: at most maxPieceChars on, cut after a
 * blank line so no block is split. Returns -1 when no blank line is in reach (one huge block).
 */
function pieceEnd(text: string, start: number): number {
  if (text.length - start <= LIMITS.maxPieceChars) return text.length;
  const cut = text.lastIndexOf('\n\n', start + LIMITS.maxPieceChars);
  return cut > start ? cut + 2 : -1;
}

/**
 * Lexes `text` into blocks within the limits, `budget` characters at most (the rest is returned
 * as `rest`, to be lexed in a later pass). Never throws.
 */
export function lexGuarded(text: string, budget = Infinity): { blocks: Block[]; rest: number } {
  // Without the lexer, everything waits (or, when it failed to load, shows plainly).
  if (lexerState === 'failed') return { blocks: plainBlocks(text, 'error'), rest: 0 };
  if (!MarkedLexer) return { blocks: [], rest: text.length };
  const deep = tooDeepAt(text);
  const limit = deep === -1 ? text.length : deep;
  const blocks: Block[] = [];
  let at = 0;
  while (at < limit) {
    if (at >= budget) return { blocks, rest: text.length - at };
    const end = pieceEnd(text.slice(0, limit), at);
    if (end === -1) {
      // One block longer than a pass: show it plainly, up to the next blank line.
      const next = text.indexOf('\n\n', at + LIMITS.maxPieceChars);
      const stop = next === -1 || next >= limit ? limit : next + 2;
      blocks.push(...plainBlocks(text.slice(at, stop), 'size'));
      at = stop;
      continue;
    }
    const piece = text.slice(at, end);
    try {
      blocks.push(...lexPiece(piece));
    } catch {
      blocks.push(...plainBlocks(piece, 'error'));
    }
    at = end;
  }
  if (limit < text.length) blocks.push(...plainBlocks(text.slice(limit), 'nesting'));
  return { blocks, rest: 0 };
}

/** The source length a list of blocks covers. */
const covered = (blocks: readonly Block[]): number => blocks.reduce((n, b) => n + b.raw.length, 0);

/**
 * Splits Markdown into top-level blocks incrementally. While text only grows, the blocks before
 * the last one are kept and only the tail from the start of the last block is lexed again, so a
 * streamed delta costs the size of the unfinished block, not of the whole message; a large tail
 * is lexed again only after it grew by a quarter. What is not lexed yet is `pending`.
 */
export class IncrementalLexer {
  /** The text as given (line ends not normalised), to recognise growth without re-reading it. */
  private raw = '';
  /** The text with `\r\n` and `\r` normalised to `\n`. */
  private source = '';
  private blocks: Block[] = [];
  /** Length of the source covered by the blocks that can no longer change. */
  private stableEnd = 0;
  /** Length of the source covered by all blocks (the rest is pending). */
  private lexedEnd = 0;
  /** Blocks lexed in total, for tests of the incremental path. */
  lexedBlocks = 0;

  /** The source not lexed yet (shown plainly after the blocks). */
  get pending(): string {
    return this.source.slice(this.lexedEnd);
  }

  /**
   * Takes the new full text and returns the blocks. `flush` lexes whatever is pending now, within
   * `budget` characters per call (the rest stays pending).
   */
  update(
    text: string,
    { flush = false, budget = 4 * LIMITS.maxPieceChars } = {},
  ): readonly Block[] {
    if (text === this.raw && (!flush || this.lexedEnd === this.source.length)) return this.blocks;
    // A slice and an equality are flat-memory compares; `startsWith` on the rope a streamed string
    // is walks it character by character, which made long streams quadratic.
    const grows = text.length >= this.raw.length && text.slice(0, this.raw.length) === this.raw;
    if (grows) {
      // Normalise only the new text; a `\r` that ended the old text may pair with a new `\n`.
      const carry = this.raw.endsWith('\r') ? 1 : 0;
      const added = text.slice(this.raw.length - carry).replace(/\r\n?/g, '\n');
      this.source = this.source.slice(0, this.source.length - carry) + added;
      if (carry && this.stableEnd > this.source.length) this.stableEnd = 0;
    } else {
      this.source = text.replace(/\r\n?/g, '\n');
      this.blocks = [];
      this.stableEnd = 0;
      this.lexedEnd = 0;
    }
    this.raw = text;
    const source = this.source;
    if (this.lexedEnd > source.length) this.lexedEnd = this.stableEnd = 0;
    const tail = source.length - this.stableEnd;
    const lexedTail = this.lexedEnd - this.stableEnd;
    const worth =
      flush ||
      !grows ||
      tail <= LIMITS.eagerTailChars ||
      source.length - this.lexedEnd >= lexedTail / 4;
    if (!worth) return this.blocks;
    const kept = this.blocks.slice(0, this.stableCount());
    const { blocks: fresh, rest } = lexGuarded(source.slice(this.stableEnd), budget);
    this.lexedBlocks += fresh.length;
    this.blocks = [...kept, ...fresh];
    this.lexedEnd = source.length - rest;
    // Everything but the last block is stable once more text arrives after it. Should the blocks
    // not cover the text exactly, nothing is stable: the next pass lexes it all again.
    const last = this.blocks.at(-1)?.raw.length ?? 0;
    this.stableEnd = covered(this.blocks) === this.lexedEnd ? this.lexedEnd - last : 0;
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
