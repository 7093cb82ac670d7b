/**
 * Pathological widget trees from an untrusted server: long unbroken words, trees thousands of
 * levels deep, tens of thousands of components, charts of thousands of points. Each renders its
 * content or a clear, visible fallback, and no task runs longer than a generous bound (FREEZE_BOUND_MS, seconds),
 * measured with a MessageChannel heartbeat. The figures are printed for the record.
 */
import { expect } from '@open-wc/testing';

// Every element at once (as the classic build): these tests render standalone <cw-widget>s.
import '../../src/define-all.js';
import { MAX_WIDGET_DEPTH, MAX_WIDGET_NODES } from '../../src/widgets/widget-view.js';
import type { CwWidget } from '../../src/widgets/widget-view.js';
import { FREEZE_BOUND_MS, frames, startHeartbeat } from '../helpers/heartbeat.js';
import { settle } from '../helpers/widgets.js';

/** Renders a widget in a 480px column and returns it with the longest task seen meanwhile. */
async function measure(label: string, widget: unknown): Promise<{ el: CwWidget; longest: number }> {
  const column = document.createElement('div');
  column.style.width = '480px';
  document.body.append(column);
  await frames();
  const beat = startHeartbeat();
  const el = document.createElement('cw-widget');
  el.widget = widget;
  column.append(el);
  await settle(el);
  await frames();
  // Force layout of everything (a lazy browser may not have laid out the offscreen part).
  void column.getBoundingClientRect().height;
  await frames();
  const longest = beat.stop();
  console.log(`[freeze] ${label}: longest task ${Math.round(longest)} ms`);
  return { el, longest };
}

const text = (value: string) => ({ type: 'Card', children: [{ type: 'Text', value }] });

afterEach(() => {
  for (const el of document.querySelectorAll('body > div')) el.remove();
});

