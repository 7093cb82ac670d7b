/**
 * The one URL policy for everything the server or the model names: images (widget `Image`, a
 * Card's or ListView's `status.favicon`, images in Markdown, in messages and in widget `Markdown`)
 * and links.
 *
 * Images load over http(s) only. When the thread sets `allowed_image_domains` the host must be one
 * of them or a subdomain of one; `[]` allows none. With no list (`null` or `undefined`: a thread
 * that sets none, or a standalone `<cw-widget>` with no host) any http(s) host is allowed. A `data:`
 * or `blob:` URL from the server is refused; only the element's own `blob:` previews (attachments
 * it made itself) pass, and only when the caller says so (`ownBlob`). Links take the safe schemes
 * only: http(s), mailto, tel, ChatKit deep links, fragments and relative paths.
 *
 * Pure TypeScript, no DOM: every layer may import it.
 */

/** Options of {@link imageUrlAllowed}. */
export interface ImageUrlOptions {
  /**
   * The URL a relative `src` is resolved against (the page's, `location.href`). Without one, a
   * relative `src` is refused.
   */
  base?: string;
  /** Whether the URL is one of the element's own `blob:` previews (never true for server data). */
  ownBlob?: boolean;
}

// Characters a browser strips or ignores inside a scheme (`java\tscript:`): control characters,
// whitespace, and the invisible format characters.
// eslint-disable-next-line no-control-regex
const IGNORED = /[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028-\u202e\u2060\ufeff]+/g;

/** Normalises one entry of an allow-list to a bare lower-case host name, or `null`. */
export function normalizeHost(entry: unknown): string | null {
  if (typeof entry !== 'string') return null;
  let host = entry.trim().toLowerCase();
  if (host.includes('/')) {
    // A full URL was listed (`https://cdn.example/`): take its host.
    try {
      host = new URL(host.includes('://') ? host : `https://${host}`).hostname;
    } catch {
      return null;
    }
  }
  host = host.replace(/^\*\./, '').replace(/\.$/, '');
  if (
    !/^(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9_-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9_-]*[a-z0-9])?)*)(:\d{1,5})?$/.test(
      host,
    )
  )
    return null;
  return host.replace(/:\d+$/, '');
}

/** Whether a host name is an allowed host or a subdomain of one. */
export function hostAllowed(hostname: string, allowedHosts: readonly unknown[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return allowedHosts.some((entry) => {
    const allowed = normalizeHost(entry);
    return allowed !== null && (host === allowed || host.endsWith(`.${allowed}`));
  });
}

/**
 * Whether an image URL may load: http(s) from an allowed host (any host when `allowedHosts` is
 * `null` or `undefined`), or the element's own `blob:` preview. Everything else is refused, and the
 * caller shows a visible placeholder instead.
 */
export function imageUrlAllowed(
  src: unknown,
  allowedHosts: readonly string[] | null | undefined,
  options: ImageUrlOptions = {},
): boolean {
  if (typeof src !== 'string') return false;
  const trimmed = src.trim();
  if (!trimmed || trimmed.length > 8192) return false;
  const scheme = trimmed.replace(IGNORED, '').slice(0, 8).toLowerCase();
  if (scheme.startsWith('blob:')) return options.ownBlob === true;
  let url: URL;
  try {
    url = options.base === undefined ? new URL(trimmed) : new URL(trimmed, options.base);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (!url.hostname || url.username || url.password) return false;
  if (allowedHosts === null || allowedHosts === undefined) return true;
  if (!Array.isArray(allowedHosts)) return false;
  return hostAllowed(url.hostname, allowedHosts);
}

// chatkit-link: links become deeplink events on the element (ChatKit 1.6).
const SAFE_LINK = /^(https?:|mailto:|tel:|chatkit-link:|#|\/|\.\/|\.\.\/|[^:]*$)/i;

/**
 * The href when it is safe to put in a link: http(s), mailto, tel, chatkit-link, a fragment or a
 * relative path; `null` for anything else (`javascript:`, `data:`, `vbscript:`, `blob:`, …),
 * however it is disguised with control characters or spaces.
 */
export function safeLinkHref(href: unknown): string | null {
  if (typeof href !== 'string' || !href.trim() || href.length > 8192) return null;
  return SAFE_LINK.test(href.replace(IGNORED, '')) ? href.trim() : null;
}
