/** Badge: a status chip. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';

import { defineWidget } from '../../definition.js';
import type { WidgetNodeBase } from '../../definition.js';
import { oneOf, on } from '../../values.js';
import type { WidgetRenderContext } from '../../registry.js';
import { textValue } from '../../text-value.js';
import { badgeStyles } from './badge.styles.js';

/** Badge colours. */
export const BADGE_COLORS = [
  'secondary',
  'success',
  'danger',
  'warning',
  'info',
  'discovery',
] as const;
/** A badge colour. */
export type BadgeColor = (typeof BADGE_COLORS)[number];
/** Badge variants. */
export const BADGE_VARIANTS = ['solid', 'soft', 'outline'] as const;
/** A badge variant. */
export type BadgeVariant = (typeof BADGE_VARIANTS)[number];
/** Badge sizes. */
export const BADGE_SIZES = ['sm', 'md', 'lg'] as const;
/** A badge size. */
export type BadgeSize = (typeof BADGE_SIZES)[number];

/** A Badge node (catalogue §3.3). */
export interface BadgeNode extends WidgetNodeBase<'Badge'> {
  label: string;
  color?: BadgeColor;
  variant?: BadgeVariant;
  size?: BadgeSize;
  pill?: boolean;
}

/** Labels longer than this may shrink to an ellipsis in a full Row; shorter ones never do. */
const LONG_LABEL = 16;

/** Renders a Badge. */
export function renderBadge(node: BadgeNode, ctx: WidgetRenderContext): TemplateResult {
  const colorName = oneOf(node.color, BADGE_COLORS, 'secondary');
  const variant = oneOf(node.variant, BADGE_VARIANTS, 'soft');
  const size = oneOf(node.size, BADGE_SIZES, 'md');
  const label = textValue(node.label, ctx, 'Badge.label') ?? '';
  return html`<span
    class="badge color-${colorName} variant-${variant} size-${size} ${on(node.pill) ? 'pill' : ''} ${label.length > LONG_LABEL ? 'long' : ''}"
    >${label}</span
  >`;
}

/** The Badge component. */
export const definition = defineWidget<BadgeNode>({
  type: 'Badge',
  render: renderBadge,
  styles: badgeStyles,
  enums: { color: BADGE_COLORS, variant: BADGE_VARIANTS, size: BADGE_SIZES },
  example: { type: 'Badge', label: 'New', color: 'success' },
});
