import { svg } from 'lit';
import type { SVGTemplateResult } from 'lit';

/**
 * Icons of the element's own chrome (header, composer, items), 24×24 outlines. Those only a lazy
 * part shows (the microphone, the paperclip, the history's pencil and bin, the tools' plus, the
 * workflow's chevron, the message actions' copy and thumbs) live in that part's chunk and are
 * drawn with `iconOf`. The host's header actions draw ChatKit's header icons from the lazy icon
 * data (src/widgets/icons.ts).
 */
const paths = {
  compose: svg`<path d="M12 20h9"/><path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4Z"/>`,
  history: svg`<path d="M3 12a9 9 0 1 0 3-6.7L3 8"/><path d="M3 3v5h5"/><path d="M12 7v5l4 2"/>`,
  close: svg`<path d="M18 6 6 18"/><path d="m6 6 12 12"/>`,
  'arrow-up': svg`<path d="M12 19V5"/><path d="m5 12 7-7 7 7"/>`,
  stop: svg`<rect x="7" y="7" width="10" height="10" rx="1.5" fill="currentColor" stroke="none"/>`,
  retry: svg`<path d="M21 12a9 9 0 1 1-3-6.7L21 8"/><path d="M21 3v5h-5"/>`,
  check: svg`<path d="M20 6 9 17l-5-5"/>`,
  tool: svg`<path d="M14.7 6.3a4 4 0 0 0-5.4 5.4L3 18v3h3l6.3-6.3a4 4 0 0 0 5.4-5.4l-2.5 2.5-2.4-.6-.6-2.4Z"/>`,
  warning: svg`<path d="M12 3 2 20h20Z"/><path d="M12 10v4"/><path d="M12 17v.5"/>`,
  lock: svg`<rect x="5" y="11" width="14" height="10" rx="2"/><path d="M8 11V7a4 4 0 0 1 8 0v4"/>`,
  image: svg`<rect x="3" y="4" width="18" height="16" rx="2"/><circle cx="9" cy="10" r="2"/><path d="m21 16-5-5-9 9"/>`,
  file: svg`<path d="M14 3H6v18h12V7Z"/><path d="M14 3v4h4"/>`,
};

/** The name of a chrome icon. */
export type ChromeIcon = keyof typeof paths;

/** An icon as an inline SVG (decorative: label the control that holds it). */
export function icon(name: ChromeIcon, size = 18): SVGTemplateResult {
  return iconOf(paths[name], size);
}

/** An icon from its 24×24 outline (`svg` paths), drawn as `icon` draws the named ones. */
export function iconOf(body: SVGTemplateResult, size = 18): SVGTemplateResult {
  return svg`<svg class="icon" width=${size} height=${size} viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${body}</svg>`;
}
