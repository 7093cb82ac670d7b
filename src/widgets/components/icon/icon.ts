/** Icon: one of the 64 ChatKit icons, or any Lucide icon as `lucide:<name>`. */
import { html, svg } from 'lit';
import type { TemplateResult } from 'lit';
import { cssProps } from '../../css-props.js';

import { defineWidget } from '../../definition.js';
import type { ColorValue, WidgetNodeBase } from '../../definition.js';
import type { IconContext } from '../../icons.js';
import { renderIcon } from '../../icons.js';
import { color, compact, oneOf } from '../../values.js';
import { lookupTable, ownValue } from '../../../util/safe-object.js';
import { iconStyles } from './icon.styles.js';

/** Icon sizes. */
export const ICON_SIZES = ['xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl'] as const;
/** An icon size. */
export type IconSize = (typeof ICON_SIZES)[number];

/** Pixels of each icon size. */
export const ICON_SIZE_PX = lookupTable<number>({
  xs: 12,
  sm: 14,
  md: 16,
  lg: 20,
  xl: 24,
  '2xl': 32,
  '3xl': 40,
} satisfies Record<IconSize, number>);

/** An Icon node (catalogue §3.3). Not to be confused with `icons.ts`'s Lucide `IconNode`. */
export interface IconNode extends WidgetNodeBase<'Icon'> {
  /** A ChatKit icon name, or `lucide:<name>`. */
  name: string;
  color?: ColorValue;
  size?: IconSize;
}

/** Renders an Icon. */
export function renderIconNode(node: IconNode, context?: IconContext): TemplateResult {
  const size = ownValue(ICON_SIZE_PX, oneOf(node.size, ICON_SIZES, 'md')) ?? 16;
  return html`<span class="icon-wrap" ${cssProps(compact({ color: color(node.color, 'text') }))}
    >${node.name === 'dot' ? statusDot(size) : renderIcon(node.name, size, 'icon', context)}</span
  >`;
}

/**
 * `dot` is a status dot (online, new): the icon set's dot is a 2-unit point in a 24-unit box, a
 * speck of 1 to 3 px. Drawn here as a filled circle 10/24 of the icon's box (5 px at `xs`).
 */
function statusDot(size: number) {
  return svg`<svg class="icon" data-icon="dot" data-known="true" width=${size} height=${size} viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="5" fill="currentColor" /></svg>`;
}

/** The Icon component. */
export const definition = defineWidget<IconNode>({
  type: 'Icon',
  render: renderIconNode,
  styles: iconStyles,
  enums: { size: ICON_SIZES },
  example: { type: 'Icon', name: 'star', size: 'lg' },
});
