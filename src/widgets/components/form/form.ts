/** Form: a real `<form>`; submitting runs native validation, then fires `onSubmitAction`. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { cssProps } from '../../css-props.js';

import { ALIGNMENTS, DIRECTIONS, JUSTIFICATIONS, WRAPS, defineWidget } from '../../definition.js';
import type { ActionConfig, BoxBaseProps, Direction, WidgetNodeBase } from '../../definition.js';
import type { WidgetRenderContext } from '../../registry.js';
import { boxStyle } from '../../values.js';
import { boxDirection } from '../box/box.js';
import { formStyles } from './form.styles.js';

/** A Form node (catalogue §3.2). */
export interface FormNode extends WidgetNodeBase<'Form'>, BoxBaseProps {
  onSubmitAction?: ActionConfig;
  direction?: Direction | 'column';
}

/** Renders a Form. */
export function renderForm(node: FormNode, ctx: WidgetRenderContext): TemplateResult {
  return html`<form
    class="box dir-${boxDirection(node.direction, 'col')}"
    ${cssProps(boxStyle(node))}
    @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      ctx.fire(node.onSubmitAction, 'form-submit', e, node);
    }}
  >
    ${ctx.renderChildren(node.children)}
  </form>`;
}

/** The Form component. */
export const definition = defineWidget<FormNode>({
  type: 'Form',
  lazy: true,
  render: renderForm,
  styles: formStyles,
  enums: { direction: DIRECTIONS, align: ALIGNMENTS, justify: JUSTIFICATIONS, wrap: WRAPS },
  example: {
    type: 'Form',
    direction: 'row',
    gap: 2,
    onSubmitAction: { type: 'example.submit' },
    children: [
      { type: 'Input', name: 'example.name', placeholder: 'Name', required: true },
      { type: 'Button', label: 'Send', submit: true },
    ],
  },
});