describe('pathological widgets', function () {
  this.timeout(60000);

  for (const n of [20000, 100000]) {
    it(`a Text holding one word of ${n.toLocaleString('en-US')} characters wraps, fast`, async () => {
      const { el, longest } = await measure(`Text word of ${n} characters`, text('x'.repeat(n)));
      const p = el.shadowRoot!.querySelector('.text')!;
      expect(p.textContent!.length).to.equal(n);
      // It wraps: its content is no wider than the column (no horizontal overflow).
      expect(p.scrollWidth).to.be.at.most(480);
      expect(p.getBoundingClientRect().height).to.be.above(100);
      expect(el.getBoundingClientRect().width).to.be.at.most(480);
      expect(longest).to.be.below(FREEZE_BOUND_MS);
    });
  }

  it('a Markdown and a Title with a word of 20,000 characters wrap too', async () => {
    const word = 'y'.repeat(20000);
    const { el, longest } = await measure('Markdown + Title word of 20000 characters', {
      type: 'Card',
      children: [
        { type: 'Title', value: word },
        { type: 'Markdown', value: word },
        { type: 'Badge', label: word },
      ],
    });
    expect(el.getBoundingClientRect().width).to.be.at.most(480);
    const md = el.shadowRoot!.querySelector('cw-markdown')!;
    expect(md.getBoundingClientRect().width).to.be.at.most(480);
    // A Badge is one line by design: clipped at the column's edge rather than wrapped.
    expect(el.shadowRoot!.querySelector('.badge')!.getBoundingClientRect().width).to.be.at.most(
      480,
    );
    for (const node of [
      el.shadowRoot!.querySelector('.title')!,
      ...md.shadowRoot!.querySelectorAll('p'),
    ])
      expect(node.scrollWidth, node.className || node.tagName).to.be.at.most(480);
    expect(longest).to.be.below(FREEZE_BOUND_MS);
  });

  for (const depth of [3000, 10000]) {
    it(`a tree ${depth.toLocaleString('en-US')} levels deep shows its top and a labelled note`, async () => {
      let node: Record<string, unknown> = { type: 'Text', value: 'the bottom' };
      for (let i = 0; i < depth; i++)
        node = {
          type: i % 2 ? 'Box' : 'Col',
          children: [node, { type: 'Caption', value: `level ${i}` }],
        };
      const { el, longest } = await measure(`tree ${depth} levels deep`, {
        type: 'Card',
        children: [node],
      });
      const root = el.shadowRoot!;
      const note = root.querySelector('.widget-too-deep');
      expect(note, 'the depth note').to.exist;
      expect(note!.textContent).to.contain(`more than ${MAX_WIDGET_DEPTH} levels`);
      expect(root.querySelectorAll('.box').length).to.be.at.most(MAX_WIDGET_DEPTH);
      expect(root.textContent).to.contain(`level ${depth - 1}`);
      expect(longest).to.be.below(FREEZE_BOUND_MS);
    });
  }

  it('a ListView of 10,000 items shows its first components and "N more not shown"', async () => {
    const children = Array.from({ length: 10000 }, (_, i) => ({
      type: 'ListViewItem',
      children: [{ type: 'Text', value: `Item ${i}` }],
    }));
    const { el, longest } = await measure('ListView of 10000 items', {
      type: 'ListView',
      children,
    });
    const root = el.shadowRoot!;
    const note = root.querySelector('.widget-truncated');
    expect(note, 'the size note').to.exist;
    // ListView itself + 10,000 items + 10,000 texts, of which MAX_WIDGET_NODES render.
    expect(note!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      `${(20001 - MAX_WIDGET_NODES).toLocaleString('en-US')} more components not shown`,
    );
    expect(root.textContent).to.contain('Item 0');
    expect(longest).to.be.below(FREEZE_BOUND_MS);
  });

  it('a 50,000-component flat Col is capped the same way', async () => {
    const children = Array.from({ length: 50000 }, (_, i) => ({ type: 'Text', value: `t${i}` }));
    const { el, longest } = await measure('Col of 50000 Texts', { type: 'Col', children });
    expect(el.shadowRoot!.querySelectorAll('.text').length).to.equal(MAX_WIDGET_NODES - 1);
    expect(el.shadowRoot!.querySelector('.widget-truncated')).to.exist;
    expect(longest).to.be.below(FREEZE_BOUND_MS);
  });

  it('a Table of 2,000 rows renders within the bound', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => ({
      type: 'Table.Row',
      children: [0, 1, 2].map((c) => ({
        type: 'Table.Cell',
        children: [{ type: 'Text', value: `r${i}c${c}` }],
      })),
    }));
    const { el, longest } = await measure('Table of 2000 rows x 3 cells', {
      type: 'Card',
      children: [{ type: 'Table', children: rows }],
    });
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('tr').length).to.be.above(100);
    expect(root.textContent).to.contain('r0c0');
    // Over the component cap: the note says how many were left out.
    expect(root.querySelector('.widget-truncated')).to.exist;
    expect(longest).to.be.below(FREEZE_BOUND_MS);
  });

  it('a Chart of 5,000 points is downsampled, and says so', async () => {
    const data = Array.from({ length: 5000 }, (_, i) => ({
      x: `p${i}`,
      a: Math.sin(i / 50) * 100 + (i === 2345 ? 900 : 0),
      b: i % 97,
    }));
    const { el, longest } = await measure('Chart of 5000 points x 2 series', {
      type: 'Card',
      children: [
        {
          type: 'Chart',
          height: 200,
          xAxis: 'x',
          data,
          series: [
            { type: 'line', dataKey: 'a' },
            { type: 'area', dataKey: 'b' },
          ],
        },
      ],
    });
    const chart = el.shadowRoot!.querySelector('cw-chart')!;
    await (chart as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const note = chart.shadowRoot!.querySelector('.note');
    expect(note, 'the downsampling note').to.exist;
    expect(note!.textContent).to.match(/of 5,000 points shown/);
    // The spike survives downsampling (the maximum of its bucket is kept): the y axis reaches it.
    const rows = [...chart.shadowRoot!.querySelectorAll('table tr')].slice(1);
    expect(rows.length).to.be.at.most(500);
    const a = rows.map((r) => Number(r.querySelectorAll('td')[0]!.textContent));
    expect(Math.max(...a)).to.be.above(800);
    expect(longest).to.be.below(FREEZE_BOUND_MS);
  });
});
