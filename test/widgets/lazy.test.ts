/**
 * Lazy widget components: a placeholder until the chunk arrives, then the component with its own
 * stylesheet adopted; a chunk that fails to load shows a labelled fallback; `updateComplete` waits.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { css, html as litHtml } from 'lit';

import { LAZY_DEFINITIONS } from '../../src/widgets/catalogue.js';
import { registerWidget, registerWidgetLoader } from '../../src/widgets/registry.js';
import type { LoadedWidget } from '../../src/widgets/registry.js';
import type { CwWidget } from '../../src/widgets/widget-view.js';
import { captureConsole, renderWidget, shadow } from '../helpers/widgets.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('<cw-widget> lazy components', () => {
  it('the rare components are lazy, the common ones are not', () => {
    const lazy = Object.keys(LAZY_DEFINITIONS);
    expect(lazy).to.include.members(['Chart', 'DatePicker', 'Select', 'Table', 'Transition']);
    expect(lazy).to.not.include.members(['Card', 'Text', 'Button', 'Row', 'Col', 'Markdown']);
  });

  it('shows a placeholder until the chunk arrives, then renders it with its styles applied', async () => {
    let arrive!: (loaded: LoadedWidget) => void;
    registerWidgetLoader('Test.Lazy', () => new Promise((resolve) => (arrive = resolve)));
    const el = document.createElement('cw-widget');
    el.widget = {
      type: 'Card',
      children: [
        { type: 'Text', value: 'before' },
        { type: 'Test.Lazy', label: 'late' },
      ],
    };
    document.body.append(el);
    try {
      await frame();
      const placeholder = shadow(el).querySelector('.widget-loading')!;
      expect(placeholder, 'placeholder').to.not.equal(null);
      expect(placeholder.getAttribute('data-type')).to.equal('Test.Lazy');
      expect(placeholder.getBoundingClientRect().height).to.be.above(0);
      expect(shadow(el).querySelector('.text')!.textContent).to.equal('before');
      let complete = false;
      const waiting = el.updateComplete.then(() => (complete = true));
      arrive({
        render: (node: { label: string }) => litHtml`<span class="lazy-probe">${node.label}</span>`,
        styles: css`
          .lazy-probe {
            display: inline-block;
            width: 37px;
          }
        `,
      });
      await waiting;
      expect(complete).to.equal(true);
      expect(shadow(el).querySelector('.widget-loading')).to.equal(null);
      const probe = shadow(el).querySelector('.lazy-probe')!;
      expect(probe.textContent).to.equal('late');
      expect(getComputedStyle(probe).width).to.equal('37px');
      // A widget made after the load adopts the stylesheet too.
      const later = await renderWidget({ type: 'Test.Lazy', label: 'again' });
      expect(getComputedStyle(shadow(later).querySelector('.lazy-probe')!).width).to.equal('37px');
    } finally {
      el.remove();
    }
  });

  it("a built-in lazy component (DatePicker) renders from its chunk with its chunk's styles", async () => {
    const el = await renderWidget({
      type: 'Card',
      children: [{ type: 'DatePicker', name: 'when', placeholder: 'Pick a day' }],
    });
    expect(shadow(el).querySelector('.widget-loading')).to.equal(null);
    expect(shadow(el).querySelector('.widget-fallback')).to.equal(null);
    const wrap = shadow(el).querySelector('.date-wrap')!;
    expect(wrap, 'the date picker').to.not.equal(null);
    expect(getComputedStyle(wrap).position, 'date-picker.styles.ts applies').to.equal('relative');
  });

  it('a chunk that fails to load shows a labelled fallback; the rest of the widget renders', async () => {
    registerWidgetLoader('Test.Broken', () => Promise.reject(new Error('network down')));
    const logs: unknown[] = [];
    const { result: el, errors } = await captureConsole(async () => {
      const widget = document.createElement('cw-widget');
      widget.addEventListener('cw-log', (e) => logs.push(e.detail));
      widget.widget = {
        type: 'Card',
        children: [
          { type: 'Text', value: 'first' },
          { type: 'Test.Broken' },
          { type: 'Text', value: 'last' },
        ],
      };
      document.body.append(widget);
      await widget.updateComplete;
      return widget;
    });
    const fallback = shadow(el).querySelector('.widget-fallback')!;
    expect(fallback, 'fallback').to.not.equal(null);
    expect(fallback.textContent!.trim()).to.equal('This content can’t be shown.');
    expect(logs).to.deep.include({
      name: 'widget.component_load_failed',
      data: { type: 'Test.Broken' },
    });
    expect(shadow(el).querySelector('.widget-loading')).to.equal(null);
    expect([...shadow(el).querySelectorAll('.text')].map((t) => t.textContent)).to.deep.equal([
      'first',
      'last',
    ]);
    expect(errors.filter((e) => e.includes('Test.Broken'))).to.have.length(1);
    // Another widget with the same type shows the fallback at once, without a second error.
    const again = await captureConsole(() => renderWidget({ type: 'Test.Broken' }));
    expect(shadow(again.result).querySelector('.widget-fallback')).to.not.equal(null);
    expect(again.errors).to.deep.equal([]);
    el.remove();
  });

  it("a loader that gives no renderer is a failed load, and a host's own registration wins", async () => {
    registerWidgetLoader('Test.Empty', () => Promise.resolve({} as LoadedWidget));
    const { result: el, warnings } = await captureConsole(() =>
      renderWidget({ type: 'Test.Empty' }),
    );
    expect(shadow(el).querySelector('.widget-fallback')).to.not.equal(null);
    expect(warnings.some((w) => w.includes('Test.Empty') && w.includes('could not be loaded'))).to
      .be.true;
    registerWidgetLoader('Test.Replaced', () => new Promise<LoadedWidget>(() => undefined));
    registerWidget('Test.Replaced', () => litHtml`<b class="host-own">mine</b>`);
    const own = await fixture<CwWidget>(
      html`<cw-widget .widget=${{ type: 'Test.Replaced' }}></cw-widget>`,
    );
    expect(shadow(own).querySelector('.host-own')!.textContent).to.equal('mine');
  });
});
