import type { Strings } from '../i18n/index.js';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Token, Tokens } from 'marked';

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

/** Renders inline tokens. */
export function renderInline(
  tokens: readonly Token[] | undefined,
  options: MarkdownOptions,
): unknown[] {
  return (tokens ?? []).map((token) => renderInlineToken(token, options));
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
      switch (t.depth) {
        case 1:
          return html`<h1 dir="auto">${inner}</h1>`;
        case 2:
          return html`<h2 dir="auto">${inner}</h2>`;
        case 3:
          return html`<h3 dir="auto">${inner}</h3>`;
        case 4:
          return html`<h4 dir="auto">${inner}</h4>`;
        case 5:
          return html`<h5 dir="auto">${inner}</h5>`;
        default:
          return html`<h6 dir="auto">${inner}</h6>`;
      }
    }
    case 'paragraph':
      return html`<p dir="auto">${renderInline((token as Tokens.Paragraph).tokens, options)}</p>`;
    case 'text': {
      const t = token as Tokens.Text;
      return html`<p dir="auto">
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
  if (item.task) {
    return html`<li class="task" dir="auto">
      <input type="checkbox" disabled .checked=${item.checked === true} /> ${body}
    </li>`;
  }
  return html`<li dir="auto">${body}</li>`;
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
