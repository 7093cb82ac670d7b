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
import type { Lexer, MarkedOptions, Token } from 'marked';

import { MATH_EXTENSIONS } from './math-syntax.js';

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
/** The lexer's options with the math extensions (math-syntax.ts), made once the chunk arrived. */
let mathOptions: MarkedOptions | null = null;
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
      mathOptions = new marked.Marked({ extensions: MATH_EXTENSIONS }).defaults;
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
function lexPiece(piece: string, math: boolean): Block[] {
  if (!MarkedLexer) throw new Error('the Markdown lexer is not loaded');
  const lexer = new MarkedLexer(math && mathOptions ? mathOptions : undefined);
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
 * as `rest`, to be lexed in a later pass); with `math`, TeX is recognised (math-syntax.ts). Never
 * throws.
 */
export function lexGuarded(
  text: string,
  budget = Infinity,
  math = false,
): { blocks: Block[]; rest: number } {
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
      blocks.push(...lexPiece(piece, math));
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

/** Options of {@link IncrementalLexer.update}. */
export interface UpdateOptions {
  /** Lex whatever is pending now (within `budget`), however little the tail grew. */
  flush?: boolean;
  /** Most characters one call lexes; the rest stays pending. */
  budget?: number;
  /**
   * What was appended to the text given last time, when the caller knows (a streamed answer):
   * then the text itself is never read, only its length checked. Without it, growth is found by
   * comparing the text with the previous one.
   */
  appended?: string | null;
  /** Recognise TeX (`$…$`, `$$…$$`, `\(…\)`, `\[…\]`): the `math` option. */
  math?: boolean;
}

/**
 * Splits Markdown into top-level blocks incrementally. While text only grows, the blocks before
 * the last one are final (`stable`, appended to in place and never lexed again) and only the tail
 * from the start of the last block is lexed again, so a streamed delta costs the size of the
 * unfinished block, not of the whole message; a large tail is lexed again only after it grew by a
 * quarter. What is not lexed yet is `pending`.
 *
 * Given what was appended (`appended`), an update reads nothing but the new characters and the
 * tail: no whole-text compare, slice or copy (each of those flattens a streamed rope: O(message)).
 */
export class IncrementalLexer {
  /** The text as last given, kept to recognise growth when the caller cannot say what grew. */
  private raw = '';
  /** Whether the text given last ended with `\r` (which a `\n` in the next delta completes). */
  private endsWithCR = false;
  /** Final blocks, in order; only ever appended to, until the text is replaced. */
  readonly stable: Block[] = [];
  /** Bumped when the text was replaced (not extended): stable blocks seen before are gone. */
  generation = 0;
  /** The normalised source after the stable blocks. */
  private tail = '';
  /** The blocks of the tail lexed so far (the last pass). */
  private tailBlocks: Block[] = [];
  /** Length of the tail those blocks cover (the rest is pending). */
  private tailLexed = 0;
  /** Blocks lexed in total, for tests of the incremental path. */
  lexedBlocks = 0;
  /** Whether TeX is recognised (the `math` option); changing it lexes the text again. */
  private math = false;

  /** The source not lexed yet (shown plainly after the blocks). */
  get pending(): string {
    return this.tailLexed === this.tail.length ? '' : this.tail.slice(this.tailLexed);
  }

  /** The blocks of the tail: lexed again as text arrives. */
  get open(): readonly Block[] {
    return this.tailBlocks;
  }

  /** All blocks (a copy: for tests and one-off use, not per delta). */
  get blocks(): readonly Block[] {
    return [...this.stable, ...this.tailBlocks];
  }

  /**
   * Takes the new full text and returns all blocks (a copy; views use {@link stable} and
   * {@link open}). See {@link UpdateOptions}.
   */
  update(text: string, options: UpdateOptions = {}): readonly Block[] {
    this.advance(text, options);
    return this.blocks;
  }

  /** Takes the new full text; the blocks are then in {@link stable}, {@link open} and pending. */
  advance(
    text: string,
    {
      flush = false,
      budget = 4 * LIMITS.maxPieceChars,
      appended = null,
      math = false,
    }: UpdateOptions = {},
  ): void {
    if (math !== this.math) {
      // The same text reads differently: forget what was lexed.
      this.math = math;
      this.raw = '';
      this.reset('');
    }
    const known = appended !== null && text.length === this.raw.length + appended.length;
    const same = known ? appended === '' : text === this.raw;
    if (same && (!flush || this.tailLexed === this.tail.length)) return;
    let added: string | null = known ? appended : null;
    if (added === null && !same && text.length >= this.raw.length) {
      // A slice and an equality are flat-memory compares; `startsWith` on the rope a streamed
      // string is walks it character by character, which made long streams quadratic.
      if (text.slice(0, this.raw.length) === this.raw) added = text.slice(this.raw.length);
    }
    const grows = same || added !== null;
    let forced = !grows;
    if (added) {
      // Normalise only the new text; a `\r` that ended the old text may pair with a new `\n`.
      const carry = this.endsWithCR && this.tail !== '';
      if (this.endsWithCR && !carry) {
        this.reset(text);
      } else {
        const normal = (carry ? '\r' : '') + added;
        this.tail = (carry ? this.tail.slice(0, -1) : this.tail) + normal.replace(/\r\n?/g, '\n');
        // The carried `\r` had been lexed as a line end: lex the tail again.
        if (carry) forced = true;
        this.endsWithCR = added.endsWith('\r');
      }
    } else if (!grows) {
      this.reset(text);
    }
    this.raw = text;
    const tail = this.tail.length;
    const worth =
      flush ||
      forced ||
      tail <= LIMITS.eagerTailChars ||
      tail - this.tailLexed >= this.tailLexed / 4;
    if (worth) this.lexTail(budget);
  }

  /** Forgets everything: the text was replaced. */
  private reset(text: string): void {
    this.stable.length = 0;
    this.generation++;
    this.tail = text.replace(/\r\n?/g, '\n');
    this.tailBlocks = [];
    this.tailLexed = 0;
    this.endsWithCR = text.endsWith('\r');
  }

  private lexTail(budget: number): void {
    const { blocks: fresh, rest } = lexGuarded(this.tail, budget, this.math);
    this.lexedBlocks += fresh.length;
    const lexed = this.tail.length - rest;
    // Everything but the last block is final once more text arrives after it. Should the blocks
    // not cover the text exactly, none is: the next pass lexes the whole tail again.
    if (fresh.length > 1 && covered(fresh) === lexed) {
      const last = fresh.at(-1)!;
      const done = lexed - last.raw.length;
      this.stable.push(...fresh.slice(0, -1));
      this.tail = this.tail.slice(done);
      this.tailBlocks = [last];
      this.tailLexed = lexed - done;
    } else {
      this.tailBlocks = fresh;
      this.tailLexed = lexed;
    }
  }
}
