/** Button: variants, colours, sizes, pill, block, uniform, icons, disabled, submit, loading. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';

import { CONTROL_SIZES, CONTROL_VARIANTS } from '../../control-base.js';
import type { ControlSize, ControlVariant } from '../../control-base.js';
import { defineWidget } from '../../definition.js';
import type { ActionConfig, WidgetNodeBase } from '../../definition.js';
import { renderIcon } from '../../icons.js';
import type { WidgetRenderContext } from '../../registry.js';
import { isOneOf, oneOf, on, str } from '../../values.js';
import { textValue } from '../../text-value.js';
import { resolveActionConfig } from '../../widget-host.js';
import { lookupTable, ownValue } from '../../../util/safe-object.js';
import { iconButtonName } from './button-names.js';
import { buttonStyles } from './button.styles.js';

/** Button colours. */
export const BUTTON_COLORS = [
  'primary',
  'secondary',
  'info',
  'discovery',
  'success',
  'caution',
  'warning',
  'danger',
] as const;
/** A button colour. */
export type ButtonColor = (typeof BUTTON_COLORS)[number];
/** The `style` presets. */
export const BUTTON_STYLES = ['primary', 'secondary'] as const;
/** A `style` preset. */
export type ButtonStyle = (typeof BUTTON_STYLES)[number];
/** Icon sizes of a button. */
export const BUTTON_ICON_SIZES = ['sm', 'md', 'lg', 'xl', '2xl'] as const;
/** An icon size of a button. */
export type ButtonIconSize = (typeof BUTTON_ICON_SIZES)[number];

const ICON_PX = lookupTable<number>({
  sm: 14,
  md: 16,
  lg: 18,
  xl: 20,
  '2xl': 24,
} satisfies Record<ButtonIconSize, number>);

/** A Button node (catalogue §3.4). */
export interface ButtonNode extends WidgetNodeBase<'Button'> {
  label?: string;
  onClickAction?: ActionConfig;
  submit?: boolean;
  iconStart?: string;
  iconEnd?: string;
  iconSize?: ButtonIconSize;
  style?: ButtonStyle;
  color?: ButtonColor;
  variant?: ControlVariant;
  size?: ControlSize;
  pill?: boolean;
  uniform?: boolean;
  block?: boolean;
  disabled?: boolean;
}

/** Renders a Button. */
export function renderButton(node: ButtonNode, ctx: WidgetRenderContext): TemplateResult {
  const preset = isOneOf(node.style, BUTTON_STYLES) ? node.style : null;
  const colorName = oneOf(node.color, BUTTON_COLORS, preset ?? 'primary');
  const variant = oneOf(
    node.variant,
    CONTROL_VARIANTS,
    preset === 'secondary' ? 'outline' : 'solid',
  );
  const size = oneOf(node.size, CONTROL_SIZES, 'md');
  const iconSize = ownValue(ICON_PX, oneOf(node.iconSize, BUTTON_ICON_SIZES, 'md')) ?? 16;
  const label = textValue(node.label, ctx, 'Button.label') ?? '';
  const loading = ctx.isLoading(node);
  const submit = on(node.submit);
  const action = resolveActionConfig(node.onClickAction);
  const icon = str(node.iconStart) ?? str(node.iconEnd);
  const iconOnly = !label && !!icon;
  return html`<button
    type=${submit ? 'submit' : 'button'}
    class=${classMap({
      btn: true,
      [`variant-${variant}`]: true,
      [`color-${colorName}`]: true,
      [`size-${size}`]: true,
      pill: on(node.pill),
      block: on(node.block),
      uniform: on(node.uniform) || iconOnly,
      loading,
    })}
    ?disabled=${on(node.disabled)}
    aria-busy=${loading ? 'true' : 'false'}
    aria-label=${ifDefined(iconOnly ? iconButtonName(icon, ctx.strings) : undefined)}
    @click=${(e: Event) => {
      if (loading) {
        e.preventDefault();
        return;
      }
      // A submit button also lets its form validate and submit (which fires the form's action).
      if (action) ctx.fire(node.onClickAction, 'button', e, node);
    }}
  >
    ${loading ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
    ${node.iconStart ? renderIcon(node.iconStart, iconSize) : nothing}
    ${label ? html`<span class="btn-label">${label}</span>` : nothing}
    ${node.iconEnd ? renderIcon(node.iconEnd, iconSize) : nothing}
  </button>`;
}

/** The Button component. */
export const definition = defineWidget<ButtonNode>({
  type: 'Button',
  render: renderButton,
  styles: buttonStyles,
  enums: {
    color: BUTTON_COLORS,
    variant: CONTROL_VARIANTS,
    size: CONTROL_SIZES,
    iconSize: BUTTON_ICON_SIZES,
    style: BUTTON_STYLES,
  },
  example: {
    type: 'Button',
    label: 'Continue',
    iconEnd: 'chevron-right',
    onClickAction: { type: 'example.continue' },
  },
});
