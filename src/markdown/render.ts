import type { Strings } from '../i18n/index.js';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Token, Tokens } from 'marked';

import { AUTO_DIR_MAX_NODES, DirectionFinder } from '../util/direction.js';
import type { TextDirection } from '../util/direction.js';
import { imageUrlAllowed, safeLinkHref } from '../util/url-policy.js';
import { renderCode } from './code-block.js';
import { renderMath } from './math.js';
import type { MathToken } from './math-syntax.js';

/**
 * Markdown as Lit templates: the one path from server or model text to markup.
 *
 * Tokens come from `marked`'s lexer and are rendered as templates; every string is bound as text,
 * so raw HTML in a message shows as text, nothing needs `unsafeHTML`, and a strict CSP or Trusted
 * Types policy holds by construction. Links are limited to safe schemes; images only load from
 * the hosts the thread allows.
 */

/** Options of the Markdown renderer. */
export interface MarkdownOptions {
  /** Hosts images may load from; `null` allows any http(s) image, `[]` none (src/util/url-policy.ts). */
  allowedImageHosts?: readonly string[] | null;
  /** Renders a citation marker (the text between the private-use delimiters). */
  citation?: (index: number) => TemplateResult | typeof nothing;
  /** The chat's strings, for the notes over text shown plain (English when absent). */
  strings?: Strings;
  /** Highlight fenced code that names a known language (grammars load lazily); on by default. */
  codeHighlighting?: boolean;
  /** A copy button on code blocks; on by default. */
  copyCode?: boolean;
  /** Typeset TeX (`$…$`, `$$…$$`, `\(…\)`, `\[…\]`) with KaTeX, loaded lazily; off by default. */
  math?: boolean;
}

/** Start and end of an inline citation marker inserted into the text before lexing. */
export const CITE_START = '\uE000';
export const CITE_END = '\uE001';
const CITE = new RegExp(`${CITE_START}(\\d+)${CITE_END}`, 'g');

/**
 * Returns the href when it is safe to put in a link (no `javascript:`, `data:` or `vbscript:`).
 * The policy is the shared one of src/util/url-policy.ts.
 */
export function safeHref(href: string | null | undefined): string | null {
  return safeLinkHref(href);
}

/** Whether a Markdown image may load: the shared image policy with the thread's allowed hosts. */
function imageAllowed(src: string, options: MarkdownOptions): boolean {
  return imageUrlAllowed(src, options.allowedImageHosts);
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  nbsp: '\u00a0',
};

/** Decodes the few entities `marked` leaves in text so they read as characters. */
function decode(text: string): string {
  return text.includes('&')
    ? text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e] ?? _)
    : text;
}

function renderText(text: string, options: MarkdownOptions): unknown {
  return renderPlain(decode(text), options);
}

/**
 * Text as written, with its citation markers drawn as citations (never as their delimiters and
 * digits): for inline text, and for text shown before it is lexed.
 */
export function renderPlain(value: string, options: MarkdownOptions): unknown {
  if (!value.includes(CITE_START)) return value;
  const parts: unknown[] = [];
  let last = 0;
  for (const match of value.matchAll(CITE)) {
    parts.push(value.slice(last, match.index));
    parts.push(options.citation ? options.citation(Number(match[1])) : nothing);
    last = match.index + match[0].length;
  }
  parts.push(value.slice(last));
  return parts;
}

/** Whether a token is plain text with nothing inside (an escape is one character of text). */
const isBareText = (token: Token): boolean =>
  (token.type === 'text' || token.type === 'escape') && !(token as Tokens.Text).tokens;

/** Renders inline tokens. A run of plain text tokens (`\\!\\(…`) is one text node. */
export function renderInline(
  tokens: readonly Token[] | undefined,
  options: MarkdownOptions,
): unknown[] {
  const out: unknown[] = [];
  const list = tokens ?? [];
  for (let i = 0; i < list.length; i++) {
    const token = list[i]!;
    if (isBareText(token) && i + 1 < list.length && isBareText(list[i + 1]!)) {
      let text = '';
      for (; i < list.length && isBareText(list[i]!); i++) text += (list[i] as Tokens.Text).text;
      i--;
      out.push(renderText(text, options));
    } else {
      out.push(renderInlineToken(token, options));
    }
  }
  return out;
}

/** Counts the nodes inline tokens render to and reads their text for its first strong character. */
function walkInline(
  tokens: readonly Token[] | undefined,
  walk: { nodes: number; finder: DirectionFinder },
): void {
  let bare = false;
  for (const token of tokens ?? []) {
    if (walk.nodes > AUTO_DIR_MAX_NODES && walk.finder.found) return;
    // A run of plain text is one text node (renderInline).
    const wasBare = bare;
    bare = isBareText(token);
    if (!(bare && wasBare)) walk.nodes++;
    const t = token as { tokens?: Token[]; text?: unknown; raw?: unknown };
    if (token.type === 'image' || token.type === 'br') continue;
    if (t.tokens) {
      walkInline(t.tokens, walk);
    } else if (token.type === 'html' || token.type === 'tag') {
      walk.finder.add(String(t.raw));
    } else if (typeof t.text === 'string') {
      walk.finder.add(t.text);
      // Each citation marker is an element of its own.
      if (t.text.includes(CITE_START)) walk.nodes += t.text.split(CITE_START).length - 1;
    }
  }
}

/**
 * The `dir` of a block holding these inline tokens: `auto`, or past {@link AUTO_DIR_MAX_NODES}
 * nodes the direction `auto` would give, computed once (see src/util/direction.ts for why).
 */
export function inlineDir(tokens: readonly Token[] | undefined): 'auto' | TextDirection {
  const walk = { nodes: 0, finder: new DirectionFinder() };
  walkInline(tokens, walk);
  return walk.nodes > AUTO_DIR_MAX_NODES ? walk.finder.direction : 'auto';
}

