/**
 * The hover state of the shared field box (Input, Textarea, Select, DatePicker), under the real
 * pointer: an outlined field's border and a soft field's surface change when the pointer rests on
 * an enabled field, and nothing changes on a disabled one or on a focused one (focus styles it).
 */
import { expect } from '@open-wc/testing';

import { renderWidget, restingAndHovered, shadow } from './widgets.js';

export async function expectFieldHover(
  type: string,
  props: Record<string, unknown>,
  selector: string,
): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    const el = await renderWidget(
      {
        type: 'Col',
        gap: 4,
        children: [
          { type, name: 'outline', ...props },
          { type, name: 'soft', variant: 'soft', ...props },
          { type, name: 'off', disabled: true, ...props },
          { type, name: 'focused', ...props },
        ],
      },
      theme,
    );
    const [outline, soft, off, focused] = [...shadow(el).querySelectorAll<HTMLElement>(selector)];
    const look = (s: CSSStyleDeclaration) => `${s.borderTopColor} / ${s.backgroundColor}`;

    const border = await restingAndHovered(outline!, (s) => s.borderTopColor);
    expect(border.matched, `${type} ${theme}: hovered`).to.equal(true);
    expect(border.hovered, `${type} ${theme} outline border`).not.to.equal(border.resting);

    const surface = await restingAndHovered(soft!, (s) => s.backgroundColor);
    expect(surface.hovered, `${type} ${theme} soft surface`).not.to.equal(surface.resting);

    const disabled = await restingAndHovered(off!, look);
    expect(disabled.matched).to.equal(true);
    expect(disabled.hovered, `${type} ${theme} disabled`).to.equal(disabled.resting);

    focused!.focus();
    const withFocus = await restingAndHovered(focused!, look);
    expect(withFocus.hovered, `${type} ${theme} focused`).to.equal(withFocus.resting);
    focused!.blur();
  }
}
