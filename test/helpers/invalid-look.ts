/**
 * The invalid look of a checkbox or a radio, reached for real: a Form with the control required
 * and empty, submitted by a real click on its submit button (so `:user-invalid` matches).
 */
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';

import { centreOf, renderWidget, shadow, transitionsDone } from './widgets.js';
import type { CwWidget } from '../../src/widgets/widget-view.js';

/** A token's colour as computed (rgb…), read from a probe inside the widget. */
export function tokenColour(el: CwWidget, token: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${token})`;
  shadow(el).append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

export async function expectInvalidLook(
  control: Record<string, unknown>,
  selector: string,
): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    const el = await renderWidget(
      {
        type: 'Form',
        direction: 'col',
        onSubmitAction: { type: 'submit' },
        children: [
          { ...control, name: 'field', required: true },
          { type: 'Button', label: 'Send', submit: true },
        ],
      },
      theme,
    );
    const danger = tokenColour(el, '--cw-color-danger');
    const input = shadow(el).querySelector<HTMLInputElement>(selector)!;
    const edge = (s: CSSStyleDeclaration) => `${s.outlineStyle} ${s.outlineColor}`;
    expect(edge(getComputedStyle(input)), `${theme} resting`).not.to.include(danger);

    const submit = shadow(el).querySelector<HTMLElement>('button[type=submit]')!;
    await sendMouse({ type: 'click', position: centreOf(submit) });
    await transitionsDone(input);
    expect(input.matches(':user-invalid'), `${theme} :user-invalid`).to.equal(true);
    input.blur();
    expect(edge(getComputedStyle(input)), `${theme} invalid`).to.equal(`solid ${danger}`);

    // The host's mark (aria-invalid) looks the same.
    const marked = await renderWidget({ ...control, name: 'other' }, theme);
    const other = shadow(marked).querySelector<HTMLInputElement>(selector)!;
    other.setAttribute('aria-invalid', 'true');
    expect(edge(getComputedStyle(other)), `${theme} aria-invalid`).to.equal(`solid ${danger}`);
  }
}
