/** Content components: Text (editable too), Title, Caption, Markdown, Badge, Icon, Image, Label. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';

import type { WidgetComponent } from '../../protocol/wire-types.js';
import { renderIcon } from '../icons.js';
import type { WidgetRenderContext } from '../registry.js';
import {
  background,
  block,
  color,
  compact,
  flex,
  oneOf,
  on,
  px,
  radius,
  sides,
  str,
} from '../values.js';
import { lookupTable } from '../../util/safe-object.js';

const WEIGHTS = ['normal', 'medium', 'semibold', 'bold'] as const;
const ALIGNS = ['start', 'center', 'end'] as const;

/** Styles shared by Text, Title, Caption and Label. */
function textStyle(node: WidgetComponent) {
  const maxLines =
    typeof node['maxLines'] === 'number' && node['maxLines'] > 0 ? Math.floor(node['maxLines']) : 0;
  const minLines =
    typeof node['minLines'] === 'number' && node['minLines'] > 0 ? node['minLines'] : 0;
  return styleMap(
    compact({
      color: color(node['color'], 'text'),
      'text-align':
        typeof node['textAlign'] === 'string' &&
        (ALIGNS as readonly string[]).includes(node['textAlign'])
          ? node['textAlign']
          : undefined,
      '-webkit-line-clamp': maxLines ? String(maxLines) : undefined,
      'min-height': minLines ? `calc(${minLines} * 1lh)` : undefined,
      width: px(node['width']),
    }),
  );
}

function textClasses(node: WidgetComponent, kind: string, size: string) {
  const maxLines = typeof node['maxLines'] === 'number' && node['maxLines'] > 0;
  return classMap({
    [kind]: true,
    [`size-${size}`]: true,
    [`weight-${oneOf(node['weight'], WEIGHTS, kind === 'title' ? 'semibold' : 'normal')}`]: true,
    italic: on(node['italic']),
    'line-through': on(node['lineThrough']),
    truncate: on(node['truncate']),
    clamp: maxLines,
    streaming: on(node['streaming']),
  });
}

/** An editable Text: an input (or a text area for multi-line text) that reads like text. */
function renderEditable(node: WidgetComponent, editable: Record<string, unknown>): TemplateResult {
  const value = str(node['value']) ?? '';
  const name = str(editable['name']) ?? '';
  const multiLine =
    value.includes('\n') || (typeof node['minLines'] === 'number' && node['minLines'] > 1);
  const autofill = editable['allowAutofillExtensions'] === true;
  const select = (e: Event) => {
    if (on(editable['autoSelect'])) (e.target as HTMLInputElement).select();
  };
  const common = {
    name,
    placeholder: str(editable['placeholder']),
    pattern: str(editable['pattern']),
    autocomplete: str(editable['autoComplete']) ?? (autofill ? undefined : 'off'),
  };
  if (multiLine) {
    const rows =
      typeof node['minLines'] === 'number' ? Math.max(2, Math.floor(node['minLines'])) : 3;
    return html`<textarea
      class="editable-text"
      aria-label=${common.placeholder ?? common.name}
      name=${common.name}
      rows=${rows}
      placeholder=${ifDefined(common.placeholder)}
      autocomplete=${ifDefined(common.autocomplete)}
      ?required=${on(editable['required'])}
      ?autofocus=${on(editable['autoFocus'])}
      data-1p-ignore=${ifDefined(autofill ? undefined : 'true')}
      @focus=${select}
      .defaultValue=${value}
    ></textarea>`;
  }
  return html`<input
    class="editable-text"
    aria-label=${common.placeholder ?? common.name}
    name=${common.name}
    .defaultValue=${value}
    placeholder=${ifDefined(common.placeholder)}
    pattern=${ifDefined(common.pattern)}
    autocomplete=${ifDefined(common.autocomplete)}
    ?required=${on(editable['required'])}
    ?autofocus=${on(editable['autoFocus'])}
    data-1p-ignore=${ifDefined(autofill ? undefined : 'true')}
    @focus=${select}
  />`;
}

/** Text: plain text with size, weight, colour, alignment, clamping, streaming and editing. */
export function renderText(node: WidgetComponent): TemplateResult {
  const size = oneOf(node['size'], ['xs', 'sm', 'md', 'lg', 'xl'] as const, 'md');
  const editable = node['editable'];
  if (
    typeof editable === 'object' &&
    editable !== null &&
    typeof (editable as { name?: unknown }).name === 'string'
  ) {
    // One line on purpose, as below: the wrapper keeps line breaks, so whitespace would show.
    // prettier-ignore
    return html`<div class=${textClasses(node, 'text', size)} style=${textStyle(node)}>${renderEditable(node, editable as Record<string, unknown>)}</div>`;
  }
  const value = str(node['value']) ?? '';
  const classes = textClasses(node, 'text', size);
  // One line on purpose: whitespace inside would show (the text keeps line breaks).
  // prettier-ignore
  return html`<p class=${classes} style=${textStyle(node)}>${value}</p>`;
}

