/** The props Text, Title, Caption and Label share (BaseTextProps), and their classes and styles. */
import { classMap } from 'lit/directives/class-map.js';
import { cssProps } from './css-props.js';

import type { ColorValue } from './definition.js';
import { color, compact, cssNumber, isOneOf, oneOf, on, px } from './values.js';

/** Font weights. */
export const TEXT_WEIGHTS = ['normal', 'medium', 'semibold', 'bold'] as const;
/** A font weight. */
export type TextWeight = (typeof TEXT_WEIGHTS)[number];
/** Text alignments. */
export const TEXT_ALIGNS = ['start', 'center', 'end'] as const;
/** A text alignment. */
export type TextAlign = (typeof TEXT_ALIGNS)[number];
/** Text sizes (Text, Label). */
export const TEXT_SIZES = ['xs', 'sm', 'md', 'lg', 'xl'] as const;
/** A text size. */
export type TextSize = (typeof TEXT_SIZES)[number];

/** BaseTextProps (catalogue §3.3). */
export interface BaseTextProps {
  value: string;
  color?: ColorValue;
  weight?: TextWeight;
  textAlign?: TextAlign;
  truncate?: boolean;
  maxLines?: number;
}

/** Inline styles of a text node: colour, alignment, clamping, reserved lines, width. */
export function textStyle(props: object) {
  const node = props as Record<string, unknown>;
  const lines = (v: unknown) =>
    typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.min(v, 1000) : 0;
  const maxLines = Math.floor(lines(node['maxLines']));
  const minLines = lines(node['minLines']);
  return cssProps(
    compact({
      color: color(node['color'], 'text'),
      'text-align': isOneOf(node['textAlign'], TEXT_ALIGNS) ? node['textAlign'] : undefined,
      '-webkit-line-clamp': maxLines ? String(maxLines) : undefined,
      'min-height': minLines ? `calc(${cssNumber(minLines)} * 1lh)` : undefined,
      width: px(node['width']),
    }),
  );
}

/** Classes of a text node: its kind, size, weight and modifiers. */
export function textClasses(props: object, kind: string, size: string) {
  const node = props as Record<string, unknown>;
  const maxLines = typeof node['maxLines'] === 'number' && node['maxLines'] > 0;
  return classMap({
    [kind]: true,
    [`size-${size}`]: true,
    [`weight-${oneOf(node['weight'], TEXT_WEIGHTS, kind === 'title' ? 'semibold' : 'normal')}`]: true,
    italic: on(node['italic']),
    'line-through': on(node['lineThrough']),
    truncate: on(node['truncate']),
    clamp: maxLines,
    streaming: on(node['streaming']),
  });
}
