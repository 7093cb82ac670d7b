/**
 * `cssProps`: inline styles written through the CSSOM only, for a strict CSP.
 *
 * Lit's `styleMap` writes its first render as the text of a `style` attribute, which a CSP without
 * `'unsafe-inline'` refuses (`style-src-attr`): the styles are dropped and cards lay out wrongly.
 * And text is where injection lives: a `;` in a value adds declarations. This directive never
 * writes attribute text: every declaration goes through `element.style.setProperty(name, value)`
 * (allowed by CSP), on the first render too, and is removed with `removeProperty` when it goes.
 * Only the property names of {@link CSS_PROPERTY_ALLOW_LIST} are written, and a value that still
 * looks like markup or a resource (`url(`, `;`, `{`, a comment, a `var()` not of ours, …) is
 * refused, as a last line behind the parsers of values.ts.
 *
 * Used as an element binding: `<div ${cssProps({ gap: '8px' })}>`.
 */
import { noChange, nothing } from 'lit';
import type { ElementPart } from 'lit';
import { Directive, PartType, directive } from 'lit/directive.js';
import type { DirectiveResult, PartInfo } from 'lit/directive.js';

/** The properties widget styles may set; anything else is ignored. */
export const CSS_PROPERTY_ALLOW_LIST: ReadonlySet<string> = new Set([
  // Box layout
  'align-items',
  'justify-content',
  'flex-wrap',
  'flex',
  'gap',
  'padding',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'margin',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  // Borders and background
  'border',
  'border-top',
  'border-right',
  'border-bottom',
  'border-left',
  'border-top-color',
  'border-top-width',
  'border-radius',
  'background',
  // Sizes
  'width',
  'height',
  'min-width',
  'min-height',
  'max-width',
  'max-height',
  'aspect-ratio',
  // Text
  'color',
  'text-align',
  'vertical-align',
  '-webkit-line-clamp',
  // Images
  'object-fit',
  'object-position',
  // Positioning of our own overlays (the chart tooltip)
  'left',
  'top',
  'display',
]);

// What no widget declaration ever contains: statement and block delimiters, comments, escapes,
// quotes, markup, `!important`, at-rules, and functions that load or reach outside (`url(`,
// `image-set(`, `image(`, `element(`, `attr(`, `expression(`, `src(`, `env(`).
const FORBIDDEN =
  /[;{}<>\\"'`!@]|\/\*|\*\/|\b(?:url|image-set|-webkit-image-set|image|element|attr|expression|src|env|paint|cross-fade)\s*\(/i;

/**
 * Whether a value may be written: none of the forbidden characters or functions, and `var()` of
 * our own `--cw-` properties only.
 */
export function isSafeCssValue(value: string): boolean {
  if (value.length > 1000 || FORBIDDEN.test(value)) return false;
  for (const m of value.matchAll(/var\(\s*([^,\s)]*)/gi))
    if (!m[1]!.startsWith('--cw-')) return false;
  return true;
}

/** Declarations to set; `undefined`, `null` and `''` entries are left unset. */
export type CssProps = Readonly<Record<string, string | number | null | undefined>>;

class CssPropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT)
      throw new Error('cssProps() binds to an element: <div ${cssProps({...})}>');
  }

  render(_props: CssProps | null | undefined): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [props]: [CssProps | null | undefined]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    const next = new Set<string>();
    for (const [name, raw] of Object.entries(props ?? {})) {
      if (raw === undefined || raw === null || raw === '') continue;
      if (!CSS_PROPERTY_ALLOW_LIST.has(name)) continue;
      const value = String(raw);
      if (!isSafeCssValue(value)) continue;
      next.add(name);
      style.setProperty(name, value);
    }
    for (const name of this.previous) if (!next.has(name)) style.removeProperty(name);
    this.previous = next;
    return noChange;
  }
}

/** Sets the given declarations on the element through the CSSOM (see the module comment). */
export const cssProps: (props: CssProps | null | undefined) => DirectiveResult =
  directive(CssPropsDirective);