function renderInlineToken(token: Token, options: MarkdownOptions): unknown {
  switch (token.type) {
    case 'text':
    case 'escape': {
      const t = token as Tokens.Text;
      return t.tokens ? renderInline(t.tokens, options) : renderText(t.text, options);
    }
    case 'strong':
      return html`<strong>${renderInline((token as Tokens.Strong).tokens, options)}</strong>`;
    case 'em':
      return html`<em>${renderInline((token as Tokens.Em).tokens, options)}</em>`;
    case 'del':
      return html`<del>${renderInline((token as Tokens.Del).tokens, options)}</del>`;
    case 'codespan':
      return html`<code>${decode((token as Tokens.Codespan).text)}</code>`;
    case 'br':
      return html`<br />`;
    case 'math':
      return renderMath(token as unknown as MathToken);
    case 'link': {
      const t = token as Tokens.Link;
      const href = safeHref(t.href);
      const content = renderInline(t.tokens, options);
      return href
        ? html`<a href=${href} title=${t.title ?? nothing} target="_blank" rel="noopener noreferrer"
            >${content}</a
          >`
        : html`<span>${content}</span>`;
    }
    case 'image': {
      const t = token as Tokens.Image;
      return imageAllowed(t.href, options)
        ? html`<img src=${t.href} alt=${t.text} loading="lazy" referrerpolicy="no-referrer" />`
        : html`<span class="image-blocked">${t.text || t.href}</span>`;
    }
    case 'html':
    case 'tag':
      // Raw HTML is shown as what it is: text.
      return (token as Tokens.HTML).raw;
    default:
      return 'raw' in token ? renderText(String(token.raw), options) : nothing;
  }
}

/** Renders one block token. */
export function renderBlock(token: Token, options: MarkdownOptions): unknown {
  switch (token.type) {
    case 'space':
      return nothing;
    case 'heading': {
      const t = token as Tokens.Heading;
      const inner = renderInline(t.tokens, options);
      const dir = inlineDir(t.tokens);
      switch (t.depth) {
        case 1:
          return html`<h1 dir=${dir}>${inner}</h1>`;
        case 2:
          return html`<h2 dir=${dir}>${inner}</h2>`;
        case 3:
          return html`<h3 dir=${dir}>${inner}</h3>`;
        case 4:
          return html`<h4 dir=${dir}>${inner}</h4>`;
        case 5:
          return html`<h5 dir=${dir}>${inner}</h5>`;
        default:
          return html`<h6 dir=${dir}>${inner}</h6>`;
      }
    }
    case 'paragraph': {
      const t = token as Tokens.Paragraph;
      return html`<p dir=${inlineDir(t.tokens)}>${renderInline(t.tokens, options)}</p>`;
    }
    case 'text': {
      const t = token as Tokens.Text;
      return html`<p dir=${t.tokens ? inlineDir(t.tokens) : 'auto'}>
        ${t.tokens ? renderInline(t.tokens, options) : renderText(t.text, options)}
      </p>`;
    }
    case 'code':
      return renderCode(token as Tokens.Code, options);
    case 'math':
      return html`<div class="math-block">${renderMath(token as unknown as MathToken)}</div>`;
    case 'blockquote':
      return html`<blockquote dir="auto">
        ${(token as Tokens.Blockquote).tokens.map((b) => renderBlock(b, options))}
      </blockquote>`;
    case 'hr':
      return html`<hr />`;
    case 'list': {
      const t = token as Tokens.List;
      const items = t.items.map((item) => renderListItem(item, options));
      if (!t.ordered)
        return html`<ul>
          ${items}
        </ul>`;
      const start = typeof t.start === 'number' && t.start !== 1 ? t.start : nothing;
      return html`<ol start=${start}>
        ${items}
      </ol>`;
    }
    case 'table':
      return renderTable(token as Tokens.Table, options);
    case 'html':
      return html`<p dir="auto">${(token as Tokens.HTML).raw}</p>`;
    case 'def':
      return nothing;
    default:
      return 'raw' in token
        ? html`<p dir="auto">${renderText(String(token.raw), options)}</p>`
        : nothing;
  }
}

function renderListItem(item: Tokens.ListItem, options: MarkdownOptions): TemplateResult {
  const body = item.tokens.map((t) =>
    // Tight list items hold bare text tokens: render them inline, not as paragraphs.
    !item.loose && t.type === 'text'
      ? renderInline((t as Tokens.Text).tokens ?? [t], options)
      : renderBlock(t, options),
  );
  // Only the item's own inline text counts: its paragraphs and lists have a dir of their own.
  const dir = inlineDir(
    item.loose
      ? []
      : item.tokens.flatMap((t) => (t.type === 'text' ? ((t as Tokens.Text).tokens ?? [t]) : [])),
  );
  if (item.task) {
    return html`<li class="task" dir=${dir}>
      <input type="checkbox" disabled .checked=${item.checked === true} /> ${body}
    </li>`;
  }
  return html`<li dir=${dir}>${body}</li>`;
}

function renderTable(table: Tokens.Table, options: MarkdownOptions): TemplateResult {
  // Classes, not style attributes: inline styles would need 'unsafe-inline' under a strict CSP.
  const align = (a: string | null) => (a ? `align-${a}` : nothing);
  return html`<div class="table-wrap">
    <table>
      <thead>
        <tr>
          ${table.header.map((cell) => html`<th class=${align(cell.align)}>${renderInline(cell.tokens, options)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${table.rows.map(
          (row) =>
            html`<tr>
              ${row.map((cell) => html`<td class=${align(cell.align)}>${renderInline(cell.tokens, options)}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
