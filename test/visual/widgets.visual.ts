/**
 * Picture tests: every widget fixture of this project and of the ChatKit corpus
 * (../shared/widget-corpus, when present), in light and dark, 480 and 800 px wide, compared with the
 * reviewed baselines in test/visual/baselines/chromium/ (see web-test-runner.visual.config.mjs).
 */
import { fixture, html } from '@open-wc/testing';
import * as visualRegression from '@web/test-runner-visual-regression';

import type { CwWidget } from '../../src/widgets/widget-view.js';
import {
  animationsDone,
  freezeEndlessAnimations,
  imagesAndFonts,
  type ListedWidget,
  loadListed,
  settle,
  widgetIndex,
} from '../helpers/widgets.js';

// The package's index.d.ts re-exports a .mjs file that has no types of its own beside it.
const { visualDiff } = visualRegression as unknown as {
  visualDiff: (element: Element, name: string) => Promise<void>;
};

const index = await widgetIndex('compared');

/** A picture's file name: fixtures/<name> or corpus/<path in the corpus>, lower case, with dashes. */
const pictureName = (f: ListedWidget): string =>
  `${f.group === 'chat-widgets fixtures' ? 'fixtures' : 'corpus'}/${f.name}`
    .replace(/[^a-zA-Z0-9/._-]+/g, '-')
    .toLowerCase();

const themes = [
  { theme: 'light', background: '#ffffff' },
  { theme: 'dark', background: '#212121' },
] as const;
const widths = [480, 800];

describe('widget pictures', () => {
  for (const f of index.fixtures) {
    for (const { theme, background } of themes) {
      for (const width of widths) {
        it(`${f.group}: ${f.name}, ${theme}, ${width} px`, async () => {
          const widget = await loadListed(f);
          const frame = await fixture<HTMLElement>(
            html`<div style="width:${width}px;padding:16px;background:${background}">
              <cw-widget theme=${theme} .widget=${widget}></cw-widget>
            </div>`,
          );
          const el = frame.querySelector('cw-widget') as CwWidget;
          await settle(el);
          await animationsDone(el);
          await imagesAndFonts(el);
          freezeEndlessAnimations(el.shadowRoot!);
          await visualDiff(frame, `${pictureName(f)}--${theme}-${width}`);
        });
      }
    }
  }
});
