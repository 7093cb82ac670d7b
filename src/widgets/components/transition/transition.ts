/**
 * Transition: animates its one child's changes. The child re-enters with a short fade when its
 * structure changes (a different `type`, `key` or `id`); reduced motion turns it off.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';

import { defineWidget } from '../../definition.js';
import type { WidgetChildren, WidgetNodeBase } from '../../definition.js';
import type { WidgetRenderContext } from '../../registry.js';
import { transitionStyles } from './transition.styles.js';

/** A Transition node (catalogue §3.2): one child. */
export interface TransitionNode extends WidgetNodeBase<'Transition'> {
  children?: WidgetChildren;
}

/** Renders a Transition. */
export function renderTransition(node: TransitionNode, ctx: WidgetRenderContext): TemplateResult {
  const child = Array.isArray(node.children) ? node.children[0] : node.children;
  const identity =
    child && typeof child === 'object'
      ? `${child.type}:${child.key ?? ''}:${child.id ?? ''}`
      : 'empty';
  // A keyed wrapper: a new identity is a new element, which plays the enter animation.
  return html`<div class="transition">${keyedOnce(identity, ctx.renderNode(child))}</div>`;
}

function keyedOnce(key: string, content: unknown) {
  return keyed(key, html`<div class="transition-child">${content}</div>`);
}

/** The Transition component. */
export const definition = defineWidget<TransitionNode>({
  type: 'Transition',
  lazy: true,
  render: renderTransition,
  styles: transitionStyles,
  enums: {},
  example: { type: 'Transition', children: { type: 'Text', key: 'a', value: 'Animated child' } },
});
