/**
 * Every widget of this project's fixtures and of the ChatKit corpus (../shared/widget-corpus,
 * when present) renders with zero fallbacks and no console errors, and passes axe in light and dark.
 */
import { expect, fixture, html } from '@open-wc/testing';

import type { CwWidget } from '../../src/widgets/widget-view.js';
import {
  animationsDone,
  captureConsole,
  loadListed,
  settle,
  widgetIndex,
} from '../helpers/widgets.js';

const index = await widgetIndex('checked');

describe('widget fixtures and corpus', () => {
  it(`lists this project's fixtures${index.corpus ? ' and the corpus' : ''}`, () => {
    expect(index.fixtures.filter((f) => f.group === 'chat-widgets fixtures').length).to.be.at.least(
      15,
    );
    if (index.corpus)
      expect(index.fixtures.filter((f) => f.group.startsWith('corpus')).length).to.be.at.least(40);
  });

  for (const f of index.fixtures) {
    it(`${f.group}: ${f.name} renders with no fallback and no console error`, async () => {
      const widget = await loadListed(f);
      const { result: el, errors } = await captureConsole(async () => {
        const w = await fixture<CwWidget>(html`<cw-widget .widget=${widget}></cw-widget>`);
        await settle(w);
        return w;
      });
      const fallbacks = [...el.shadowRoot!.querySelectorAll('.widget-fallback')].map((n) =>
        n.getAttribute('data-type'),
      );
      expect(fallbacks).to.deep.equal(f.name === 'unknown-component' ? ['Hologram'] : []);
      expect(errors).to.deep.equal([]);
      expect(
        el.shadowRoot!.textContent!.trim().length +
          el.shadowRoot!.querySelectorAll('svg, img, input').length,
      ).to.be.above(0);
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in ${theme}`, async () => {
      const widgets = await Promise.all(
        index.fixtures.filter((f) => f.group === 'chat-widgets fixtures').map(loadListed),
      );
      const background = theme === 'dark' ? '#212121' : '#ffffff';
      const host = await fixture<HTMLElement>(
        html`<main style="background:${background}">
          ${widgets.map((w) => html`<cw-widget theme=${theme} .widget=${w}></cw-widget>`)}
        </main>`,
      );
      const all = [...host.querySelectorAll('cw-widget')] as CwWidget[];
      await Promise.all(all.map(settle));
      await Promise.all(all.map(animationsDone));
      await expect(host).to.be.accessible({ ignoredRules: ['region'] });
    });
  }
});
