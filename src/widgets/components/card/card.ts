/** Card: the default container, with status header, confirm/cancel footer, sizes and `asForm`. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { cssProps } from '../../css-props.js';

import { WIDGET_THEMES, defineWidget } from '../../definition.js';
import type {
  ActionConfig,
  Border,
  Borders,
  ColorValue,
  Spacing,
  SpacingValue,
  WidgetChildren,
  WidgetNodeBase,
  WidgetStatus,
  WidgetTheme,
} from '../../definition.js';
import type { WidgetRenderContext } from '../../registry.js';
import { renderStatus, themed } from '../../status.js';
import { background, border, compact, oneOf, on, sides } from '../../values.js';
import { textValue } from '../../text-value.js';
import { resolveActionConfig } from '../../widget-host.js';
import { cardStyles } from './card.styles.js';

/** Card widths. */
export const CARD_SIZES = ['sm', 'md', 'lg', 'full'] as const;
/** A card width. */
export type CardSize = (typeof CARD_SIZES)[number];

/** A footer button of a Card. */
export interface CardAction {
  label: string;
  action: ActionConfig;
}

/** A Card node (catalogue §3.1). */
export interface CardNode extends WidgetNodeBase<'Card'> {
  children: WidgetChildren;
  asForm?: boolean;
  background?: ColorValue;
  border?: number | Border | Borders;
  size?: CardSize;
  padding?: SpacingValue | Spacing;
  status?: WidgetStatus;
  collapsed?: boolean;
  confirm?: CardAction;
  cancel?: CardAction;
  theme?: WidgetTheme;
}

type Footer = { label?: unknown; action?: unknown } | undefined;

function cardFooter(
  node: CardNode,
  ctx: WidgetRenderContext,
  flushBottom: boolean,
): TemplateResult | typeof nothing {
  const confirm = node.confirm as Footer;
  const cancel = node.cancel as Footer;
  const hasConfirm = confirm && resolveActionConfig(confirm.action);
  const hasCancel = cancel && resolveActionConfig(cancel.action);
  if (!hasConfirm && !hasCancel) return nothing;
  const asForm = on(node.asForm);
  return html`<div class="card-footer ${flushBottom ? 'spaced' : ''}">
    ${
      hasCancel
        ? html`<button
            type="button"
            class="btn variant-outline color-secondary size-md"
            formnovalidate
            @click=${(e: Event) => ctx.fire(cancel.action, 'card-cancel', e, cancel)}
          >
            ${textValue(cancel.label, ctx, 'Card.cancel.label') ?? ctx.strings.t('widget.cancel')}
          </button>`
        : nothing
    }
    ${
      hasConfirm
        ? html`<button
            type=${asForm ? 'submit' : 'button'}
            class="btn variant-solid color-primary size-md"
            aria-busy=${ctx.isLoading(confirm) ? 'true' : 'false'}
            @click=${asForm ? nothing : (e: Event) => ctx.fire(confirm.action, 'card-confirm', e, confirm)}
          >
            ${textValue(confirm.label, ctx, 'Card.confirm.label') ?? ctx.strings.t('widget.confirm')}
          </button>`
        : nothing
    }
  </div>`;
}

/** Renders a Card. */
export function renderCard(node: CardNode, ctx: WidgetRenderContext): TemplateResult {
  const size = oneOf(node.size, CARD_SIZES, 'md');
  const collapsed = on(node.collapsed);
  const padding = node.padding === undefined ? {} : sides('padding', node.padding);
  // With no padding under the body (real cards use `padding: 0` so content reaches the edges),
  // the footer brings its own top spacing instead of touching the content.
  const flushBottom = /^0(?:[a-z]+|%)?$/.test(
    padding['padding-bottom'] ?? padding['padding'] ?? '',
  );
  const style = cssProps(
    compact({ background: background(node.background), ...border(node.border) }),
  );
  const body = html`<div class="card-body" ${cssProps(compact(padding))} ?hidden=${collapsed}>
    ${ctx.renderChildren(node.children)}
  </div>`;
  const confirm = node.confirm as Footer;
  const content = html`${renderStatus(node.status, ctx)}${
    on(node.asForm)
      ? html`<form
          class="card-form"
          @submit=${(e: SubmitEvent) => {
            e.preventDefault();
            if (confirm?.action) ctx.fire(confirm.action, 'card-confirm', e, confirm);
          }}
        >
          ${body}${collapsed ? nothing : cardFooter(node, ctx, flushBottom)}
        </form>`
      : html`${body}${collapsed ? nothing : cardFooter(node, ctx, flushBottom)}`
  }`;
  return themed(
    node,
    html`<section class="card size-${size} ${collapsed ? 'collapsed' : ''}" ${style}>
      ${content}
    </section>`,
  );
}

/** The Card component. */
export const definition = defineWidget<CardNode>({
  type: 'Card',
  render: renderCard,
  styles: cardStyles,
  enums: { size: CARD_SIZES, theme: WIDGET_THEMES },
  example: {
    type: 'Card',
    size: 'sm',
    status: { text: 'Example', icon: 'sparkle' },
    children: [{ type: 'Text', value: 'A card holds other components.' }],
    confirm: { label: 'OK', action: { type: 'example.ok' } },
  },
});
