/** Layout components: Box, Row, Col, Form, Spacer, Divider, Transition. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { styleMap } from 'lit/directives/style-map.js';

import type { WidgetComponent } from '../../protocol/wire-types.js';
import type { WidgetRenderContext } from '../registry.js';
import { boxStyle, color, compact, px, space } from '../values.js';

function direction(node: WidgetComponent, fallback: 'row' | 'col'): 'row' | 'col' {
  const d = node['direction'];
  if (d === 'row') return 'row';
  if (d === 'col' || d === 'column') return 'col';
  return fallback;
}

/** Box: a flex container, column by default (`direction` row or col; `column` accepted). */
export function renderBox(node: WidgetComponent, ctx: WidgetRenderContext): TemplateResult {
  return html`<div class="box dir-${direction(node, 'col')}" style=${styleMap(boxStyle(node))}>
    ${ctx.renderChildren(node.children)}
  </div>`;
}

/** Row: a horizontal flex container (children centred vertically unless `align` says otherwise). */
export function renderRow(node: WidgetComponent, ctx: WidgetRenderContext): TemplateResult {
  return html`<div class="box dir-row" style=${styleMap(boxStyle(node))}>
    ${ctx.renderChildren(node.children)}
  </div>`;
}

/** Col: a vertical flex container. */
export function renderCol(node: WidgetComponent, ctx: WidgetRenderContext): TemplateResult {
  return html`<div class="box dir-col" style=${styleMap(boxStyle(node))}>
    ${ctx.renderChildren(node.children)}
  </div>`;
}

/** Form: a real `<form>`; submitting runs native validation, then fires `onSubmitAction`. */
export function renderForm(node: WidgetComponent, ctx: WidgetRenderContext): TemplateResult {
  return html`<form
    class="box dir-${direction(node, 'col')}"
    style=${styleMap(boxStyle(node))}
    @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      ctx.fire(node['onSubmitAction'], 'form-submit', e, node);
    }}
  >
    ${ctx.renderChildren(node.children)}
  </form>`;
}

/** Spacer: flexible space that pushes siblings apart. */
export function renderSpacer(node: WidgetComponent): TemplateResult {
  return html`<div
    class="spacer"
    style=${styleMap(compact({ 'min-width': px(node['minSize']), 'min-height': px(node['minSize']) }))}
  ></div>`;
}

/** Divider: a horizontal rule with colour, thickness, spacing, and `flush` to the container edge. */
export function renderDivider(node: WidgetComponent): TemplateResult {
  const spacing = space(node['spacing']);
  const style = compact({
    'border-top-color': color(node['color'], 'border'),
    'border-top-width': px(node['size']),
    'margin-top': spacing,
    'margin-bottom': spacing,
  });
  return html`<hr
    class="divider ${node['flush'] === true ? 'flush' : ''}"
    style=${styleMap(style)}
  />`;
}

/**
 * Transition: animates its one child's changes. The child re-enters with a short fade when its
 * structure changes (a different `type`, `key` or `id`); reduced motion turns it off.
 */
export function renderTransition(node: WidgetComponent, ctx: WidgetRenderContext): TemplateResult {
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
