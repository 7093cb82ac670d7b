import { expect } from '@open-wc/testing';

import { WIDGET_ICON_NAMES } from '../../icon-data.js';
import { loadFixture, renderWidget, shadow } from '../../../../test/helpers/widgets.js';
import { ICON_SIZES, ICON_SIZE_PX } from './icon.js';

/** ChatKit's widget icon names (widget-catalogue §2.6: the union of the JS and Python SDKs). */
const CATALOGUE_ICON_NAMES = `agent analytics atom batch bolt book-clock book-closed book-open bug
calendar chart check check-circle check-circle-filled chevron-left chevron-right circle-question
clock compass confetti cube desktop document dot dots-horizontal dots-vertical empty-circle
external-link globe images info keys lab lifesaver lightbulb mail map-pin maps mobile name notebook
notebook-pencil page-blank phone play plus profile profile-card reload search settings-slider
sparkle sparkle-double square-code square-image square-text star star-filled suitcase user wreath
write write-alt write-alt2`.split(/\s+/);

describe('Icon', () => {
  it('all 64 names are known, sizes apply, lucide: prefix works, an unknown name renders a placeholder', async () => {
    expect(WIDGET_ICON_NAMES).to.have.length(64);
    const el = await renderWidget(await loadFixture('icons'));
    const icons = [...shadow(el).querySelectorAll('svg[data-icon]')];
    const known = icons
      .filter((i) => i.getAttribute('data-known') === 'true')
      .map((i) => i.getAttribute('data-icon'));
    for (const name of WIDGET_ICON_NAMES) expect(known, name).to.include(name);
    expect(known).to.include('lucide:calendar');
    expect(
      icons.find((i) => i.getAttribute('data-icon') === 'chevron-down')!.getAttribute('data-known'),
    ).to.equal('false');
    const sizes = icons
      .filter((i) => i.getAttribute('data-icon') === 'star')
      .map((i) => i.getAttribute('width'));
    expect(sizes).to.include.members(['12', '14', '16', '20', '24', '32', '40']);
  });

  it('every catalogue icon name draws its own glyph (none falls back), also in a Button', async () => {
    expect(CATALOGUE_ICON_NAMES).to.have.length(64);
    expect([...WIDGET_ICON_NAMES].sort()).to.deep.equal([...CATALOGUE_ICON_NAMES].sort());
    const el = await renderWidget({
      type: 'Col',
      children: CATALOGUE_ICON_NAMES.flatMap((name) => [
        { type: 'Icon', name },
        { type: 'Button', iconStart: name },
      ]),
    });
    for (const name of CATALOGUE_ICON_NAMES) {
      const drawn = [...shadow(el).querySelectorAll(`svg[data-icon="${name}"]`)];
      expect(drawn, name).to.have.length(2);
      for (const svg of drawn) {
        expect(svg.getAttribute('data-known'), name).to.equal('true');
        // Lucide's glyph, not the placeholder dot (a single translucent circle).
        const shapes = [...svg.children];
        expect(shapes.length, name).to.be.above(0);
        expect(
          shapes.some((s) => s.getAttribute('opacity') === '0.35'),
          name,
        ).to.equal(false);
        expect((svg as SVGGraphicsElement).getBBox().width, name).to.be.above(0);
      }
    }
  });

  it('every size has its pixels; an unknown size is md', async () => {
    const el = await renderWidget({
      type: 'Row',
      children: [...ICON_SIZES, 'huge'].map((size) => ({ type: 'Icon', name: 'star', size })),
    });
    const widths = [...shadow(el).querySelectorAll('svg[data-icon]')].map((i) =>
      Number(i.getAttribute('width')),
    );
    expect(widths).to.deep.equal([...ICON_SIZES.map((s) => ICON_SIZE_PX[s]), ICON_SIZE_PX['md']]);
  });

  it('dot is a visible status dot, at least 5 px at every size', async () => {
    const el = await renderWidget({
      type: 'Row',
      children: ICON_SIZES.map((size) => ({ type: 'Icon', name: 'dot', size })),
    });
    const dots = [...shadow(el).querySelectorAll('svg[data-icon="dot"] circle')];
    expect(dots).to.have.length(ICON_SIZES.length);
    dots.forEach((dot, i) => {
      const { width, height } = dot.getBoundingClientRect();
      expect(width, ICON_SIZES[i]).to.be.at.least(5);
      expect(height).to.be.closeTo(width, 0.5);
    });
  });
});
