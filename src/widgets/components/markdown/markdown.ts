/** Markdown: rendered by `<cw-markdown>`, the same safe path as assistant messages. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';

import { defineWidget } from '../../definition.js';
import type { WidgetNodeBase } from '../../definition.js';
import type { WidgetRenderContext } from '../../registry.js';
import { on } from '../../values.js';
import { textValue } from '../../text-value.js';
import { markdownStyles } from './markdown.styles.js';

/** A Markdown node (catalogue §3.3). */
export interface MarkdownNode extends WidgetNodeBase<'Markdown'> {
  value: string;
  streaming?: boolean;
}

/** Renders a Markdown node (images follow the thread's allowed hosts). */
export function renderMarkdown(node: MarkdownNode, ctx: WidgetRenderContext): TemplateResult {
  return html`<cw-markdown
    class=${on(node.streaming) ? 'markdown streaming' : 'markdown'}
    .text=${textValue(node.value, ctx, 'Markdown.value') ?? ''}
    .options=${ctx.markdownOptions}
  ></cw-markdown>`;
}

/** The Markdown component. */
export const definition = defineWidget<MarkdownNode>({
  type: 'Markdown',
  render: renderMarkdown,
  styles: markdownStyles,
  enums: {},
  example: { type: 'Markdown', value: '**Markdown**, with a [link](https://example.com).' },
});
