/** Image: fit, position, frame, flush, radius and sizes; a failed image shows a quiet placeholder. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { cssProps } from '../../css-props.js';

import { defineWidget } from '../../definition.js';
import type { BlockProps, ColorValue, WidgetNodeBase } from '../../definition.js';
import type { WidgetRenderContext } from '../../registry.js';
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

/**
 * Renders an Image (nothing without a `src`). A `src` the URL policy refuses (not http(s), or a host
 * the thread does not allow) shows a neutral box with the alt text instead, never a blank.
 */
export function renderImage(
  node: ImageNode,
  ctx: WidgetRenderContext,
): TemplateResult | typeof nothing {
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
  const alt = str(node.alt) ?? '';
  if (!ctx.imageAllowed(src))
    return html`<span
      class=${classMap({ image: true, frame: on(node.frame), flush: on(node.flush), refused: true })}
      role="img"
      aria-label=${alt || ctx.strings.t('widget.imageRefused')}
      title=${ctx.strings.t('widget.imageRefusedWhy')}
      ${cssProps(style)}
      ><span class="refused-label">${alt || ctx.strings.t('widget.imageRefused')}</span></span
    >`;
  return html`<img
    class=${classMap({ image: true, frame: on(node.frame), flush: on(node.flush) })}
    src=${src}
    alt=${alt}
    loading="lazy"
    referrerpolicy="no-referrer"
    ${cssProps(style)}
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
    // Served beside the fixtures (an example of the tests and the gallery).
    src: '/test/fixtures/widgets/assets/blue-rectangle.svg',
    alt: 'A blue rectangle',
    width: 120,
    height: 90,
    radius: 'md',
  },
});
