/**
 * What one widget component folder exports: its definition (type name, render function, styles,
 * enumerations, an example node for the gallery), and the prop types every node shares
 * (widget-catalogue §2). `components/index.ts` is generated from the folders
 * (`npm run generate`); adding a component touches its folder only.
 *
 * Node interfaces describe the catalogue, not a guarantee: the server is untrusted, so renderers
 * still read every prop through the parsers of `values.ts` and fall back to defaults.
 */
import type { CSSResult } from 'lit';

import type { ActionConfig, WidgetComponent } from '../protocol/wire-types.js';
import type { WidgetRenderContext, WidgetRenderer } from './registry.js';

/** Children as they arrive: an array, one node, or null. */
export type WidgetChildren = WidgetComponent | WidgetComponent[] | null;

/** What every node has: its `type`, and `key`/`id` for identity across updates (catalogue §1). */
export interface WidgetNodeBase<T extends string = string> {
  type: T;
  key?: string | null;
  id?: string | null;
}

/** A colour: a token, a primitive (`blue-500`), raw CSS, or one per scheme. */
export type ColorValue = string | { light: string; dark: string };
/** A spacing value: units of the scale, or a CSS length. */
export type SpacingValue = number | string;
/** Spacing per side. */
export interface Spacing {
  top?: SpacingValue;
  right?: SpacingValue;
  bottom?: SpacingValue;
  left?: SpacingValue;
  x?: SpacingValue;
  y?: SpacingValue;
}
/** The border styles (catalogue §2.2). */
export const BORDER_STYLES = [
  'solid',
  'dashed',
  'dotted',
  'double',
  'groove',
  'ridge',
  'inset',
  'outset',
] as const;
/** A border style. */
export type BorderStyle = (typeof BORDER_STYLES)[number];
/** One border. */
export interface Border {
  size: number;
  color?: ColorValue;
  style?: BorderStyle;
}
/** Borders per side. */
export interface Borders {
  top?: number | Border;
  right?: number | Border;
  bottom?: number | Border;
  left?: number | Border;
  x?: number | Border;
  y?: number | Border;
}
/** The radius tokens. */
export const RADII = [
  'none',
  '2xs',
  'xs',
  'sm',
  'md',
  'lg',
  'xl',
  '2xl',
  '3xl',
  '4xl',
  'full',
  '100%',
] as const;
/** A radius token. */
export type Radius = (typeof RADII)[number];
/** Cross-axis alignment. */
export const ALIGNMENTS = ['start', 'center', 'end', 'baseline', 'stretch'] as const;
/** A cross-axis alignment. */
export type Alignment = (typeof ALIGNMENTS)[number];
/** Main-axis justification. */
export const JUSTIFICATIONS = [
  'start',
  'center',
  'end',
  'between',
  'around',
  'evenly',
  'stretch',
] as const;
/** A main-axis justification. */
export type Justification = (typeof JUSTIFICATIONS)[number];
/** Flex wrapping. */
export const WRAPS = ['nowrap', 'wrap', 'wrap-reverse'] as const;
/** A flex wrapping. */
export type Wrap = (typeof WRAPS)[number];
/** Layout directions. */
export const DIRECTIONS = ['row', 'col'] as const;
/** A layout direction. */
export type Direction = (typeof DIRECTIONS)[number];
/** The schemes a root may force on its subtree. */
export const WIDGET_THEMES = ['light', 'dark'] as const;
/** A scheme a root may force. */
export type WidgetTheme = (typeof WIDGET_THEMES)[number];

/** Width, height, size, min/max and aspect ratio, radius and margin (BlockProps). */
export interface BlockProps {
  height?: number | string;
  width?: number | string;
  size?: number | string;
  minHeight?: number | string;
  minWidth?: number | string;
  minSize?: number | string;
  maxHeight?: number | string;
  maxWidth?: number | string;
  maxSize?: number | string;
  aspectRatio?: number | string;
  /** A {@link Radius} token or a CSS length. */
  radius?: string;
  margin?: SpacingValue | Spacing;
}

/** The props of Box, Row, Col and Form (BoxBase). */
export interface BoxBaseProps extends BlockProps {
  children?: WidgetChildren;
  align?: Alignment;
  justify?: Justification;
  wrap?: Wrap;
  flex?: number | string;
  gap?: SpacingValue;
  padding?: SpacingValue | Spacing;
  border?: number | Border | Borders;
  background?: ColorValue;
}

/** The header above a Card or ListView. */
export type WidgetStatus =
  string | { text: string; favicon?: string; frame?: boolean } | { text: string; icon?: string };

export type { ActionConfig };

/** One widget component: everything the registry, the stylesheet and the gallery need. */
export interface WidgetDefinition<N extends WidgetNodeBase = WidgetNodeBase> {
  /** The JSON `type`, exactly as the catalogue spells it. */
  readonly type: N['type'];
  /**
   * Renders a node (stateless; stateful components render their own element). A method, so that
   * a definition of one node type is a `WidgetDefinition` of any.
   */
  render(node: N, context: WidgetRenderContext): unknown;
  /** The component's part of the widget stylesheet. */
  readonly styles: CSSResult;
  /** The enumerated props and their allowed values, for validation, the gallery and tests. */
  readonly enums: Readonly<Record<string, readonly string[]>>;
  /** A small node that shows the component (the gallery's example). */
  readonly example: N;
  /**
   * Not in the first-load bundle: the component loads as its own chunk the first time a widget
   * holds it. The generator reads this line (`lazy: true,`) from the source.
   */
  readonly lazy?: boolean;
}

/** Declares a component definition (a typed identity: the folder's one export the index reads). */
export function defineWidget<N extends WidgetNodeBase>(
  definition: WidgetDefinition<N>,
): WidgetDefinition<N> {
  return Object.freeze(definition);
}

/**
 * The definition's render function as a registry renderer. The registry hands any node of the
 * type; its props are untrusted, which the render functions allow for.
 */
export function asRenderer<N extends WidgetNodeBase>(
  definition: WidgetDefinition<N>,
): WidgetRenderer {
  return (node, context) => definition.render(node as unknown as N, context);
}
