/** Composer tools and models: keyboard-only menu, chips, and what travels to the server. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import { waitUntil } from '../helpers/wait.js';
import type { ChatKitOptions } from '../../src/element/options.js';
import { ChatHarness } from '../helpers/chat-harness.js';

const TOOLS = [
  {
    id: 'search',
    label: 'Search the web',
    shortLabel: 'Search',
    icon: 'globe',
    pinned: true,
    placeholderOverride: 'Search for…',
  },
  { id: 'image', label: 'Create an image', icon: 'images' },
  { id: 'canvas', label: 'Canvas', icon: 'write', persistent: true },
];
const MODELS = [
  { id: 'fast', label: 'Fast' },
  { id: 'smart', label: 'Smart', default: true },
  { id: 'retired', label: 'Retired', disabled: true },
];

const withComposer = (composer: NonNullable<ChatKitOptions['composer']>) =>
  ChatHarness.create({ options: { composer } });

describe('composer tools and models', () => {
  it('a pinned tool toggles from its chip, changes the placeholder, travels as tool_choice, then clears', async () => {
    const chat = await withComposer({ tools: TOOLS, placeholder: 'Ask' });
    const bar = chat.composer;
    const chip = bar.chips().find((c) => c.textContent!.includes('Search'))!;
    chip.click();
    await bar.updateComplete();
    expect(chip.getAttribute('aria-pressed')).to.equal('true');
    expect(chip.textContent!.trim()).to.equal('Search');
    expect(bar.placeholder).to.equal('Search for…');
    await chat.send('chatkit news');
    await chat.waitForResponseEnd();
    expect(chat.messages().at(-1)).to.equal('echo chatkit news | tool: search');
    await bar.updateComplete();
    expect(chip.getAttribute('aria-pressed')).to.equal(
      'false',
      'not persistent: cleared after sending',
    );
    expect(
      chat.events.filter((e) => e.name.includes('tool')).map((c) => [c.name, c.detail]),
    ).to.deep.equal([
      ['cw-tool-change', { toolId: 'search' }],
      ['chatkit.tool.change', { toolId: 'search' }],
      ['cw-tool-change', { toolId: null }],
      ['chatkit.tool.change', { toolId: null }],
    ]);
  });

  it('the tools menu works by keyboard alone; a persistent tool stays selected', async () => {
    const chat = await withComposer({ tools: TOOLS });
    const shadow = chat.composer.shadow;
    const plus = shadow.querySelector<HTMLButtonElement>('.plus')!;
    plus.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow.querySelector('[role=menu]'), 'menu open');
    expect(plus.getAttribute('aria-expanded')).to.equal('true');
    expect(shadow.activeElement!.textContent!.trim()).to.equal('Create an image');
    await sendKeys({ press: 'ArrowDown' });
    expect(shadow.activeElement!.textContent!.trim()).to.equal('Canvas');
    await sendKeys({ press: 'ArrowDown' });
    expect(shadow.activeElement!.textContent!.trim()).to.equal('Create an image', 'wraps around');
    await sendKeys({ press: 'Escape' });
    await chat.composer.updateComplete();
    expect(shadow.querySelector('[role=menu]')).to.equal(null);
    expect(shadow.activeElement).to.equal(plus, 'focus returns to the button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow.querySelector('[role=menu]'));
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow.querySelector('.chip.selected'));
    expect(shadow.querySelector('.chip.selected')!.textContent!.trim()).to.equal('Canvas');
    await chat.send('draw');
    await chat.waitForResponseEnd();
    await chat.send('again');
    await chat.waitForResponseEnd();
    expect(chat.messages()).to.deep.equal([
      'draw',
      'echo draw | tool: canvas',
      'again',
      'echo again | tool: canvas',
    ]);
    shadow.querySelector<HTMLButtonElement>('.chip.selected .clear')!.click();
    await chat.composer.updateComplete();
    expect(shadow.querySelector('.chip.selected')).to.equal(null);
  });

  it('the model picker starts at the default, skips disabled models, and the choice travels as model', async () => {
    const chat = await withComposer({ models: MODELS });
    const select = chat.composer.shadow.querySelector<HTMLSelectElement>('select.model')!;
    expect(select.value).to.equal('smart');
    expect(select.querySelector<HTMLOptionElement>('option[value=retired]')!.disabled).to.equal(
      true,
    );
    await chat.send('one');
    await chat.waitForResponseEnd();
    select.value = 'fast';
    select.dispatchEvent(new Event('change'));
    await chat.send('two');
    await chat.waitForResponseEnd();
    expect(
      chat
        .requests()
        .map((r) => (r.params['input'] as { inference_options: unknown }).inference_options),
    ).to.deep.equal([{ model: 'smart' }, { model: 'fast' }]);
    expect(chat.messages().at(-1)).to.equal('echo two | model: fast');
  });

  it('setComposerValue selects a tool and a model; sendUserMessage options do not change the composer', async () => {
    const chat = await withComposer({ tools: TOOLS, models: MODELS });
    const composer = chat.composer.element;
    await chat.el.setComposerValue({
      text: 'prefilled',
      selectedToolId: 'image',
      selectedModelId: 'fast',
    });
    await composer.updateComplete;
    expect(chat.composer.draft).to.equal('prefilled');
    expect(composer.selectedToolId).to.equal('image');
    expect(composer.selectedModelId).to.equal('fast');
    await chat.el.sendUserMessage({ text: 'api', toolChoice: { id: 'search' }, model: 'smart' });
    await chat.waitForMessage('echo api | tool: search | model: smart');
    expect(composer.selectedToolId).to.equal('image');
    await chat.el.setComposerValue({ selectedToolId: null });
    expect(composer.selectedToolId).to.equal(null);
  });

  it('tools and models can be set by JSON attributes (no script of its own)', async () => {
    const chat = await ChatHarness.create({
      attributes: { tools: JSON.stringify(TOOLS), models: JSON.stringify(MODELS) },
    });
    const shadow = chat.composer.shadow;
    expect(chat.composer.chips()).to.have.length(1);
    expect(shadow.querySelector<HTMLSelectElement>('select.model')!.value).to.equal('smart');
    chat.el.setAttribute('tools', 'not json');
    await chat.el.updateComplete;
    expect(shadow.querySelector('.chip')).to.equal(null, 'bad JSON is ignored');
  });
});
