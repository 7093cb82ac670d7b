import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import { CONTROL_VARIANTS } from '../../control-base.js';
import type { CwWidget } from '../../widget-view.js';
import { recordActions, renderWidget, settle, shadow } from '../../../../test/helpers/widgets.js';
import { filterOptions, moveIndex, placePopup, typeAhead } from './select-geometry.js';

const SIZES = [
  { value: 's', label: 'Small', disabled: true },
  { value: 'm', label: 'Medium', description: 'most people' },
  { value: 'l', label: 'Large' },
  { value: 'xl', label: 'Extra large' },
];

const q = <T extends Element>(el: CwWidget, s: string) => shadow(el).querySelector<T>(s)!;
const trigger = (el: CwWidget) => q<HTMLButtonElement>(el, 'button.select-trigger');
const popup = (el: CwWidget) => q<HTMLElement>(el, '.select-popup');
const optionEls = (el: CwWidget) => [...shadow(el).querySelectorAll<HTMLElement>('[role=option]')];
const cwSelect = (el: CwWidget) =>
  q<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'cw-select');
/** Waits for the select (and so the popup's placement) to render. */
const rendered = async (el: CwWidget) => {
  await cwSelect(el).updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
};
const press = async (el: CwWidget, key: string) => {
  await sendKeys({ press: key });
  await rendered(el);
};
const activeLabel = (el: CwWidget) => {
  const id = (shadow(el).activeElement ?? trigger(el)).getAttribute('aria-activedescendant');
  return id
    ? shadow(el).getElementById(id)!.querySelector('.select-option-label')!.textContent
    : null;
};

