import { expect } from '@open-wc/testing';

import { CONTROL_SIZES, CONTROL_VARIANTS } from '../../control-base.js';
import { recordActions, renderWidget, shadow } from '../../../../test/helpers/widgets.js';
import { BUTTON_COLORS, BUTTON_ICON_SIZES } from './button.js';
import type { CwWidget } from '../../widget-view.js';
import { contrast, paint } from '../../../../test/helpers/colour.js';

/** Renders a widget in a container `width` px wide. */
async function renderAt(widget: unknown, width: number, theme: 'light' | 'dark' = 'light') {
  const el = await renderWidget(widget, theme);
  el.style.width = `${width}px`;
  await new Promise((r) => requestAnimationFrame(r));
  return el;
}
const rect = (el: Element) => el.getBoundingClientRect();
const buttons = (el: CwWidget) => [...shadow(el).querySelectorAll<HTMLElement>('.btn')];

describe('Button', () => {
  it('every colour × variant and every size is a class; unknown ones are primary, solid and md', async () => {
    const children: Record<string, string>[] = [
      ...BUTTON_COLORS.flatMap((color) =>
        CONTROL_VARIANTS.map((variant) => ({ type: 'Button', label: 'x', color, variant })),
      ),
      ...CONTROL_SIZES.map((size) => ({ type: 'Button', label: 'x', size })),
      { type: 'Button', label: 'x', color: 'neon', variant: 'glow', size: 'huge' },
    ];
    const el = await renderWidget({ type: 'Row', wrap: 'wrap', children });
    const buttons = [...shadow(el).querySelectorAll('.btn')];
    expect(buttons).to.have.length(children.length);
    buttons.slice(0, -1).forEach((button, i) => {
      const { color = 'primary', variant = 'solid', size = 'md' } = children[i]!;
      expect(button.className)
        .to.contain(`color-${color}`)
        .and.contain(`variant-${variant}`)
        .and.contain(`size-${size}`);
    });
    expect(buttons.at(-1)!.className)
      .to.contain('color-primary')
      .and.contain('variant-solid')
      .and.contain('size-md');
  });

  it('style presets; icon sizes; an icon-only button is uniform and labelled', async () => {
    const el = await renderWidget({
      type: 'Row',
      children: [
        { type: 'Button', label: 'p', style: 'primary' },
        { type: 'Button', label: 's', style: 'secondary' },
        ...BUTTON_ICON_SIZES.map((iconSize) => ({ type: 'Button', iconStart: 'plus', iconSize })),
      ],
    });
    const [primary, secondary, ...icons] = [...shadow(el).querySelectorAll('.btn')];
    expect(primary!.className).to.contain('color-primary').and.contain('variant-solid');
    expect(secondary!.className).to.contain('color-secondary').and.contain('variant-outline');
    const widths = icons.map((b) => Number(b.querySelector('svg')!.getAttribute('width')));
    for (let i = 1; i < widths.length; i++) expect(widths[i]).to.be.above(widths[i - 1]!);
    expect(icons[0]!.classList.contains('uniform')).to.equal(true);
    expect(icons[0]!.getAttribute('aria-label')).to.equal('Add');
  });

  it('a click fires onClickAction; a disabled button does not', async () => {
    const el = await renderWidget({
      type: 'Row',
      children: [
        { type: 'Button', label: 'Go', onClickAction: { type: 'go' } },
        { type: 'Button', label: 'No', disabled: true, onClickAction: { type: 'no' } },
      ],
    });
    const actions = recordActions(el);
    for (const b of shadow(el).querySelectorAll<HTMLButtonElement>('.btn')) b.click();
    expect(actions.map((a) => a.action)).to.deep.equal([{ type: 'go' }]);
    expect(actions[0]!.site).to.equal('button');
  });

  it('a uniform button is square at every size, also in a Row that stretches', async () => {
    const el = await renderWidget({
      type: 'Row',
      align: 'stretch',
      children: [
        { type: 'Col', height: 120, children: [] },
        ...CONTROL_SIZES.map((size) => ({
          type: 'Button',
          iconStart: 'plus',
          uniform: true,
          size,
        })),
        ...CONTROL_SIZES.map((size) => ({ type: 'Button', label: 'A', uniform: true, size })),
      ],
    });
    const all = buttons(el);
    expect(all).to.have.length(CONTROL_SIZES.length * 2);
    all.forEach((button, i) => {
      const { width, height } = rect(button);
      const size = CONTROL_SIZES[i % CONTROL_SIZES.length];
      expect(Math.abs(width - height), `${size}: ${width}×${height}`).to.be.below(0.5);
      expect(height, size).to.be.within(18, 60);
    });
    // Larger sizes are larger (the three smallest and the three largest are distinct steps too).
    const heights = all.slice(0, CONTROL_SIZES.length).map((b) => rect(b).height);
    for (let i = 1; i < heights.length; i++) expect(heights[i]).to.be.above(heights[i - 1]!);
  });

  it('a long label wraps inside the card, and the next button stays inside (320 px)', async () => {
    const el = await renderAt(
      {
        type: 'Card',
        children: [
          {
            type: 'Row',
            gap: 2,
            children: [
              {
                type: 'Button',
                label: 'A very long button label that keeps going and going past the card',
              },
              { type: 'Button', label: 'Next', style: 'secondary' },
            ],
          },
          { type: 'Button', label: 'Averyveryverylongwordwithoutanyspaceinsideitatallreally' },
        ],
      },
      320,
    );
    const card = rect(shadow(el).querySelector('.card')!);
    const [long, next, word] = buttons(el);
    for (const b of [long!, next!, word!]) {
      expect(rect(b).right, b.textContent!.trim()).to.be.at.most(card.right + 0.5);
      expect(rect(b).left).to.be.at.least(card.left - 0.5);
      expect(b.scrollWidth, 'its text fits inside').to.be.at.most(b.clientWidth + 1);
    }
    expect(rect(long!).height, 'wrapped onto more lines').to.be.above(40);
    // "Next" keeps its one line and its whole word.
    expect(rect(next!).height).to.be.below(40);
    expect(rect(next!).width).to.be.above(40);
    expect(el.scrollWidth, 'no horizontal overflow').to.be.at.most(320);
  });

  it('block makes a difference in a Col: full width with it, label width without', async () => {
    const el = await renderAt(
      {
        type: 'Col',
        children: [
          { type: 'Button', label: 'Fits' },
          { type: 'Button', label: 'Fills', block: true },
        ],
      },
      400,
    );
    const col = rect(shadow(el).querySelector('.dir-col')!);
    const [fits, fills] = buttons(el).map(rect);
    expect(fills!.width).to.be.closeTo(col.width, 0.5);
    expect(fits!.width).to.be.below(col.width / 2);
  });

  it('caution and warning differ in colour, in light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const variant of ['solid', 'soft', 'outline']) {
        const el = await renderWidget(
          {
            type: 'Row',
            children: ['caution', 'warning'].map((color) => ({
              type: 'Button',
              label: color,
              color,
              variant,
            })),
          },
          theme,
        );
        const [caution, warning] = buttons(el).map((b) => getComputedStyle(b));
        const look = (s: CSSStyleDeclaration) => `${s.backgroundColor} / ${s.color}`;
        expect(look(caution!), `${theme} ${variant}`).not.to.equal(look(warning!));
      }
    }
  });

  it('soft buttons are visible against the card (contrast ≥ 1.5 dark, ≥ 1.3 light) and their labels readable (≥ 4.5)', async () => {
    for (const theme of ['dark', 'light'] as const) {
      const el = await renderWidget(
        {
          type: 'Card',
          children: [
            {
              type: 'Row',
              wrap: 'wrap',
              children: BUTTON_COLORS.map((color) => ({
                type: 'Button',
                label: color,
                color,
                variant: 'soft',
              })),
            },
          ],
        },
        theme,
      );
      const card = getComputedStyle(shadow(el).querySelector('.card')!).backgroundColor;
      for (const button of buttons(el)) {
        const { backgroundColor, color } = getComputedStyle(button);
        const name = `${theme} ${button.textContent!.trim()}`;
        const ratio = contrast(paint(card), paint(card, backgroundColor));
        expect(ratio, `${name}: ${ratio.toFixed(2)}`).to.be.at.least(theme === 'dark' ? 1.5 : 1.3);
        const label = contrast(paint(card, backgroundColor), paint(card, backgroundColor, color));
        expect(label, `${name} label: ${label.toFixed(2)}`).to.be.at.least(4.5);
      }
    }
  });

  it('solid secondary is a neutral surface, clearly apart from solid primary (≥ 3:1), both labels readable (≥ 4.5)', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const el = await renderWidget(
        {
          type: 'Card',
          children: [
            {
              type: 'Row',
              children: ['primary', 'secondary'].map((color) => ({
                type: 'Button',
                label: color,
                color,
                variant: 'solid',
              })),
            },
          ],
        },
        theme,
      );
      const card = getComputedStyle(shadow(el).querySelector('.card')!).backgroundColor;
      const [primary, secondary] = buttons(el).map((b) => getComputedStyle(b));
      const apart = contrast(
        paint(card, primary!.backgroundColor),
        paint(card, secondary!.backgroundColor),
      );
      expect(apart, `${theme} primary vs secondary: ${apart.toFixed(2)}`).to.be.at.least(3);
      for (const [name, s] of [
        ['primary', primary!],
        ['secondary', secondary!],
      ] as const) {
        const label = contrast(
          paint(card, s.backgroundColor),
          paint(card, s.backgroundColor, s.color),
        );
        expect(label, `${theme} ${name} label: ${label.toFixed(2)}`).to.be.at.least(4.5);
      }
    }
  });

  it("an icon-only button's accessible name says what it does, not the icon id", async () => {
    const el = await renderWidget({
      type: 'Row',
      children: [
        { type: 'Button', iconStart: 'settings-slider' },
        { type: 'Button', iconEnd: 'chevron-right' },
        { type: 'Button', iconStart: 'lucide:trash-2' },
        { type: 'Button', iconStart: 'lucide:anchor' },
        { type: 'Button', iconStart: 'star', label: 'Save' },
      ],
    });
    const names = buttons(el).map((b) => b.getAttribute('aria-label'));
    // An icon without an entry is named by the words of its id, as the server sent it.
    expect(names).to.deep.equal(['Settings', 'Next', 'Delete', 'Anchor', null]);
    expect(buttons(el)[4]!.textContent!.trim()).to.equal('Save');
  });
});
