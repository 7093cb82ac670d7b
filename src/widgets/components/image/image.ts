/** Image: fit, position, frame, flush, radius and sizes; a failed image shows a quiet placeholder. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { styleMap } from 'lit/directives/style-map.js';

import { defineWidget } from '../../definition.js';
import type { BlockProps, ColorValue, WidgetNodeBase } from '../../definition.js';
import { background, block, compact, flex, oneOf, on, radius, sides, str } from '../../values.js';
import { imageStyles } from './image.styles.js';

/** How an image fills its box. */
export const IMAGE_FITS = ['cover', 'contain', 'fill', 'scale-down', 'none'] as const;
/** An image fit. */
export type ImageFit = (typeof IMAGE_FITS)[number];
/** Where an image sits in its box. */
export const IMAGE_POSITIONS = [
  'top left',
  'top',
  'top right',
  'left',
  'center',
  'right',
  'bottom left',
  'bottom',
  'bottom right',
] as const;
/** An image position. */
export type ImagePosition = (typeof IMAGE_POSITIONS)[number];

/** An Image node (catalogue §3.3). */
export interface ImageNode extends WidgetNodeBase<'Image'>, BlockProps {
  src: string;
  alt?: string;
  fit?: ImageFit;
  position?: ImagePosition;
  frame?: boolean;
  flush?: boolean;
  background?: ColorValue;
  flex?: number | string;
}

/** Renders an Image (nothing without a `src`). */
export function renderImage(node: ImageNode): TemplateResult | typeof nothing {
  const src = str(node.src);
  if (!src) return nothing;
  const style = compact({
    'object-fit': oneOf(node.fit, IMAGE_FITS, 'cover'),
    'object-position': oneOf(node.position, IMAGE_POSITIONS, 'center'),
    'border-radius': radius(node.radius),
    background: background(node.background),
    flex: flex(node.flex),
    ...block(node),
    ...sides('margin', node.margin),
  });
  return html`<img
    class=${classMap({ image: true, frame: on(node.frame), flush: on(node.flush) })}
    src=${src}
    alt=${str(node.alt) ?? ''}
    loading="lazy"
    referrerpolicy="no-referrer"
    style=${styleMap(style)}
    @error=${(e: Event) => (e.target as HTMLElement).classList.add('broken')}
  />`;
}

/** The Image component. */
export const definition = defineWidget<ImageNode>({
  type: 'Image',
  render: renderImage,
  styles: imageStyles,
  enums: { fit: IMAGE_FITS, position: IMAGE_POSITIONS },
  example: {
    type: 'Image',
    src: 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" width="4" height="3"%3E%3Crect width="4" height="3" fill="%2393c5fd"/%3E%3C/svg%3E',
    alt: 'A blue rectangle',
    width: 120,
    height: 90,
    radius: 'md',
  },
});
