import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

import type { Strings } from '../i18n/index.js';
import { icon } from '../icons/chrome-icons.js';
import { lazyElement } from '../internal/lazy-elements.js';
import type { MarkdownOptions } from '../markdown/render.js';
import type {
  Annotation,
  AssistantMessageContent,
  Attachment,
  ClientToolCallItem,
  Source,
  UserMessageContent,
  UserMessageItem,
} from '../protocol/wire-types.js';
import { textGrowth } from '../state/text-growth.js';
import { entityChip, markdownForPart } from './entity-sources.js';
import { safeLinkHref as safeHref } from '../util/url-policy.js';
import { AUTO_DIR_MAX_NODES, DirectionFinder } from '../util/direction.js';
import type { ItemEntry } from '../state/thread-state.js';
import type { ItemActionsConfig } from './options.js';

const markdownCache = new WeakMap<readonly string[], MarkdownOptions>();
const citation = (n: number) => html`<span class="cite">${n}</span>`;
const anyImageHost: MarkdownOptions = { allowedImageHosts: null, citation };

/**
 * The Markdown options for a thread's allowed image hosts: the same object for the same list, so
 * a `<cw-markdown>` given it does not re-render for it.
 */
export function markdownOptionsFor(
  allowed: readonly string[] | null,
  strings?: Strings,
  extras?: Pick<MarkdownOptions, 'codeHighlighting' | 'copyCode' | 'math'>,
): MarkdownOptions {
  let options = allowed ? markdownCache.get(allowed) : anyImageHost;
  if (!options) {
    options = { allowedImageHosts: allowed, citation };
    markdownCache.set(allowed!, options);
  }
  // With the chat's strings and Markdown options: a new object, made only when the thread's
  // inputs change.
  return strings || extras ? { ...options, ...extras, strings } : options;
}

/** What item renderers need from the element. */
export interface ItemContext {
  markdown: MarkdownOptions;
  /** The chat's strings (its language). */
  strings: Strings;
  /** Whether a URL may load as an image (thread's allowed domains, data: previews). */
  /** Whether an image may load; `own` marks the element's own previews (blob URLs it made). */
  imageAllowed(url: string, own?: boolean): boolean;
  onTagClick(tag: Extract<UserMessageContent, { type: 'input_tag' }>): void;
  /** Hover or focus on an interactive tag asks for its preview; leaving it hides the preview. */
  onTagPreview(
    tag: Extract<UserMessageContent, { type: 'input_tag' }>,
    anchor: HTMLElement | null,
  ): void;
  /** Which actions show under answers (`threadItemActions`), in which order, and user copy. */
  actions: { feedback: boolean; retry: boolean } & ItemActionsConfig;
  /** The feedback already given to an item. */
  feedbackOf(itemId: string): 'positive' | 'negative' | undefined;
  onCopy(entry: ItemEntry): void;
  onFeedback(entry: ItemEntry, kind: 'positive' | 'negative'): void;
  onRetry(entry: ItemEntry): void;
  onShare(entry: ItemEntry): void;
  onEdit(entry: ItemEntry): void;
}

/** The text "copy" puts on the clipboard: an answer's text, or a widget's `copy_text`. */
export function copyText(entry: ItemEntry): string | null {
  const item = entry.item as {
    type: string;
    content?: { text?: string }[];
    copy_text?: string | null;
  };
  if (item.type === 'assistant_message')
    return (item.content ?? []).map((p) => p.text ?? '').join('\n\n');
  if (item.type === 'user_message')
    return (
      (item.content as UserMessageContent[] | undefined)
        ?.map((c) => (c.type === 'input_text' ? c.text : `@${c.text}`))
        .join('') || null
    );
  if (item.type === 'widget')
    return typeof item.copy_text === 'string' && item.copy_text ? item.copy_text : null;
  return null;
}

/**
 * Copy, feedback and retry under a finished answer: `<cw-message-actions>`, a chunk fetched when
 * the chat is idle (item-extras.ts), so it is there before the first answer ends. Until then its
 * place is held (items.styles.ts); without its chunk, the answer shows no actions.
 */
function renderActions(entry: ItemEntry, ctx: ItemContext): unknown {
  if (entry.phase === 'streaming' || entry.phase === 'optimistic') return nothing;
  const a = ctx.actions;
  if (entry.item.type === 'user_message') {
    if (!a.editUserMessage && !(a.copyUserMessage && copyText(entry))) return nothing;
  } else if (!(a.copy && copyText(entry)) && !a.feedback && !a.retry && !a.share) return nothing;
  return lazyElement(
    'cw-message-actions',
    html`<cw-message-actions
      class="item-actions"
      role="toolbar"
      aria-label=${ctx.strings.t('message.actions')}
      .entry=${entry}
      .ctx=${ctx}
    ></cw-message-actions>`,
    nothing,
  );
}

