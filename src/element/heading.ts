/**
 * A heading at the level the page asks for (`headingLevel`, beyond ChatKit): a chat embedded in a
 * page sits under the page's own headings, so its greeting, title and history heading are `h2` by
 * default, and a host can set 1 to 6. Real heading elements (one template per level), so the
 * page's outline and screen readers' heading lists include them.
 */
import { html } from 'lit';

/** A level from an option or attribute: an integer 1–6, else 2. */
export function headingLevel(value: unknown): number {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 6 ? n : 2;
}

export function heading(level: number, className: string, content: unknown) {
  switch (level) {
    case 1:
      return html`<h1 class=${className} dir="auto">${content}</h1>`;
    case 3:
      return html`<h3 class=${className} dir="auto">${content}</h3>`;
    case 4:
      return html`<h4 class=${className} dir="auto">${content}</h4>`;
    case 5:
      return html`<h5 class=${className} dir="auto">${content}</h5>`;
    case 6:
      return html`<h6 class=${className} dir="auto">${content}</h6>`;
    default:
      return html`<h2 class=${className} dir="auto">${content}</h2>`;
  }
}