/** Title: a heading. */
export function renderTitle(node: WidgetComponent): TemplateResult {
  const size = oneOf(
    node['size'],
    ['xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl', '4xl', '5xl'] as const,
    'md',
  );
  const value = str(node['value']) ?? '';
  const classes = textClasses(node, 'title', size);
  // One line on purpose: whitespace inside would show (the text keeps line breaks).
  // prettier-ignore
  return html`<h3 class=${classes} style=${textStyle(node)}>${value}</h3>`;
}

/** Caption: small supporting text. */
export function renderCaption(node: WidgetComponent): TemplateResult {
  const size = oneOf(node['size'], ['sm', 'md', 'lg'] as const, 'md');
  const value = str(node['value']) ?? '';
  const classes = textClasses(node, 'caption', size);
  // One line on purpose: whitespace inside would show (the text keeps line breaks).
  // prettier-ignore
  return html`<p class=${classes} style=${textStyle(node)}>${value}</p>`;
}

/** Label: the label of a form control, by the control's `name`. */
export function renderLabel(node: WidgetComponent): TemplateResult {
  const size = oneOf(node['size'], ['xs', 'sm', 'md', 'lg', 'xl'] as const, 'sm');
  const field = str(node['fieldName']);
  const forId = ifDefined(field ? `field-${field}` : undefined);
  const value = str(node['value']) ?? '';
  // prettier-ignore
  return html`<label class=${textClasses(node, 'label', size)} style=${textStyle(node)} for=${forId}>${value}</label>`;
}

/** Markdown: rendered through the same safe path as assistant messages. */
export function renderMarkdown(node: WidgetComponent): TemplateResult {
  return html`<cw-markdown
    class=${on(node['streaming']) ? 'markdown streaming' : 'markdown'}
    .text=${str(node['value']) ?? ''}
  ></cw-markdown>`;
}

/** Badge: a status chip. */
export function renderBadge(node: WidgetComponent): TemplateResult {
  const colorName = oneOf(
    node['color'],
    ['secondary', 'success', 'danger', 'warning', 'info', 'discovery'] as const,
    'secondary',
  );
  const variant = oneOf(node['variant'], ['solid', 'soft', 'outline'] as const, 'soft');
  const size = oneOf(node['size'], ['sm', 'md', 'lg'] as const, 'md');
  return html`<span
    class="badge color-${colorName} variant-${variant} size-${size} ${on(node['pill']) ? 'pill' : ''}"
    >${str(node['label']) ?? ''}</span
  >`;
}

const ICON_SIZES = lookupTable<number>({
  xs: 12,
  sm: 14,
  md: 16,
  lg: 20,
  xl: 24,
  '2xl': 32,
  '3xl': 40,
});

/** Icon: one of the 64 ChatKit icons (or `lucide:` among the bundled ones). */
export function renderIconNode(node: WidgetComponent): TemplateResult {
  const size = ICON_SIZES[oneOf(node['size'], Object.keys(ICON_SIZES), 'md')] ?? 16;
  return html`<span
    class="icon-wrap"
    style=${styleMap(compact({ color: color(node['color'], 'text') }))}
    >${renderIcon(node['name'], size)}</span
  >`;
}

const FITS = ['cover', 'contain', 'fill', 'scale-down', 'none'] as const;
const POSITIONS = [
  'top left',
  'top',
  'top right',
  'left',
  'center',
  'right',
  'bottom left',
  'bottom',
  'bottom right',
] as const;

/** Image: fit, position, frame, flush, radius and sizes; a failed image shows a quiet placeholder. */
export function renderImage(
  node: WidgetComponent,
  _ctx: WidgetRenderContext,
): TemplateResult | typeof nothing {
  const src = str(node['src']);
  if (!src) return nothing;
  const style = compact({
    'object-fit': oneOf(node['fit'], FITS, 'cover'),
    'object-position': oneOf(node['position'], POSITIONS, 'center'),
    'border-radius': radius(node['radius']),
    background: background(node['background']),
    flex: flex(node['flex']),
    ...block(node),
    ...sides('margin', node['margin']),
  });
  return html`<img
    class=${classMap({ image: true, frame: on(node['frame']), flush: on(node['flush']) })}
    src=${src}
    alt=${str(node['alt']) ?? ''}
    loading="lazy"
    referrerpolicy="no-referrer"
    style=${styleMap(style)}
    @error=${(e: Event) => (e.target as HTMLElement).classList.add('broken')}
  />`;
}