describe('Select', () => {
  it('keeps a native select as the value carrier: options, default value, change action', async () => {
    const el = await renderWidget({
      type: 'Select',
      name: 'size',
      defaultValue: 'm',
      onChangeAction: { type: 'pick' },
      options: [...SIZES, { value: 7 }, { value: { bad: true }, label: 'dropped' }],
    });
    const actions = recordActions(el);
    const select = q<HTMLSelectElement>(el, 'select');
    expect([...select.options].map((o) => o.value)).to.deep.equal(['', 's', 'm', 'l', 'xl', '7']);
    expect(select.name).to.equal('size');
    expect(select.value).to.equal('m');
    expect(trigger(el).textContent!.trim()).to.equal('Medium');
    expect(optionEls(el)[1]!.textContent).to.contain('most people');
    // A value set on the native select from a script shows in the trigger and fires the action.
    select.value = '7';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    select.dispatchEvent(new Event('input', { bubbles: true }));
    await rendered(el);
    expect(trigger(el).textContent!.trim()).to.equal('7');
    expect(actions.map((a) => a.action)).to.deep.equal([{ type: 'pick', payload: { size: '7' } }]);
    // Clicking an option chooses it, closes the list and reports it.
    trigger(el).click();
    await rendered(el);
    optionEls(el)[2]!.click();
    await rendered(el);
    expect(select.value).to.equal('l');
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    expect(actions.at(-1)!.action).to.deep.equal({ type: 'pick', payload: { size: 'l' } });
  });

  it('every variant is a class of the trigger; the placeholder is drawn muted, not as a value', async () => {
    const el = await renderWidget({
      type: 'Col',
      children: [
        ...CONTROL_VARIANTS.map((variant) => ({ type: 'Select', name: 'v', variant, options: [] })),
        { type: 'Select', name: 'p', placeholder: 'Pick a size', options: SIZES },
      ],
    });
    const triggers = [...shadow(el).querySelectorAll('button.select-trigger')];
    CONTROL_VARIANTS.forEach((variant, i) =>
      expect(triggers[i]!.classList.contains(`variant-${variant}`)).to.equal(true),
    );
    const value = triggers.at(-1)!.querySelector('.select-value')!;
    expect(value.textContent).to.equal('Pick a size');
    expect(value.classList.contains('placeholder')).to.equal(true);
    const muted = getComputedStyle(value).color;
    const text = getComputedStyle(triggers.at(-1)!).color;
    expect(muted).to.not.equal(text);
  });

  it('keyboard: opens, moves past disabled options, Home/End, type-ahead, Enter chooses, Escape restores, Tab moves on', async () => {
    const el = await renderWidget({
      type: 'Col',
      children: [
        {
          type: 'Select',
          name: 'size',
          defaultValue: 'm',
          onChangeAction: { type: 'pick' },
          options: SIZES,
        },
        { type: 'Button', label: 'Next' },
      ],
    });
    const actions = recordActions(el);
    trigger(el).focus();
    await press(el, 'ArrowDown');
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
    expect(activeLabel(el)).to.equal('Medium');
    await press(el, 'ArrowUp'); // Small is disabled: stays on Medium
    expect(activeLabel(el)).to.equal('Medium');
    await press(el, 'End');
    expect(activeLabel(el)).to.equal('Extra large');
    await press(el, 'Home');
    expect(activeLabel(el)).to.equal('Medium');
    await press(el, 'e'); // type-ahead: the next label starting with "e"
    expect(activeLabel(el)).to.equal('Extra large');
    await press(el, 'Escape');
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(el).activeElement).to.equal(trigger(el));
    expect(actions).to.deep.equal([]);
    await press(el, 'Enter');
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    expect(trigger(el).textContent!.trim()).to.equal('Large');
    expect(shadow(el).activeElement).to.equal(trigger(el));
    expect(actions.map((a) => a.action)).to.deep.equal([{ type: 'pick', payload: { size: 'l' } }]);
    await press(el, ' ');
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
    // Tab closes the list and moves on to the next control (the hidden carrier is skipped).
    await press(el, 'Tab');
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(el).activeElement!.textContent!.trim()).to.equal('Next');
  });

  it('ARIA: combobox, listbox and options; the accessible name is the visible Label', async () => {
    const el = await renderWidget({
      type: 'Col',
      children: [
        { type: 'Label', value: 'Shirt size', fieldName: 'size' },
        { type: 'Select', name: 'size', defaultValue: 'l', options: SIZES },
        { type: 'Select', name: 'colour', placeholder: 'Colour', options: [{ value: 'r' }] },
      ],
    });
    await rendered(el);
    const [labelled, bare] = [...shadow(el).querySelectorAll<HTMLButtonElement>('.select-trigger')];
    expect(labelled!.getAttribute('role')).to.equal('combobox');
    expect(labelled!.getAttribute('aria-haspopup')).to.equal('listbox');
    expect([...labelled!.labels].map((l) => l.textContent)).to.deep.equal(['Shirt size']);
    expect(labelled!.hasAttribute('aria-label')).to.equal(false);
    expect(bare!.getAttribute('aria-label')).to.equal('Colour');
    const list = shadow(el).getElementById(labelled!.getAttribute('aria-controls')!)!;
    expect(list.getAttribute('role')).to.equal('listbox');
    const opts = [...list.querySelectorAll('[role=option]')];
    expect(opts.map((o) => o.getAttribute('aria-selected'))).to.deep.equal([
      'false',
      'false',
      'true',
      'false',
    ]);
    expect(opts[0]!.getAttribute('aria-disabled')).to.equal('true');
    // The hidden carrier is out of the accessibility tree and the tab order.
    const native = q<HTMLSelectElement>(el, 'select');
    expect(native.getAttribute('aria-hidden')).to.equal('true');
    expect(native.tabIndex).to.equal(-1);
  });

  it('disabled options cannot be chosen; a disabled select does not open', async () => {
    const el = await renderWidget({
      type: 'Col',
      children: [
        { type: 'Select', name: 'a', onChangeAction: { type: 'pick' }, options: SIZES },
        { type: 'Select', name: 'b', disabled: true, options: SIZES },
      ],
    });
    const actions = recordActions(el);
    const [a, b] = [...shadow(el).querySelectorAll<HTMLButtonElement>('.select-trigger')];
    a!.click();
    await rendered(el);
    optionEls(el)[0]!.click();
    await rendered(el);
    expect(q<HTMLSelectElement>(el, 'select[name=a]').value).to.equal('');
    expect(actions).to.deep.equal([]);
    expect(b!.disabled).to.equal(true);
    b!.click();
    await rendered(el);
    expect(b!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('searchable: a filter box (an editable combobox) filters the list and Enter chooses', async () => {
    const el = await renderWidget({
      type: 'Col',
      children: [
        {
          type: 'Select',
          name: 'city',
          searchable: true,
          onChangeAction: { type: 'pick' },
          options: [
            { value: 'ber', label: 'Berlin' },
            { value: 'bor', label: 'Bordeaux', description: 'wine' },
            { value: 'par', label: 'Paris' },
          ],
        },
        { type: 'Button', label: 'Next' },
      ],
    });
    const actions = recordActions(el);
    trigger(el).focus();
    await press(el, 'Enter');
    await rendered(el);
    const search = q<HTMLInputElement>(el, 'input.select-search');
    expect(shadow(el).activeElement).to.equal(search);
    expect(search.getAttribute('role')).to.equal('combobox');
    expect(search.getAttribute('aria-autocomplete')).to.equal('list');
    await sendKeys({ type: 'bo' });
    await rendered(el);
    expect(
      optionEls(el).map((o) => o.querySelector('.select-option-label')!.textContent),
    ).to.deep.equal(['Bordeaux']);
    await sendKeys({ type: 'x' });
    await rendered(el);
    expect(optionEls(el)).to.have.length(0);
    expect(q(el, '.select-empty').textContent).to.equal('No options');
    await press(el, 'Backspace');
    await press(el, 'Backspace');
    await press(el, 'Backspace');
    await sendKeys({ type: 'wine' });
    await rendered(el);
    expect(activeLabel(el)).to.equal('Bordeaux');
    await press(el, 'Enter');
    expect(shadow(el).activeElement).to.equal(trigger(el));
    expect(actions.map((a) => a.action)).to.deep.equal([
      { type: 'pick', payload: { city: 'bor' } },
    ]);
    // Tab from the filter box closes the list and moves on past the trigger.
    await press(el, 'Enter');
    await rendered(el);
    expect(shadow(el).activeElement).to.equal(q(el, 'input.select-search'));
    await press(el, 'Tab');
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(el).activeElement!.textContent!.trim()).to.equal('Next');
    // Past 15 options the filter box is on by default.
    const many = await renderWidget({
      type: 'Select',
      name: 'n',
      options: Array.from({ length: 16 }, (_, i) => ({ value: i })),
    });
    trigger(many).click();
    await rendered(many);
    expect(shadow(many).querySelector('input.select-search')).to.not.equal(null);
  });

  it('clearable: a clear button only once a value is chosen; clearing reports an empty value', async () => {
    const el = await renderWidget({
      type: 'Select',
      name: 'size',
      clearable: true,
      onChangeAction: { type: 'pick' },
      options: SIZES,
    });
    const actions = recordActions(el);
    expect(shadow(el).querySelector('.select-clear')).to.equal(null);
    trigger(el).click();
    await rendered(el);
    optionEls(el)[3]!.click();
    await rendered(el);
    const clear = q<HTMLButtonElement>(el, '.select-clear');
    expect(clear.getAttribute('aria-label')).to.equal('Clear Extra large');
    // The clear button sits inside the box, after the text and before the chevron.
    const value = q(el, '.select-value').getBoundingClientRect();
    const chevron = q(el, '.select-chevron').getBoundingClientRect();
    const c = clear.getBoundingClientRect();
    expect(c.left).to.be.at.least(value.right - 1);
    expect(c.right).to.be.at.most(chevron.left + 1);
    clear.click();
    await rendered(el);
    expect(q<HTMLSelectElement>(el, 'select').value).to.equal('');
    expect(shadow(el).querySelector('.select-clear')).to.equal(null);
    expect(actions.map((a) => a.action)).to.deep.equal([
      { type: 'pick', payload: { size: 'xl' } },
      { type: 'pick', payload: { size: '' } },
    ]);
  });

  it('in a Form: the chosen value is submitted under its name; required blocks an empty submit', async () => {
    const el = await renderWidget({
      type: 'Form',
      onSubmitAction: { type: 'send' },
      children: [
        { type: 'Select', name: 'order.size', required: true, options: SIZES },
        { type: 'Button', label: 'Send', submit: true },
      ],
    });
    const actions = recordActions(el);
    const submit = q<HTMLButtonElement>(el, 'button[type=submit]');
    submit.click();
    await rendered(el);
    expect(actions).to.deep.equal([]);
    expect(trigger(el).getAttribute('aria-invalid')).to.equal('true');
    trigger(el).focus();
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    submit.click();
    expect(actions.map((a) => a.action)).to.deep.equal([
      { type: 'send', payload: { order: { size: 'l' } } },
    ]);
    expect(trigger(el).hasAttribute('aria-invalid')).to.equal(false);
  });

  it('layout: in a column the box fills it with the chevron at its end; long text ends before the chevron', async () => {
    const host = await fixture<HTMLElement>(
      html`<div style="width: 320px">
        <cw-widget
          .widget=${{
            type: 'Col',
            children: [
              { type: 'Select', name: 'a', placeholder: 'Pick', options: SIZES },
              {
                type: 'Select',
                name: 'b',
                defaultValue: 'long',
                options: [{ value: 'long', label: 'A very long option label '.repeat(6) }],
              },
            ],
          }}
        ></cw-widget>
      </div>`,
    );
    const el = host.querySelector<CwWidget>('cw-widget')!;
    await settle(el);
    const [a, b] = [...shadow(el).querySelectorAll<HTMLElement>('.select-trigger')];
    const col = q(el, '.select-wrap').parentElement!.parentElement!.getBoundingClientRect();
    for (const t of [a!, b!]) {
      const box = t.getBoundingClientRect();
      const chevron = t.querySelector('.select-chevron')!.getBoundingClientRect();
      const value = t.querySelector('.select-value')!.getBoundingClientRect();
      expect(Math.abs(box.width - col.width)).to.be.below(1);
      expect(chevron.right).to.be.at.most(box.right);
      expect(box.right - chevron.right).to.be.below(24);
      expect(value.right).to.be.at.most(chevron.left);
    }
    const long = b!.querySelector<HTMLElement>('.select-value')!;
    expect(long.scrollWidth).to.be.above(long.clientWidth);
    expect(getComputedStyle(long).textOverflow).to.equal('ellipsis');
  });

  it('the popup opens inside the viewport, above when there is no room below, and no card clips it', async () => {
    const host = await fixture<HTMLElement>(
      html`<div
        style="position: fixed; left: 0; right: 0; bottom: 8px; height: 60px; overflow: hidden"
      >
        <cw-widget
          .widget=${{
            type: 'Card',
            children: [
              {
                type: 'Select',
                name: 'n',
                options: Array.from({ length: 12 }, (_, i) => ({ value: i, label: `Option ${i}` })),
              },
            ],
          }}
        ></cw-widget>
      </div>`,
    );
    const el = host.querySelector<CwWidget>('cw-widget')!;
    await settle(el);
    trigger(el).click();
    await rendered(el);
    const p = popup(el).getBoundingClientRect();
    const t = trigger(el).getBoundingClientRect();
    expect(popup(el).dataset['side']).to.equal('above');
    expect(p.bottom).to.be.at.most(t.top);
    expect(p.top).to.be.at.least(0);
    expect(p.left).to.be.at.least(0);
    expect(p.right).to.be.at.most(document.documentElement.clientWidth);
    // Not clipped by the 60 px overflow-hidden box: the popup is what is drawn at its middle.
    const hit = shadow(el).elementFromPoint(p.left + p.width / 2, p.top + 20);
    expect(popup(el).contains(hit)).to.equal(true);
    // It follows its trigger when a scroller inside another shadow root moves it.
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await rendered(el);
    const outer = document.createElement('div');
    const inner = outer.attachShadow({ mode: 'open' });
    inner.innerHTML =
      '<div style="height: 200px; overflow: auto"><div style="height: 600px"></div></div>';
    const scroller = inner.firstElementChild as HTMLElement;
    scroller.prepend(el);
    document.body.append(outer);
    try {
      await rendered(el);
      trigger(el).click();
      await rendered(el);
      expect(popup(el).dataset['side']).to.equal('below');
      const before =
        popup(el).getBoundingClientRect().top - trigger(el).getBoundingClientRect().bottom;
      scroller.scrollTop = 30;
      await new Promise((r) => scroller.addEventListener('scroll', r, { once: true }));
      await rendered(el);
      const after =
        popup(el).getBoundingClientRect().top - trigger(el).getBoundingClientRect().bottom;
      expect(trigger(el).getBoundingClientRect().top).to.be.below(
        scroller.getBoundingClientRect().top + 20,
      );
      expect(Math.abs(after - before)).to.be.below(1);
    } finally {
      outer.remove();
    }
    host.append(el);
    await rendered(el);
    // Moved while open, it comes back closed (a removed popover is hidden).
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    trigger(el).click();
    await rendered(el);
    // A click outside closes it.
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await rendered(el);
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe closed and open (${theme})`, async () => {
      const background = theme === 'dark' ? '#212121' : '#ffffff';
      const host = await fixture<HTMLElement>(
        html`<main style="background:${background}">
          <cw-widget
            theme=${theme}
            .widget=${{
              type: 'Card',
              children: [
                { type: 'Label', value: 'Size', fieldName: 'size' },
                {
                  type: 'Select',
                  name: 'size',
                  clearable: true,
                  defaultValue: 'l',
                  options: SIZES,
                },
                { type: 'Select', name: 'city', searchable: true, options: SIZES },
              ],
            }}
          ></cw-widget>
        </main>`,
      );
      const el = host.querySelector<CwWidget>('cw-widget')!;
      await settle(el);
      await expect(host).to.be.accessible({ ignoredRules: ['region'] });
      const triggers = [...shadow(el).querySelectorAll<HTMLButtonElement>('.select-trigger')];
      triggers[0]!.click();
      await rendered(el);
      await expect(host).to.be.accessible({ ignoredRules: ['region'] });
      triggers[1]!.click();
      await settle(el);
      await expect(host).to.be.accessible({ ignoredRules: ['region'] });
    });
  }

  it('geometry: placement, moves, type-ahead and filtering', () => {
    const t = { top: 100, bottom: 136, left: 20, width: 100 };
    expect(placePopup(t, 200, 400, 800)).to.deep.equal({
      top: 140,
      left: 20,
      width: 180,
      maxHeight: 320,
      side: 'below',
    });
    const low = { top: 700, bottom: 736, left: 350, width: 100 };
    const above = placePopup(low, 200, 400, 800);
    expect(above.side).to.equal('above');
    expect(above.top).to.equal(700 - 4 - 200);
    expect(above.left + above.width).to.be.at.most(392);
    const opts = SIZES.map((o) => ({ disabled: false, ...o }));
    expect(moveIndex(opts, -1, 'first')).to.equal(1);
    expect(moveIndex(opts, 1, 'previous')).to.equal(1);
    expect(moveIndex(opts, 3, 'next')).to.equal(3);
    expect(
      moveIndex(
        opts.map((o) => ({ ...o, disabled: true })),
        -1,
        'first',
      ),
    ).to.equal(-1);
    expect(typeAhead(opts, 1, 'l')).to.equal(2);
    expect(typeAhead(opts, 2, 'me')).to.equal(1);
    expect(typeAhead(opts, 1, 's')).to.equal(-1);
    expect(filterOptions(opts, ' MOST ').map((o) => o.value)).to.deep.equal(['m']);
  });
});
