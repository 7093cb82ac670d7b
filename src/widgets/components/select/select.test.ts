import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import { CONTROL_VARIANTS } from '../../control-base.js';
import { recordActions, renderWidget, shadow } from '../../../../test/helpers/widgets.js';
import {
  SIZES,
  activeLabel,
  optionEls,
  press,
  q,
  rendered,
  trigger,
} from './select-helpers.test.js';
// The popup's placement, layout and axe checks.
import './select-popup.test.js';
import { expectFieldHover } from '../../../../test/helpers/field-hover.js';

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

  it('hover (real pointer): a stronger border, a deeper soft surface; not when disabled or focused', async () => {
    await expectFieldHover('Select', { options: [{ value: 'a', label: 'A' }] }, '.select-trigger');
  });
});
