/**
 * Small pieces of `<chat-widgets>` that need no element state: theme options as custom properties,
 * `chatkit-link://` deep links and the image host check.
 */
import { CwDeeplinkEvent, emitChatEvent } from '../events/index.js';
import { lookupTable, ownValue } from '../util/safe-object.js';
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

/**
 * Whether an image may load: data and blob URLs always; http(s) URLs when the thread sets no
 * `allowed_image_domains`, or when the host (or a subdomain of it) is listed, or same-origin.
 */
export function isImageAllowed(
  url: string,
  allowed: readonly string[] | null | undefined,
): boolean {
  if (url.startsWith('data:image/') || url.startsWith('blob:')) return true;
  let parsed: URL;
  try {
    parsed = new URL(url, location.href);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (!allowed) return true;
  return (
    parsed.origin === location.origin ||
    allowed.some((h) => parsed.hostname === h || parsed.hostname.endsWith(`.${h}`))
  );
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
