/**
 * Small pieces of `<chat-widgets>` that need no element state: theme options as custom properties,
 * `chatkit-link://` deep links and the image host check.
 */
import { CwDeeplinkEvent, emitChatEvent } from '../events/index.js';
import { lookupTable, ownValue } from '../util/safe-object.js';
import { imageUrlAllowed } from '../util/url-policy.js';
import type { ResolvedConfig } from './options.js';

const RADII = lookupTable<[string, string, string]>({
  sharp: ['0px', '2px', '4px'],
  soft: ['4px', '6px', '10px'],
  round: ['6px', '10px', '18px'],
  pill: ['6px', '12px', '24px'],
});

/** The custom properties ChatKit's `theme` option sets (`null`: leave the stylesheet's value). */
export function themeProperties(theme: ResolvedConfig['theme']): Record<string, string | null> {
  const r = ownValue(RADII, theme?.radius);
  // Density scales the whole spacing scale (2xs … xl), not a token or two.
  const density = theme?.density;
  const pick = (compact: string, spacious: string) =>
    density === 'compact' ? compact : density === 'spacious' ? spacious : null;
  return {
    '--cw-color-accent': theme?.color?.accent?.primary ?? null,
    '--cw-color-surface': theme?.color?.surface?.background ?? null,
    '--cw-color-text': theme?.color?.surface?.foreground ?? null,
    '--cw-font-body': theme?.typography?.fontFamily ?? null,
    '--cw-font-mono': theme?.typography?.fontFamilyMono ?? null,
    '--cw-font-size': theme?.typography?.baseSize ? `${theme.typography.baseSize}px` : null,
    '--cw-radius-s': r?.[0] ?? null,
    '--cw-radius-m': r?.[1] ?? null,
    '--cw-radius-l': r?.[2] ?? null,
    '--cw-space-2xs': pick('1px', '3px'),
    '--cw-space-xs': pick('3px', '6px'),
    '--cw-space-s': pick('6px', '10px'),
    '--cw-space-m': pick('8px', '16px'),
    '--cw-space-l': pick('12px', '20px'),
    '--cw-space-xl': pick('16px', '32px'),
  };
}

/** Sets (or removes) the theme's custom properties on the element's own style. */
export function applyTheme(host: HTMLElement, theme: ResolvedConfig['theme']): void {
  for (const [name, value] of Object.entries(themeProperties(theme))) {
    if (value) host.style.setProperty(name, value);
    else host.style.removeProperty(name);
  }
}

/** The `chatkit-link:` anchor a click landed on (through shadow roots), or `null`. */
export function deeplinkAnchor(event: Event): HTMLAnchorElement | null {
  return (
    event
      .composedPath()
      .find(
        (node): node is HTMLAnchorElement =>
          node instanceof HTMLAnchorElement && node.href.startsWith('chatkit-link:'),
      ) ?? null
  );
}

/** Reads a deep link's name and data; `null` for a malformed one. */
export function parseDeeplink(href: string): { name: string; data: Record<string, string> } | null {
  try {
    const url = new URL(href);
    const name = url.host || url.pathname.replace(/^\/+/, '');
    return { name, data: Object.fromEntries(url.searchParams.entries()) };
  } catch {
    return null;
  }
}

/** A base64 raster image inlined in the item itself: inert in an `<img>`, and no request is made. */
const INLINE_RASTER = /^data:image\/(png|jpeg|gif|webp|avif);base64,[a-z0-9+/=\s]*$/i;

/**
 * Whether an image of the thread (a generated image, an attachment preview) may load: http(s)
 * under the thread's `allowed_image_domains` (src/util/url-policy.ts), the element's own `blob:`
 * previews of files the user picked, and base64 raster images inlined in the item (how generated
 * images often arrive; no request is made and a raster image runs nothing). Nothing else:
 * `data:image/svg+xml`, `data:text/html`, `javascript:`, relative paths of another scheme.
 */
export function isImageAllowed(
  url: string,
  allowed: readonly string[] | null | undefined,
  { ownBlob = false } = {},
): boolean {
  if (url.length <= 16 * 1024 * 1024 && INLINE_RASTER.test(url)) return true;
  return imageUrlAllowed(url, allowed, { base: location.href, ownBlob });
}

/** A click listener that turns `chatkit-link://` links into deeplink events instead of navigation. */
export function deeplinkClicks(host: HTMLElement): (event: Event) => void {
  return (event) => {
    const anchor = deeplinkAnchor(event);
    if (!anchor) return;
    event.preventDefault();
    const link = parseDeeplink(anchor.href); // A malformed link does nothing.
    if (link) emitChatEvent(host, CwDeeplinkEvent, link);
  };
}