/**
 * A broken image is hidden rather than shown as the browser's broken icon (a class, not a DOM
 * swap: Lit still owns the element's bindings).
 */
export function hideBroken(event: Event): void {
  (event.target as HTMLImageElement).classList.add('broken');
}

/** A link to a source, when its URL is safe; its title as text otherwise. */
export function sourceLink(source: Source, s: Strings): TemplateResult {
  const href = source.type === 'url' ? safeHref(source.url) : null;
  const title =
    source.title || (source.type === 'file' ? source.filename : '') || s.t('message.source');
  return href
    ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${title}</a>`
    : html`<span>${title}</span>`;
}

/** Shown instead of a widget when the widget layer's chunk could not be loaded. */
const widgetFallback = (s: Strings) =>
  html`<p class="lazy-fallback" role="note">${s.t('fallback.widget')}</p>`;

const stepsFallback = (s: Strings) =>
  html`<p class="item lazy-fallback" role="note">${s.t('fallback.steps')}</p>`;

const extraFallback = (s: Strings) =>
  html`<p class="item lazy-fallback" role="note">${s.t('fallback.extra')}</p>`;

const isTag = (c: UserMessageContent): c is Extract<UserMessageContent, { type: 'input_tag' }> =>
  c.type === 'input_tag';

function renderAttachment(a: Attachment, ctx: ItemContext): TemplateResult {
  const preview = a.type === 'image' && typeof a.preview_url === 'string' ? a.preview_url : null;
  if (preview && ctx.imageAllowed(preview, true)) {
    return html`<img
      class="attachment-image"
      src=${preview}
      alt=${a.name}
      loading="lazy"
      @error=${hideBroken}
    />`;
  }
  return html`<span class="attachment-file"
    >${icon(a.type === 'image' ? 'image' : 'file', 16)}<span>${a.name}</span></span
  >`;
}

/** A tag in a sent message: a chip; interactive ones click through and preview on hover or focus. */
function renderTag(
  tag: Extract<UserMessageContent, { type: 'input_tag' }>,
  ctx: ItemContext,
): TemplateResult {
  const preview = (e: Event) => ctx.onTagPreview(tag, e.currentTarget as HTMLElement);
  const hide = () => ctx.onTagPreview(tag, null);
  const label = `@${tag.text}`;
  // One line on purpose: the bubble keeps whitespace (pre-wrap), so none may sit inside the chip.
  // prettier-ignore
  return html`<button type="button" class="tag" ?disabled=${!tag.interactive} @click=${() => ctx.onTagClick(tag)} @mouseenter=${preview} @focus=${preview} @mouseleave=${hide} @blur=${hide}>${label}</button>`;
}

function renderUser(entry: ItemEntry, ctx: ItemContext): TemplateResult {
  const item = entry.item as UserMessageItem;
  // Adjacent texts are one text node, and a server's thousands of parts do not make the
  // bubble's dir="auto" quadratic (src/util/direction.ts).
  const parts: unknown[] = [];
  const finder = new DirectionFinder();
  let text = '';
  for (const c of item.content) {
    if (isTag(c)) {
      if (text) parts.push(text);
      text = '';
      finder.add(c.text);
      parts.push(renderTag(c, ctx));
    } else {
      const value = (c as { text?: string }).text;
      if (typeof value === 'string') {
        text += value;
        finder.add(value);
      }
    }
  }
  if (text) parts.push(text);
  const dir = parts.length > AUTO_DIR_MAX_NODES ? finder.direction : 'auto';
  return html`<div class="item user ${entry.phase}" part="message user-message">
    ${item.quoted_text ? html`<blockquote class="quote">${item.quoted_text}</blockquote>` : nothing}
    ${
      item.attachments.length
        ? html`<div class="attachments">
            ${item.attachments.map((a) => renderAttachment(a, ctx))}
          </div>`
        : nothing
    }
    ${parts.length ? html`<div class="bubble" dir=${dir}>${parts}</div>` : nothing}
    ${entry.phase === 'failed' ? html`<div class="status-note">${ctx.strings.t('message.notSent')}</div>` : entry.phase === 'done' ? renderActions(entry, ctx) : nothing}
  </div>`;
}

function renderSources(
  annotations: readonly Annotation[],
  ctx: ItemContext,
): TemplateResult | typeof nothing {
  const s = ctx.strings;
  const seen = new Set<string>();
  const sources: Source[] = [];
  for (const a of annotations) {
    const source = a?.source;
    if (!source || typeof source !== 'object') continue;
    const key = JSON.stringify([
      source.type,
      source.title,
      (source as { url?: string }).url,
      (source as { id?: string }).id,
    ]);
    if (!seen.has(key)) {
      seen.add(key);
      sources.push(source);
    }
  }
  if (!sources.length) return nothing;
  return html`<details class="sources">
    <summary>${s.t('message.sources', { n: sources.length })}</summary>
    <ol>
      ${sources.map((source) => html`<li dir="auto">${source.type === 'entity' ? entityChip(source, source.label || source.title, ctx, 'entity-source') : sourceLink(source, s)}${source.description ? html`<div class="muted">${source.description}</div>` : nothing}</li>`)}
    </ol>
  </details>`;
}

function renderAssistant(entry: ItemEntry, ctx: ItemContext): TemplateResult {
  const parts = (entry.item as { content: AssistantMessageContent[] }).content;
  const annotations = parts.flatMap((p) => p.annotations);
  const empty = parts.every((p) => p.text === '');
  return html`<div class="item assistant ${entry.phase}" part="message assistant-message">
    ${
      empty && entry.phase === 'streaming'
        ? html`<div class="typing" aria-label=${ctx.strings.t('message.writing')}>
            <span></span><span></span><span></span>
          </div>`
        : parts.map(
            (p) =>
              html`<cw-markdown
                dir="auto"
                .text=${p.text}
                .growth=${textGrowth(p)}
                .citations=${p.annotations.map((a) => a.index)}
                .options=${markdownForPart(p.annotations, ctx)}
              ></cw-markdown>`,
          )
    }
    ${entry.phase === 'frozen' && entry.frozenBy === 'aborted' ? html`<div class="status-note">${ctx.strings.t('message.stopped')}</div>` : nothing}
    ${renderSources(annotations, ctx)}${empty ? nothing : renderActions(entry, ctx)}
  </div>`;
}

function renderToolCall(entry: ItemEntry, running: boolean, s: Strings): TemplateResult {
  const item = entry.item as ClientToolCallItem;
  const pending = item.status === 'pending';
  return html`<div class="item tool-call" role="status">
    ${pending && running ? html`<span class="spinner"></span>` : icon(pending ? 'tool' : 'check', 14)}
    <span
      >${s.t(pending ? (running ? 'tool.running' : 'tool.waiting') : 'tool.used', { name: item.name })}</span
    >
  </div>`;
}

/** Renders one visible item of the thread. Unknown types render nothing. */
export function renderItem(
  entry: ItemEntry,
  ctx: ItemContext,
  runningTool: string | null,
): unknown {
  switch (entry.item.type) {
    case 'user_message':
      return renderUser(entry, ctx);
    case 'assistant_message':
      return renderAssistant(entry, ctx);
    case 'widget':
      return html`<div class="item widget-item ${entry.phase}" part="widget">
        ${lazyElement(
          'cw-widget',
          html`<cw-widget
            embedded
            .itemId=${entry.item.id}
            .widget=${(entry.item as { widget: unknown }).widget}
          ></cw-widget>`,
          widgetFallback(ctx.strings),
        )}
        ${copyText(entry) ? renderActions(entry, ctx) : nothing}
      </div>`;
    case 'workflow':
    case 'task':
      // The host element is the item; <cw-workflow> (a chunk) renders inside it.
      return lazyElement(
        'cw-workflow',
        html`<cw-workflow
          class="item ${entry.item.type === 'workflow' ? 'workflow' : 'task-item'}"
          part=${entry.item.type === 'workflow' ? 'workflow' : nothing}
          .entry=${entry}
          .ctx=${ctx}
        ></cw-workflow>`,
        stepsFallback(ctx.strings),
      );
    case 'generated_image':
    case 'structured_input':
      // Rare kinds: <cw-extra-item> (item-extras.ts, a chunk) renders inside the host, the item.
      return lazyElement(
        'cw-extra-item',
        html`<cw-extra-item class="item" .entry=${entry} .ctx=${ctx}></cw-extra-item>`,
        extraFallback(ctx.strings),
      );
    case 'client_tool_call':
      return renderToolCall(entry, runningTool === entry.item.id, ctx.strings);
    default:
      return nothing;
  }
}
