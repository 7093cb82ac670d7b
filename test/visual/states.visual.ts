/**
 * Picture tests of the interactive components' states (demo/widget-states.ts, the gallery's
 * "States" section): resting, hover, focus-visible, disabled, loading and error side by side, one
 * `<cw-widget>` each, light and dark, one width. Every state is reached for real: hover by moving
 * the pointer over the control, focus by the keyboard (Shift+Tab, Tab), loading by clicking the
 * control of a widget whose host never finishes the action, error by clicking submit with the
 * required field empty. Compared with test/visual/baselines/Chrome/states/.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import * as visualRegression from '@web/test-runner-visual-regression';

import {
  STATE_SUBJECTS,
  buildStateRow,
  driveLiveStates,
  partOf,
} from '../../demo/widget-states.js';
import type { CwWidget } from '../../src/widgets/widget-view.js';
import { pressChord } from '../helpers/keys.js';
import {
  animationsDone,
  freezeEndlessAnimations,
  imagesAndFonts,
  settle,
} from '../helpers/widgets.js';

const { visualDiff } = visualRegression as unknown as {
  visualDiff: (element: Element, name: string) => Promise<void>;
};

const themes = [
  { theme: 'light', background: '#ffffff' },
  { theme: 'dark', background: '#212121' },
] as const;
/** The picture's width: six cells of about 170 px. */
const WIDTH = 1120;

/** The centre of an element, in whole viewport pixels (sendMouse's coordinates). */
function centre(el: Element): [number, number] {
  const r = el.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const cellsOf = (cells: Map<string, CwWidget | null>): CwWidget[] =>
  [...cells.values()].filter((c): c is CwWidget => c !== null);

describe('widget state pictures', () => {
  before(async () => {
    await setViewport({ width: WIDTH + 80, height: 900 });
  });
  afterEach(async () => {
    await resetMouse();
  });

  for (const subject of STATE_SUBJECTS) {
    for (const { theme, background } of themes) {
      it(`${subject.name}, ${theme}`, async () => {
        const built = buildStateRow(subject, theme);
        // A focused field shows its blinking text caret (the widget's reset sets caret-color, so
        // the page cannot hide it): 1 x 17 px, under the 24 pixels a picture may differ by.
        const frame = await fixture<HTMLElement>(
          html`<div style="width:${WIDTH}px;padding:16px;background:${background}">
            ${built.row}
          </div>`,
        );
        const widgets = cellsOf(built.cells);
        for (const el of widgets) await settle(el);

        // Loading and error: real clicks on the control and on the submit button.
        await driveLiveStates(subject, built, async (el) => {
          await sendMouse({ type: 'click', position: centre(el) });
        });
        const loading = built.cells.get('loading');
        if (loading) {
          const busy =
            partOf(loading, subject.trigger).getAttribute('aria-busy') === 'true' ||
            partOf(loading, '.root').classList.contains('busy');
          expect(busy, 'the loading cell is busy').to.equal(true);
        }
        const error = built.cells.get('error');
        if (error) {
          const invalid = error.shadowRoot!.querySelector(':user-invalid, [aria-invalid="true"]');
          expect(invalid, 'the error cell has an invalid field').to.not.equal(null);
        }

        // Focus: from the control itself back one stop and forward again, by the keyboard.
        const focusCell = built.cells.get('focus');
        if (focusCell) {
          const target = partOf(focusCell, subject.target);
          target.focus();
          await pressChord('Shift', 'Tab');
          await sendKeys({ press: 'Tab' });
          expect(deepActive(), 'the focus cell has the focus').to.equal(target);
          expect(target.matches(':focus-visible'), 'focus-visible').to.equal(true);
        }

        // Hover: the pointer rests over the control.
        const hoverCell = built.cells.get('hover');
        if (hoverCell) {
          const target = partOf(hoverCell, subject.target);
          await sendMouse({ type: 'move', position: centre(target) });
          expect(target.matches(':hover'), 'hover').to.equal(true);
        }

        for (const el of widgets) {
          await settle(el);
          await animationsDone(el);
          await imagesAndFonts(el);
          freezeEndlessAnimations(el.shadowRoot!);
        }
        await visualDiff(frame, `states/${subject.slug}--${theme}`);
      });
    }
  }
});
