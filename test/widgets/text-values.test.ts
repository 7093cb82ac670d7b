/**
 * Text props that arrive as other JSON types (src/widgets/text-value.ts): numbers and booleans show
 * as text, as ChatKit's renderer shows them; objects and arrays are dropped; both are reported in
 * the console and through `cw-log`, once per widget, without the value.
 */
import { expect } from '@open-wc/testing';

import type { CwLogEventDetail } from '../../src/events/log.js';
import type { CwWidget } from '../../src/widgets/widget-view.js';
import { captureConsole, settle, shadow } from '../helpers/widgets.js';

/** Renders a widget standalone, recording its `cw-log` events from the first render. */
async function renderLogged(widget: unknown) {
  const el = document.createElement('cw-widget') as CwWidget;
  const logs: CwLogEventDetail[] = [];
  el.addEventListener('cw-log', (e) => logs.push(e.detail));
  el.widget = widget;
  const { warnings, errors } = await captureConsole(async () => {
    document.body.append(el);
    await settle(el);
  });
  return { el, logs, warnings, errors };
}

describe('<cw-widget> text values of other types', () => {
  it('numbers and booleans in text props show as text, and are reported once', async () => {
    const { el, logs, warnings, errors } = await renderLogged({
      type: 'Card',
      status: { text: 12, icon: 'sparkle' },
      confirm: { label: 1, action: { type: 'ok' } },
      children: [
        { type: 'Title', value: 2024 },
        { type: 'Text', value: 42.5 },
        { type: 'Text', value: 0 },
        { type: 'Caption', value: false },
        { type: 'Badge', label: 3 },
        { type: 'Button', label: 7, onClickAction: { type: 'x' } },
        { type: 'Markdown', value: 99 },
        { type: 'Input', name: 'qty', inputType: 'number', defaultValue: 5 },
        {
          type: 'Text',
          value: 10,
          editable: { name: 'count' },
        },
      ],
    });
    try {
      const root = shadow(el);
      expect(root.querySelector('.title')!.textContent).to.equal('2024');
      expect([...root.querySelectorAll('p.text')].map((t) => t.textContent)).to.deep.equal([
        '42.5',
        '0',
      ]);
      expect(root.querySelector('.caption')!.textContent).to.equal('false');
      expect(root.querySelector('.badge')!.textContent!.trim()).to.equal('3');
      expect(root.querySelector('.card-body .btn')!.textContent!.trim()).to.equal('7');
      expect(root.querySelector('.card-footer .btn')!.textContent!.trim()).to.equal('1');
      expect(root.querySelector('.status')!.textContent!.trim()).to.equal('12');
      expect(root.querySelector('cw-markdown')!.shadowRoot!.textContent).to.contain('99');
      expect(root.querySelector<HTMLInputElement>('input[name="qty"]')!.value).to.equal('5');
      expect(root.querySelector<HTMLInputElement>('input[name="count"]')!.value).to.equal('10');
      const converted = logs.filter((l) => l.name === 'widget.value_converted').map((l) => l.data);
      expect(converted).to.have.deep.members([
        { prop: 'status.text', got: 'number' },
        { prop: 'Card.confirm.label', got: 'number' },
        { prop: 'Title.value', got: 'number' },
        { prop: 'Text.value', got: 'number' },
        { prop: 'Caption.value', got: 'boolean' },
        { prop: 'Badge.label', got: 'number' },
        { prop: 'Button.label', got: 'number' },
        { prop: 'Markdown.value', got: 'number' },
        { prop: 'Input.defaultValue', got: 'number' },
      ]);
      expect(warnings.some((w) => w.includes('Text.value should be a string'))).to.be.true;
      expect(errors).to.deep.equal([]);
      // A re-render does not report again.
      el.widget = structuredClone(el.widget);
      await settle(el);
      expect(logs.filter((l) => l.name === 'widget.value_converted')).to.have.length(9);
    } finally {
      el.remove();
    }
  });

  it('objects and arrays in text props are dropped (the rest renders) and reported, without the value', async () => {
    const { el, logs, errors } = await renderLogged({
      type: 'Card',
      children: [
        { type: 'Text', value: { secret: 'hunter2' } },
        { type: 'Title', value: ['a', 'b'] },
        { type: 'Badge', label: { text: 'x' } },
        { type: 'Text', value: 'still here' },
        { type: 'Text' },
      ],
    });
    try {
      const root = shadow(el);
      expect(root.textContent).to.contain('still here');
      expect(root.textContent).to.not.contain('hunter2').and.not.contain('[object');
      expect(logs.map((l) => l.data)).to.have.deep.members([
        { prop: 'Text.value', got: 'object' },
        { prop: 'Title.value', got: 'array' },
        { prop: 'Badge.label', got: 'object' },
      ]);
      expect(logs.every((l) => l.name === 'widget.value_dropped')).to.be.true;
      expect(JSON.stringify(logs)).to.not.contain('hunter2');
      expect(errors).to.deep.equal([]);
    } finally {
      el.remove();
    }
  });
});
