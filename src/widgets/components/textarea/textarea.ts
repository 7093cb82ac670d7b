/** Textarea: multi-line, with rows, auto-resize up to `maxRows`. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

import {
  CONTROL_SIZES,
  FIELD_VARIANTS,
  GUTTER_SIZES,
  controlClasses,
  fieldId,
  noAutofill,
  selectOnFocus,
} from '../../control-base.js';
import type { ControlSize, FieldVariant, GutterSize } from '../../control-base.js';
import { defineWidget } from '../../definition.js';
import type { WidgetNodeBase } from '../../definition.js';
import { on, str } from '../../values.js';
import type { WidgetRenderContext } from '../../registry.js';
import { textValue } from '../../text-value.js';
import { textareaStyles } from './textarea.styles.js';

/** A Textarea node (catalogue §3.4). */
export interface TextareaNode extends WidgetNodeBase<'Textarea'> {
  name: string;
  defaultValue?: string;
  required?: boolean;
  pattern?: string;
  placeholder?: string;
  autoSelect?: boolean;
  autoFocus?: boolean;
  disabled?: boolean;
  variant?: FieldVariant;
  size?: ControlSize;
  gutterSize?: GutterSize;
  rows?: number;
  autoResize?: boolean;
  maxRows?: number;
  allowAutofillExtensions?: boolean;
}

/** Renders a Textarea. */
export function renderTextarea(node: TextareaNode, ctx: WidgetRenderContext): TemplateResult {
  const name = str(node.name);
  const rows = typeof node.rows === 'number' && node.rows > 0 ? Math.floor(node.rows) : 3;
  const maxRows = typeof node.maxRows === 'number' && node.maxRows > 0 ? node.maxRows : 0;
  const pattern = str(node.pattern);
  const grow = (e: Event) => {
    // Text areas have no native `pattern`: validate it the same way, through the constraint API.
    if (pattern) {
      const el = e.target as HTMLTextAreaElement;
      let ok = true;
      try {
        ok = el.value === '' || new RegExp(`^(?:${pattern})$`, 'v').test(el.value);
      } catch {
        ok = true; // An invalid pattern is ignored, as the browser ignores it on inputs.
      }
      el.setCustomValidity(ok ? '' : ctx.strings.t('widget.pattern'));
    }
    if (!on(node.autoResize)) return;
    const el = e.target as HTMLTextAreaElement;
    el.style.height = 'auto';
    const line = parseFloat(getComputedStyle(el).lineHeight) || 20;
    const max = maxRows ? maxRows * line + 16 : Infinity;
    el.style.height = `${Math.min(el.scrollHeight, max)}px`;
  };
  return html`<textarea
    class=${controlClasses(node, 'textarea', FIELD_VARIANTS, 'outline')}
    id=${ifDefined(fieldId(name))}
    name=${ifDefined(name)}
    rows=${rows}
    .defaultValue=${textValue(node.defaultValue, ctx, 'Textarea.defaultValue') ?? ''}
    placeholder=${ifDefined(str(node.placeholder))}
    ?required=${on(node.required)}
    ?disabled=${on(node.disabled)}
    ?autofocus=${on(node.autoFocus)}
    data-pattern=${ifDefined(pattern)}
    autocomplete=${node.allowAutofillExtensions === true ? 'on' : 'off'}
    data-1p-ignore=${ifDefined(noAutofill(node))}
    @focus=${selectOnFocus(node)}
    @input=${grow}
  ></textarea>`;
}

/** The Textarea component. */
export const definition = defineWidget<TextareaNode>({
  type: 'Textarea',
  lazy: true,
  render: renderTextarea,
  styles: textareaStyles,
  enums: { variant: FIELD_VARIANTS, size: CONTROL_SIZES, gutterSize: GUTTER_SIZES },
  example: { type: 'Textarea', name: 'example.notes', rows: 2, placeholder: 'Notes' },
});
