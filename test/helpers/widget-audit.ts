/**
 * Audits what a rendered widget put in the DOM against the security rules of issue 10: inline
 * styles only of allowed properties (and their longhands) with no `url()` and no foreign `var()`,
 * images only at addresses the URL policy allows, links only with safe schemes, no event-handler
 * attributes, no script, style or frame elements. Returns the problems found (empty when clean).
 */
import { imageUrlAllowed, safeLinkHref } from '../../src/util/url-policy.js';
import { CSS_PROPERTY_ALLOW_LIST } from '../../src/widgets/css-props.js';

// Longhands a browser lists for an allowed shorthand (`gap` → `row-gap`, `flex` → `flex-grow`).
const LONGHANDS: Record<string, readonly string[]> = {
  gap: ['row-gap', 'column-gap'],
  flex: ['flex-grow', 'flex-shrink', 'flex-basis'],
  'aspect-ratio': [],
  // Firefox lists `vertical-align` as its three longhands.
  'vertical-align': ['alignment-baseline', 'baseline-shift', 'baseline-source'],
};

function allowedProperty(name: string): boolean {
  if (CSS_PROPERTY_ALLOW_LIST.has(name)) return true;
  for (const allowed of CSS_PROPERTY_ALLOW_LIST) {
    if (LONGHANDS[allowed]?.includes(name)) return true;
    // `border` → `border-top-width`, `border-image-source`; `background` → `background-color`.
    if (['border', 'background', 'padding', 'margin', 'border-radius'].includes(allowed))
      if (
        name.startsWith(`${allowed}-`) ||
        (allowed === 'border-radius' && /^border-.*-radius$/.test(name))
      )
        return true;
  }
  return false;
}

/** Every element under a root, into open shadow roots. */
export function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
}

/** The problems in a rendered widget (its shadow root included). */
export function auditWidget(
  el: Element,
  allowedHosts: readonly string[] | null | undefined = null,
): string[] {
  const problems: string[] = [];
  const elements = allElements(el.shadowRoot ?? el);
  for (const node of elements) {
    const tag = node.tagName.toLowerCase();
    if (['script', 'style', 'iframe', 'object', 'embed', 'link', 'base', 'meta'].includes(tag))
      problems.push(`<${tag}> element`);
    for (const attr of node.getAttributeNames())
      if (/^on/i.test(attr)) problems.push(`<${tag} ${attr}> event-handler attribute`);
    const style = (node as HTMLElement).style as CSSStyleDeclaration | undefined;
    if (style)
      for (let i = 0; i < style.length; i++) {
        const name = style.item(i);
        const value = style.getPropertyValue(name);
        if (!name.startsWith('--') && !allowedProperty(name))
          problems.push(`<${tag}> style ${name}: ${value}`);
        if (name.startsWith('--')) problems.push(`<${tag}> custom property ${name}`);
        if (/url\(|expression|image-set|attr\(/i.test(value))
          problems.push(`<${tag}> style ${name} loads or reaches out: ${value}`);
        for (const m of value.matchAll(/var\(\s*([^,\s)]*)/g))
          if (!m[1]!.startsWith('--cw-')) problems.push(`<${tag}> style ${name} var(${m[1]})`);
        const priority = style.getPropertyPriority(name);
        if (priority) problems.push(`<${tag}> style ${name} !${priority}`);
      }
    if (tag === 'img') {
      const src = node.getAttribute('src');
      if (src !== null && !imageUrlAllowed(src, allowedHosts, { base: document.baseURI }))
        problems.push(`<img src=${src}> outside the image policy`);
    }
    if (node.hasAttribute('href')) {
      const href = node.getAttribute('href')!;
      if (safeLinkHref(href) === null) problems.push(`<${tag} href=${href}> unsafe link`);
    }
    if (node.hasAttribute('src') && tag !== 'img')
      problems.push(`<${tag} src=${node.getAttribute('src')}>`);
  }
  return problems;
}
