/** Text: plain text with size, weight, colour, alignment, clamping, streaming and editing. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

import { defineWidget } from '../../definition.js';
import type { WidgetNodeBase } from '../../definition.js';
import { TEXT_ALIGNS, TEXT_SIZES, TEXT_WEIGHTS, textClasses, textStyle } from '../../text-base.js';
import type { BaseTextProps, TextSize } from '../../text-base.js';
import { oneOf, on, str } from '../../values.js';
import type { WidgetRenderContext } from '../../registry.js';
import { textValue } from '../../text-value.js';
import { textStyles } from './text.styles.js';

/** What makes a Text editable: an inline input named like a form field. */
export interface EditableProps {
  name: string;
  autoFocus?: boolean;
  autoSelect?: boolean;
  autoComplete?: string;
  allowAutofillExtensions?: boolean;
  pattern?: string;
  placeholder?: string;
  required?: boolean;
}

/** A Text node (catalogue §3.3). */
export interface TextNode extends WidgetNodeBase<'Text'>, BaseTextProps {
  size?: TextSize;
  width?: number | string;
  italic?: boolean;
  lineThrough?: boolean;
  minLines?: number;
  streaming?: boolean;
  editable?: false | EditableProps;
}

/** An editable Text: an input (or a text area for multi-line text) that reads like text. */
function renderEditable(
  node: TextNode,
  editable: Record<string, unknown>,
  ctx: WidgetRenderContext,
): TemplateResult {
  const value = textValue(node.value, ctx, 'Text.value') ?? '';
  const name = str(editable['name']) ?? '';
  const multiLine =
    value.includes('\n') || (typeof node.minLines === 'number' && node.minLines > 1);
  const autofill = editable['allowAutofillExtensions'] === true;
  const select = (e: Event) => {
    if (on(editable['autoSelect'])) (e.target as HTMLInputElement).select();
  };
  // An autoFocus text is focused as it loads: until it first loses focus it shows the quiet
  // hover ring, not the focus ring, so it reads as text with a caret rather than as a boxed field.
  // (Lit sets the attribute once; it is not put back on later renders.)
  const settled = (e: Event) => (e.target as HTMLElement).removeAttribute('data-autofocused');
  const common = {
    name,
    placeholder: str(editable['placeholder']),
    pattern: str(editable['pattern']),
    autocomplete: str(editable['autoComplete']) ?? (autofill ? undefined : 'off'),
  };
  if (multiLine) {
    const rows = typeof node.minLines === 'number' ? Math.max(2, Math.floor(node.minLines)) : 3;
    return html`<textarea
      class="editable-text"
      aria-label=${common.placeholder ?? common.name}
      name=${common.name}
      rows=${rows}
      placeholder=${ifDefined(common.placeholder)}
      autocomplete=${ifDefined(common.autocomplete)}
      ?required=${on(editable['required'])}
      ?autofocus=${on(editable['autoFocus'])}
      ?data-autofocused=${on(editable['autoFocus'])}
      data-1p-ignore=${ifDefined(autofill ? undefined : 'true')}
      @focus=${select}
      @blur=${settled}
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
    ?data-autofocused=${on(editable['autoFocus'])}
    data-1p-ignore=${ifDefined(autofill ? undefined : 'true')}
    @focus=${select}
    @blur=${settled}
  />`;
}

/** Renders a Text. */
export function renderText(node: TextNode, ctx: WidgetRenderContext): TemplateResult {
  const size = oneOf(node.size, TEXT_SIZES, 'md');
  const editable: unknown = node.editable;
  if (
    typeof editable === 'object' &&
    editable !== null &&
    typeof (editable as { name?: unknown }).name === 'string'
  ) {
    // One line on purpose, as below: the wrapper keeps line breaks, so whitespace would show.
    // prettier-ignore
    return html`<div class=${textClasses(node, 'text', size)} ${textStyle(node)}>${renderEditable(node, editable as Record<string, unknown>, ctx)}</div>`;
  }
  const value = textValue(node.value, ctx, 'Text.value') ?? '';
  const classes = textClasses(node, 'text', size);
  // One line on purpose: whitespace inside would show (the text keeps line breaks).
  // prettier-ignore
  return html`<p class=${classes} ${textStyle(node)}>${value}</p>`;
}

/** The Text component. */
export const definition = defineWidget<TextNode>({
  type: 'Text',
  render: renderText,
  styles: textStyles,
  enums: { size: TEXT_SIZES, weight: TEXT_WEIGHTS, textAlign: TEXT_ALIGNS },
  example: { type: 'Text', value: 'Plain text, not Markdown.', weight: 'medium' },
});
