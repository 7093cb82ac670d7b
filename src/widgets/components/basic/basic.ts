/** Basic: a bare root (also used for entity previews); may hold other roots. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { cssProps } from '../../css-props.js';

import {
  ALIGNMENTS,
  DIRECTIONS,
  JUSTIFICATIONS,
  WIDGET_THEMES,
  defineWidget,
} from '../../definition.js';
import type {
  Alignment,
  Direction,
  Justification,
  Spacing,
  SpacingValue,
  WidgetChildren,
  WidgetNodeBase,
  WidgetTheme,
} from '../../definition.js';
import type { WidgetRenderContext } from '../../registry.js';
import { themed } from '../../status.js';
import { boxStyle, oneOf } from '../../values.js';
import { basicStyles } from './basic.styles.js';

/** A Basic node (catalogue §3.1). */
export interface BasicNode extends WidgetNodeBase<'Basic'> {
  children: WidgetChildren;
  theme?: WidgetTheme;
  direction?: Direction;
  gap?: SpacingValue;
  padding?: SpacingValue | Spacing;
  align?: Alignment;
  justify?: Justification;
}

/** Renders a Basic root. */
export function renderBasic(node: BasicNode, ctx: WidgetRenderContext): TemplateResult {
  const direction = oneOf(node.direction, DIRECTIONS, 'col');
  return themed(
    node,
    html`<div class="basic box dir-${direction}" ${cssProps(boxStyle(node))}>
      ${ctx.renderChildren(node.children)}
    </div>`,
  );
}

/** The Basic component (its look is the shared `.box`). */
export const definition = defineWidget<BasicNode>({
  type: 'Basic',
  render: renderBasic,
  styles: basicStyles,
  enums: {
    direction: DIRECTIONS,
    align: ALIGNMENTS,
    justify: JUSTIFICATIONS,
    theme: WIDGET_THEMES,
  },
  example: {
    type: 'Basic',
    direction: 'row',
    gap: 2,
    children: [
      { type: 'Badge', label: 'Basic' },
      { type: 'Text', value: 'A bare root' },
    ],
  },
});
