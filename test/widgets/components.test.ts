/** Every widget component and prop group, rendered from JSON through `<cw-widget>`. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import { WIDGET_ICON_NAMES } from '../../src/widgets/icons.js';
import { registerWidget } from '../../src/widgets/registry.js';
import {
  captureConsole,
  loadFixture,
  recordActions,
  renderWidget,
  settle,
  shadow,
} from '../helpers/widgets.js';
import { html } from 'lit';

const css = (el: Element, prop: string) => getComputedStyle(el).getPropertyValue(prop).trim();

describe('<cw-widget> components', () => {
  describe('roots', () => {
    it('Card: size, padding, background, border, status with favicon, confirm and cancel', async () => {
      const el = await renderWidget({
        type: 'Card',
        size: 'sm',
        padding: { x: 6, y: 2 },
        background: 'surface-secondary',
        border: { size: 2, color: 'strong', style: 'dashed' },
        status: {
          text: 'Acme',
          favicon: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
          frame: true,
        },
        children: [{ type: 'Text', value: 'Body' }],
        confirm: { label: 'Yes', action: { type: 'yes' } },
        cancel: { label: 'No', action: { type: 'no' } },
      });
      const card = shadow(el).querySelector<HTMLElement>('.card')!;
      expect(card.classList.contains('size-sm')).to.equal(true);
      expect(css(card, 'max-width')).to.equal('360px');
      expect(css(card, 'border-top-style')).to.equal('dashed');
      expect(css(card, 'border-top-width')).to.equal('2px');
      expect(card.style.background).to.contain('--cw-color-surface-secondary');
      const body = shadow(el).querySelector<HTMLElement>('.card-body')!;
      expect(css(body, 'padding-left')).to.equal('24px');
      expect(css(body, 'padding-top')).to.equal('8px');
      expect(shadow(el).querySelector('.status img.favicon.framed')).to.not.equal(null);
      expect(shadow(el).querySelector('.status')!.textContent!.trim()).to.equal('Acme');
      expect(
        [...shadow(el).querySelectorAll('.card-footer button')].map((b) => b.textContent!.trim()),
      ).to.deep.equal(['No', 'Yes']);
    });

    it('Card: collapsed hides body and footer; theme forces a scheme', async () => {
      const collapsed = await renderWidget(await loadFixture('collapsed-card'));
      expect(shadow(collapsed).querySelector<HTMLElement>('.card-body')!.hidden).to.equal(true);
      expect(shadow(collapsed).querySelector('.card-footer')).to.equal(null);
      const dark = await renderWidget(await loadFixture('dark-card'), 'light');
      const themed = shadow(dark).querySelector('.theme-dark')!;
      expect(css(themed, 'color-scheme')).to.equal('dark');
      expect(css(themed, '--cw-color-surface')).to.equal('#212121');
    });

    it('ListView: limit with Show more, status, keyboard-activated items', async () => {
      const el = await renderWidget(await loadFixture('flight-options'));
      const actions = recordActions(el);
      expect(shadow(el).querySelectorAll('.list-item')).to.have.length(2);
      const more = shadow(el).querySelector<HTMLButtonElement>('.show-more')!;
      expect(more.textContent!.trim()).to.equal('Show 1 more');
      more.click();
      await settle(el);
      expect(shadow(el).querySelectorAll('.list-item')).to.have.length(3);
      expect(shadow(el).querySelector('.show-more')).to.equal(null);
      const row = shadow(el).querySelector<HTMLElement>('.list-item.interactive')!;
      row.focus();
      await sendKeys({ press: 'Enter' });
      expect(actions.map((a) => a.action)).to.deep.equal([
        { type: 'flight.select', payload: { flight: 'OA 917' } },
      ]);
      expect(actions[0]!.site).to.equal('list-item');
    });

    it('Basic: direction, gap, padding, align; a ListView child that is not a ListViewItem gets a row', async () => {
      const el = await renderWidget({
        type: 'Basic',
        direction: 'row',
        gap: 2,
        padding: 1,
        align: 'center',
        children: [
          { type: 'Text', value: 'a' },
          { type: 'ListView', children: [{ type: 'Text', value: 'loose' }] },
        ],
      });
      const basic = shadow(el).querySelector<HTMLElement>('.basic')!;
      expect(css(basic, 'flex-direction')).to.equal('row');
      expect(css(basic, 'gap')).to.equal('8px');
      expect(css(basic, 'padding-top')).to.equal('4px');
      expect(css(basic, 'align-items')).to.equal('center');
      expect(shadow(el).querySelector('.list-item')!.textContent!.trim()).to.equal('loose');
    });
  });

  describe('layout and values', () => {
    it('Box: direction (column accepted), wrap, flex, gap, padding/margin objects, border per side, radius, sizes, aspect ratio, background', async () => {
      const el = await renderWidget({
        type: 'Box',
        direction: 'column',
        wrap: 'wrap',
        flex: 'auto',
        gap: 3.5,
        padding: { top: 1, x: 2 },
        margin: { bottom: 4 },
        border: { top: { size: 3, color: 'red-500' }, x: 1 },
        radius: 'full',
        width: 200,
        minHeight: '10px',
        maxWidth: '50%',
        aspectRatio: 2,
        background: { light: 'blue-100', dark: 'blue-900' },
        children: [{ type: 'Spacer', minSize: 12 }],
      });
      const box = shadow(el).querySelector<HTMLElement>('.box')!;
      expect(css(box, 'flex-direction')).to.equal('column');
      expect(css(box, 'flex-wrap')).to.equal('wrap');
      expect(css(box, 'gap')).to.equal('14px');
      expect(css(box, 'padding-top')).to.equal('4px');
      expect(css(box, 'padding-left')).to.equal('8px');
      expect(css(box, 'margin-bottom')).to.equal('16px');
      expect(css(box, 'border-top-width')).to.equal('3px');
      expect(css(box, 'border-top-color')).to.equal('rgb(239, 68, 68)');
      expect(css(box, 'border-left-width')).to.equal('1px');
      expect(css(box, 'border-bottom-style')).to.equal('none');
      expect(css(box, 'border-top-left-radius')).to.equal('9999px');
      expect(css(box, 'width')).to.equal('200px');
      expect(css(box, 'aspect-ratio')).to.equal('2 / 1');
      expect(css(box, 'background-color')).to.equal(
        'rgb(219, 234, 254)',
        'light side of {light, dark}',
      );
      const dark = await renderWidget(
        { type: 'Box', background: { light: 'blue-100', dark: 'blue-900' }, children: [] },
        'dark',
      );
      expect(css(shadow(dark).querySelector('.box')!, 'background-color')).to.not.equal(
        'rgb(219, 234, 254)',
      );
      expect(css(shadow(el).querySelector('.spacer')!, 'min-height')).to.equal('12px');
    });

    it('Row and Col lay out horizontally and vertically; floats such as 4.0 and children: null are fine', async () => {
      const el = await renderWidget({
        type: 'Col',
        padding: 4.0,
        children: [
          {
            type: 'Row',
            gap: 2.0,
            justify: 'between',
            children: [
              { type: 'Box', children: null },
              { type: 'Text', value: 'x' },
            ],
          },
        ],
      });
      expect(css(shadow(el).querySelector('.dir-col')!, 'padding-top')).to.equal('16px');
      const row = shadow(el).querySelector('.dir-row')!;
      expect(css(row, 'justify-content')).to.equal('space-between');
      expect(css(row, 'flex-direction')).to.equal('row');
    });

    it('Divider: colour, size, spacing, flush', async () => {
      const el = await renderWidget({
        type: 'Card',
        children: [{ type: 'Divider', color: 'red-600', size: 3, spacing: 2, flush: true }],
      });
      const hr = shadow(el).querySelector<HTMLElement>('hr')!;
      expect(css(hr, 'border-top-width')).to.equal('3px');
      expect(css(hr, 'border-top-color')).to.equal('rgb(220, 38, 38)');
      expect(css(hr, 'margin-top')).to.equal('8px');
      expect(hr.classList.contains('flush')).to.equal(true);
      expect(css(hr, 'margin-left')).to.equal('-16px');
    });

    it('Transition renders its one child and replays the enter animation when the child changes identity', async () => {
      const el = await renderWidget({
        type: 'Transition',
        children: { type: 'Text', key: 'a', value: 'first' },
      });
      const before = shadow(el).querySelector('.transition-child')!;
      el.widget = {
        type: 'Transition',
        children: { type: 'Text', key: 'a', value: 'first, edited' },
      };
      await settle(el);
      expect(shadow(el).querySelector('.transition-child')).to.equal(
        before,
        'same identity keeps the element',
      );
      el.widget = { type: 'Transition', children: { type: 'Text', key: 'b', value: 'second' } };
      await settle(el);
      expect(shadow(el).querySelector('.transition-child')).to.not.equal(
        before,
        'a new identity re-enters',
      );
      expect(shadow(el).querySelector('.transition-child')!.textContent!.trim()).to.equal('second');
    });
  });

  describe('content', () => {
    it('Text: sizes, weights, colour tokens, primitives, alpha, raw CSS, italic, line-through, truncate, maxLines, minLines, width', async () => {
      const el = await renderWidget({
        type: 'Col',
        children: [
          {
            type: 'Text',
            value: 'a',
            size: 'lg',
            weight: 'bold',
            color: 'secondary',
            italic: true,
            lineThrough: true,
            textAlign: 'center',
            width: 120,
          },
          { type: 'Text', value: 'b', color: 'alpha-70', truncate: true },
          { type: 'Text', value: 'c', color: '#0891b2', maxLines: 2, minLines: 3 },
          { type: 'Text', value: 'd', color: 'gray-900' },
        ],
      });
      const [a, b, c, d] = [...shadow(el).querySelectorAll<HTMLElement>('.text')];
      expect(css(a!, 'font-weight')).to.equal('700');
      expect(css(a!, 'font-style')).to.equal('italic');
      expect(css(a!, 'text-decoration-line')).to.equal('line-through');
      expect(css(a!, 'text-align')).to.equal('center');
      expect(css(a!, 'width')).to.equal('120px');
      expect(css(a!, 'color')).to.equal('rgb(93, 93, 93)', 'secondary text token');
      expect(css(b!, 'text-overflow')).to.equal('ellipsis');
      expect(css(b!, 'color')).to.match(
        /^(color\(srgb|rgba\()/,
        'alpha-70 is the text colour at 70%',
      );
      expect(css(c!, 'color')).to.equal('rgb(8, 145, 178)');
      expect(css(c!, '-webkit-line-clamp')).to.equal('2');
      expect(parseFloat(css(c!, 'min-height'))).to.be.above(40);
      expect(css(d!, 'color')).to.equal('rgb(17, 24, 39)');
    });

    it('Text: editable text is an input (or text area) with its name, and streaming shows a caret', async () => {
      const el = await renderWidget(await loadFixture('email-draft-streaming'));
      const subject = shadow(el).querySelector<HTMLInputElement>('input.editable-text')!;
      expect(subject.name).to.equal('email.subject');
      expect(subject.value).to.equal('Release update');
      expect(subject.required).to.equal(true);
      // The wrapper keeps line breaks: it must hold the input alone, not blank lines around it.
      const wrapper = subject.parentElement!;
      expect(wrapper.getBoundingClientRect().height).to.be.below(
        subject.getBoundingClientRect().height + 8,
      );
      const streaming = shadow(el).querySelector('.text.streaming')!;
      expect(getComputedStyle(streaming, '::after').content).to.not.equal('none');
    });

    it('Title, Caption, Label, Badge', async () => {
      const el = await renderWidget({
        type: 'Col',
        children: [
          { type: 'Title', value: 'T', size: '3xl', color: 'danger', weight: 'normal' },
          { type: 'Caption', value: 'C', size: 'lg' },
          { type: 'Label', value: 'Email', fieldName: 'email' },
          { type: 'Input', name: 'email' },
          {
            type: 'Badge',
            label: 'New',
            color: 'success',
            variant: 'solid',
            size: 'lg',
            pill: true,
          },
        ],
      });
      const title = shadow(el).querySelector('.title')!;
      expect(title.tagName).to.equal('H3');
      expect(css(title, 'font-weight')).to.equal('400');
      expect(title.classList.contains('size-3xl')).to.equal(true);
      expect(shadow(el).querySelector('.caption.size-lg')).to.not.equal(null);
      const label = shadow(el).querySelector('label')!;
      expect(label.getAttribute('for')).to.equal('field-email');
      expect(shadow(el).getElementById('field-email')).to.not.equal(null);
      const badge = shadow(el).querySelector('.badge')!;
      expect(badge.className)
        .to.contain('color-success')
        .and.contain('variant-solid')
        .and.contain('size-lg')
        .and.contain('pill');
    });

    it('Icon: all 64 names are known, sizes apply, lucide: prefix works, an unknown name renders a placeholder', async () => {
      expect(WIDGET_ICON_NAMES).to.have.length(64);
      const el = await renderWidget(await loadFixture('icons'));
      const icons = [...shadow(el).querySelectorAll('svg[data-icon]')];
      const known = icons
        .filter((i) => i.getAttribute('data-known') === 'true')
        .map((i) => i.getAttribute('data-icon'));
      for (const name of WIDGET_ICON_NAMES) expect(known, name).to.include(name);
      expect(known).to.include('lucide:calendar');
      expect(
        icons
          .find((i) => i.getAttribute('data-icon') === 'chevron-down')!
          .getAttribute('data-known'),
      ).to.equal('false');
      const sizes = icons
        .filter((i) => i.getAttribute('data-icon') === 'star')
        .map((i) => i.getAttribute('width'));
      expect(sizes).to.include.members(['12', '14', '16', '20', '24', '32', '40']);
    });

    it('Image: fit, position, frame, flush, radius, sizes, margin', async () => {
      const el = await renderWidget({
        type: 'Card',
        children: [
          {
            type: 'Image',
            src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
            alt: 'dot',
            fit: 'contain',
            position: 'top left',
            frame: true,
            flush: true,
            radius: 'lg',
            width: 80,
            height: 60,
            margin: { top: 2 },
          },
        ],
      });
      const img = shadow(el).querySelector<HTMLImageElement>('img.image')!;
      expect(img.alt).to.equal('dot');
      expect(css(img, 'object-fit')).to.equal('contain');
      expect(css(img, 'object-position')).to.equal('0% 0%');
      expect(css(img, 'border-top-left-radius')).to.equal('12px');
      expect(css(img, 'height')).to.equal('60px');
      expect(css(img, 'margin-top')).to.equal('8px');
      expect(img.classList.contains('frame') && img.classList.contains('flush')).to.equal(true);
    });

    it('Textarea: rows, auto-resize, and pattern validated like an input pattern', async () => {
      const el = await renderWidget({
        type: 'Form',
        onSubmitAction: { type: 's' },
        children: [
          {
            type: 'Textarea',
            name: 'code',
            rows: 2,
            pattern: '[A-Z]{3}',
            autoResize: true,
            maxRows: 4,
          },
        ],
      });
      const area = shadow(el).querySelector<HTMLTextAreaElement>('textarea')!;
      expect(area.rows).to.equal(2);
      area.focus();
      await sendKeys({ type: 'abc' });
      expect(area.validity.valid).to.equal(false);
      area.value = '';
      await sendKeys({ type: 'ABC' });
      expect(area.validity.valid).to.equal(true);
    });

    it('Markdown renders through the safe Markdown path', async () => {
      const el = await renderWidget({
        type: 'Markdown',
        value: '**bold** <b>raw</b>',
        streaming: true,
      });
      const md = shadow(el).querySelector('cw-markdown')!;
      expect(md.shadowRoot!.querySelector('strong')!.textContent).to.equal('bold');
      expect(md.shadowRoot!.querySelector('b')).to.equal(null);
    });

    it('Chart: stacked bars, a line and an area, axes, legend, labels and an accessible table', async () => {
      const el = await renderWidget(await loadFixture('sales-chart'));
      const [bars, area] = [...shadow(el).querySelectorAll('cw-chart')].map((c) => c.shadowRoot!);
      expect(bars!.querySelectorAll('rect[rx]')).to.have.length(10, '2 stacked series × 5 days');
      expect(bars!.querySelectorAll('path[stroke]').length).to.be.greaterThan(0);
      expect([...bars!.querySelectorAll('text.axis')].map((t) => t.textContent)).to.include.members(
        ['M', 'W', 'F', '0'],
      );
      expect(
        [...bars!.querySelectorAll('.legend span')].map((s) => s.textContent!.trim()),
      ).to.deep.equal(['Web', 'App', 'Goal']);
      expect(bars!.querySelectorAll('table.sr-only tr')).to.have.length(6);
      expect(area!.querySelector('path[fill-opacity]')).to.not.equal(null);
      expect(area!.querySelector('.legend')).to.equal(null, 'showLegend: false');
      // Stacking: the App bar starts where the Web bar ends.
      const monday = [...bars!.querySelectorAll('rect[rx]')].filter(
        (r) => r.getAttribute('x') === bars!.querySelectorAll('rect[rx]')[0]!.getAttribute('x'),
      );
      expect(monday).to.have.length(2);
      const [web, app] = monday.map((r) => ({
        y: Number(r.getAttribute('y')),
        h: Number(r.getAttribute('height')),
      }));
      expect(Math.abs(app!.y + app!.h - web!.y)).to.be.below(0.01);
    });

    it('Table: header row cells, spans, alignment and cell padding', async () => {
      const el = await renderWidget(await loadFixture('order-table'));
      const table = shadow(el).querySelector('table')!;
      expect(
        [...table.querySelectorAll('thead th')].map((t) => t.textContent!.trim()),
      ).to.deep.equal(['Item', 'Qty', 'Price']);
      const total = [...table.querySelectorAll('td')].find((td) =>
        td.textContent!.includes('Total'),
      )!;
      expect(total.colSpan).to.equal(2);
      expect(css(total, 'padding-top')).to.equal('12px');
      const price = table.querySelector('tbody tr td:last-child')!;
      expect(css(price, 'text-align')).to.equal('end');
    });
  });

  describe('robustness and extension', () => {
    it('unknown components render a labelled fallback with one warning; unknown props are ignored; the rest renders', async () => {
      const {
        result: el,
        warnings,
        errors,
      } = await captureConsole(async () =>
        renderWidget({
          type: 'Card',
          futureProp: 1,
          children: [
            { type: 'Text', value: 'before', sparkles: true },
            { type: 'Hologram2', beam: 'blue' },
            { type: 'Text', value: 'after' },
          ],
        }),
      );
      expect(shadow(el).querySelector('.widget-fallback')!.textContent).to.contain('Hologram2');
      expect([...shadow(el).querySelectorAll('.text')].map((t) => t.textContent)).to.deep.equal([
        'before',
        'after',
      ]);
      expect(warnings.filter((w) => w.includes('Hologram2'))).to.have.length(1);
      expect(errors).to.deep.equal([]);
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
});
