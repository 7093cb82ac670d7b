/**
 * Entity sources in answers (`EntitySource` annotations): shown inline where they are cited (their
 * `inline_label`, else their icon, else the citation number) and in the sources list (icon and
 * `label` or title). Interactive ones behave like the tags of sent messages: a click calls
 * `entities.onClick`, hover or focus asks `entities.onRequestPreview` for a preview.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

import type { MarkdownOptions } from '../markdown/render.js';
import type { Annotation, EntitySource } from '../protocol/wire-types.js';
import type { InputTag } from './entities.js';
import type { ItemContext } from './items.js';
import { renderIcon } from './lazy-icon.js';

const isEntity = (a: Annotation | undefined): a is Annotation & { source: EntitySource } =>
  a?.source?.type === 'entity' && typeof a.source.id === 'string';

/** The tag an entity source stands for, as the tag handlers take it. */
function sourceTag(source: EntitySource): InputTag {
  return {
    type: 'input_tag',
    id: source.id,
    text: typeof source.title === 'string' ? source.title : '',
    interactive: source.interactive === true,
    ...(typeof source.group === 'string' ? { group: source.group } : {}),
    data: source.data && typeof source.data === 'object' ? source.data : {},
  };
}

/**
 * An entity source as a chip: a button for an interactive one (click, hover and focus preview),
 * text otherwise. `label` is what it shows besides its icon.
 */
export function entityChip(
  source: EntitySource,
  label: string | null,
  ctx: ItemContext,
  className: string,
): TemplateResult {
  const tag = sourceTag(source);
  const glyph =
    typeof source.icon === 'string' ? renderIcon(source.icon, 14, 'entity-icon') : nothing;
  const name = label ?? tag.text;
  if (!tag.interactive)
    return html`<span class=${className} title=${tag.text} dir="auto"
      >${glyph}${label ?? nothing}</span
    >`;
  const preview = (e: Event) => ctx.onTagPreview(tag, e.currentTarget as HTMLElement);
  const hide = () => ctx.onTagPreview(tag, null);
  return html`<button
    type="button"
    class=${className}
    aria-label=${name}
    title=${tag.text}
    dir="auto"
    @click=${() => ctx.onTagClick(tag)}
    @mouseenter=${preview}
    @focus=${preview}
    @mouseleave=${hide}
    @blur=${hide}
  >
    ${glyph}${label ?? nothing}
  </button>`;
}

/** Per part's annotations and item context: the Markdown options that draw its entity citations. */
const cache = new WeakMap<readonly Annotation[], WeakMap<ItemContext, MarkdownOptions>>();

/**
 * The Markdown options for a part of an answer: the thread's, or, when the part cites entities,
 * the same with a citation drawing of its own (made once per annotations list and context, so the
 * part's Markdown does not re-render for it).
 */
export function markdownForPart(
  annotations: readonly Annotation[],
  ctx: ItemContext,
): MarkdownOptions {
  if (!annotations.some(isEntity)) return ctx.markdown;
  let byCtx = cache.get(annotations);
  if (!byCtx) cache.set(annotations, (byCtx = new WeakMap()));
  let options = byCtx.get(ctx);
  if (!options) {
    const number = ctx.markdown.citation;
    options = {
      ...ctx.markdown,
      citation: (n) => {
        const a = annotations[n - 1];
        if (!isEntity(a)) return number ? number(n) : nothing;
        const { source } = a;
        const inline =
          typeof source.inline_label === 'string' && source.inline_label
            ? source.inline_label
            : null;
        // Nothing to show in the text but a number: the number, as for any source.
        if (!inline && typeof source.icon !== 'string' && source.interactive !== true)
          return number ? number(n) : nothing;
        return entityChip(source, inline, ctx, 'entity-cite');
      },
    };
    byCtx.set(ctx, options);
  }
  return options;
}
