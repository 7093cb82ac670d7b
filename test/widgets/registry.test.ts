/** The widget registry and the built-in catalogue: fallbacks, bad values, host types, examples. */
import { expect } from '@open-wc/testing';
import { html } from 'lit';

import {
  BUILT_IN_DEFINITIONS,
  BUILT_IN_WIDGETS,
  LAZY_DEFINITIONS,
  loadBuiltInDefinitions,
} from '../../src/widgets/catalogue.js';
import { registerWidget, widgetTypes } from '../../src/widgets/registry.js';
import { captureConsole, renderWidget, settle, shadow } from '../helpers/widgets.js';

describe('<cw-widget> registry', () => {
  it('the catalogue lists the 30 components, each registered, each with enumerations of strings', async () => {
    await renderWidget({ type: 'Card', children: [] });
    const all = await loadBuiltInDefinitions();
    const types = all.map((d) => d.type);
    expect(types).to.have.length(30);
    expect(new Set(types).size).to.equal(30);
    expect(Object.keys(BUILT_IN_WIDGETS).sort()).to.deep.equal(
      BUILT_IN_DEFINITIONS.map((d) => d.type).sort(),
    );
    expect(Object.keys(LAZY_DEFINITIONS)).to.include.members(['Chart', 'DatePicker', 'Table']);
    for (const d of all) expect(d.lazy === true, d.type).to.equal(d.type in LAZY_DEFINITIONS);
    expect(widgetTypes()).to.include.members(types);
    expect(BUILT_IN_WIDGETS['constructor']).to.equal(undefined, 'no inherited members');
    for (const d of all)
      for (const [prop, values] of Object.entries(d.enums))
        expect(values.every((v) => typeof v === 'string') && values.length > 0, `${d.type}.${prop}`)
          .to.be.true;
  });

  it("every component's example renders without a fallback, an error or a warning", async () => {
    for (const d of await loadBuiltInDefinitions()) {
      const example =
        d.type === 'ListViewItem' ? { type: 'ListView', children: [d.example] } : d.example;
      const { result: el, errors, warnings } = await captureConsole(() => renderWidget(example));
      expect(d.example.type, 'example of its own type').to.equal(d.type);
      expect(shadow(el).querySelector('.widget-fallback'), d.type).to.equal(null);
      expect(shadow(el).querySelector('.root')!.children.length, d.type).to.be.above(0);
      expect(errors, d.type).to.deep.equal([]);
      expect(warnings, d.type).to.deep.equal([]);
    }
  });

  it('unknown components show a neutral note to the user, the type in the console and in cw-log; unknown props are ignored; the rest renders', async () => {
    const el = document.createElement('cw-widget');
    const logs: { name: string; data?: Record<string, unknown> }[] = [];
    const chatkitLogs: unknown[] = [];
    el.addEventListener('cw-log', (e) => logs.push(e.detail));
    el.addEventListener('chatkit.log', (e) => chatkitLogs.push(e.detail));
    el.widget = {
      type: 'Card',
      futureProp: 1,
      children: [
        { type: 'Text', value: 'before', sparkles: true },
        { type: 'Hologram2', beam: 'blue' },
        { type: 'Hologram2', beam: 'red' },
        { type: 'Text', value: 'after' },
      ],
    };
    const { warnings, errors } = await captureConsole(async () => {
      document.body.append(el);
      await settle(el);
    });
    try {
      const fallbacks = [...shadow(el).querySelectorAll<HTMLElement>('.widget-fallback')];
      expect(fallbacks).to.have.length(2);
      for (const fallback of fallbacks) {
        // Nothing a developer wrote: no type name, no "component", no code.
        expect(fallback.textContent!.trim()).to.equal('This content can’t be shown.');
        expect(fallback.querySelector('code')).to.equal(null);
        expect(fallback.getAttribute('role')).to.equal('note');
        expect(fallback.getBoundingClientRect().height, 'visible').to.be.above(10);
      }
      expect([...shadow(el).querySelectorAll('.text')].map((t) => t.textContent)).to.deep.equal([
        'before',
        'after',
      ]);
      expect(warnings.filter((w) => w.includes('Hologram2'))).to.have.length(1);
      expect(errors).to.deep.equal([]);
      // Once per widget, whatever the number of nodes or renders.
      expect(logs).to.deep.equal([
        { name: 'widget.unknown_component', data: { type: 'Hologram2' } },
      ]);
      expect(chatkitLogs).to.deep.equal(logs, 'also as chatkit.log');
      el.widget = { ...(el.widget as object) };
      await settle(el);
      expect(logs).to.have.length(1);
    } finally {
      el.remove();
    }
  });

  it('bad values fall back to defaults instead of breaking', async () => {
    const { result: el, errors } = await captureConsole(async () =>
      renderWidget({
        type: 'Card',
        size: 'gigantic',
        padding: { top: 'x' },
        children: [
          { type: 'Text', value: 7 },
          { type: 'Badge', color: 'chartreuse' },
          { type: 'Button', variant: 'neon', size: 99 },
          { type: 'Image' },
          { type: 'Chart', data: 'nope', series: null },
          'junk',
          null,
        ],
      }),
    );
    expect(shadow(el).querySelector('.card.size-md')).to.not.equal(null);
    expect(shadow(el).querySelector('.badge.color-secondary')).to.not.equal(null);
    expect(shadow(el).querySelector('.btn.variant-solid.size-md')).to.not.equal(null);
    expect(errors).to.deep.equal([]);
  });

  it('hosts can register their own component types', async () => {
    registerWidget(
      'Acme.Rating',
      (node) => html`<span class="acme-rating">${'★'.repeat(Number(node['stars']) || 0)}</span>`,
    );
    const el = await renderWidget({
      type: 'Card',
      children: [{ type: 'Acme.Rating', stars: 3 }],
    });
    expect(shadow(el).querySelector('.acme-rating')!.textContent).to.equal('★★★');
  });
});
