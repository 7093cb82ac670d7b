/** The status header of Card and ListView, and the `theme` prop that roots share. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';

import { WIDGET_THEMES } from './definition.js';
import type { WidgetNodeBase } from './definition.js';
import type { WidgetRenderContext } from './registry.js';
import { renderIcon } from './icons.js';
import { textValue } from './text-value.js';
import { isOneOf, on, str } from './values.js';

/**
 * The header above a Card or ListView: favicon (optionally framed) or icon, and text. A favicon the
 * URL policy refuses shows as a neutral box of the same size.
 */
export function renderStatus(
  status: unknown,
  ctx: Pick<WidgetRenderContext, 'imageAllowed' | 'log' | 'strings'>,
): TemplateResult | typeof nothing {
  if (typeof status === 'string' && status)
    return html`<div class="status"><span>${status}</span></div>`;
  if (typeof status !== 'object' || status === null) return nothing;
  const s = status as Record<string, unknown>;
  const text = textValue(s['text'], ctx, 'status.text');
  if (text === undefined) return nothing;
  const favicon = str(s['favicon']);
  return html`<div class="status">
    ${
      favicon && !ctx.imageAllowed(favicon)
        ? html`<span
            class=${classMap({ favicon: true, framed: on(s['frame']), refused: true })}
            title=${ctx.strings.t('widget.imageRefusedWhy')}
          ></span>`
        : favicon
          ? html`<img
              class=${classMap({ favicon: true, framed: on(s['frame']) })}
              src=${favicon}
              alt=""
            />`
          : s['icon']
            ? renderIcon(s['icon'], 16)
            : nothing
    }
    <span>${text}</span>
  </div>`;
}

/** Wraps a root so that its `theme` prop forces a colour scheme on the subtree. */
export function themed(
  node: WidgetNodeBase & { theme?: unknown },
  content: TemplateResult,
): TemplateResult {
  const theme = node.theme;
  return isOneOf(theme, WIDGET_THEMES)
    ? html`<div class="theme-${theme}">${content}</div>`
    : content;
}
