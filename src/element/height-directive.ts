import { noChange } from 'lit';
import type { ElementPart } from 'lit';
import { Directive, PartType, directive } from 'lit/directive.js';
import type { PartInfo } from 'lit/directive.js';

/**
 * `heightPx(n)`: sets an element's height to `n` px through the CSSOM (`style.height`), which a
 * strict CSP allows where a `style` attribute's text is refused. For heights the element measured
 * itself (a set-aside item's placeholder), never for server values.
 */
class HeightDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('heightPx() is an element binding');
  }

  render(_px: number): unknown {
    return noChange;
  }

  override update(part: ElementPart, [px]: [number]): unknown {
    const value = Number.isFinite(px) && px >= 0 ? `${px}px` : '';
    const style = (part.element as HTMLElement).style;
    if (style.height !== value) style.height = value;
    return noChange;
  }
}

export const heightPx = directive(HeightDirective);
