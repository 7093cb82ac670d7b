/** Composer tools and models: keyboard-only menu, chips, and what travels to the real server. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import '../../src/define.js';
import type { ChatWidgets } from '../../src/element/chat-widgets.js';
import {
  composer,
  recordEvents,
  serverUrl,
  type,
  waitForMessage,
  draft,
  placeholder,
} from '../helpers/element.js';

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

const bar = (el: ChatWidgets) => composer(el).shadowRoot!;

describe('composer tools and models', () => {
  let url: string;
  before(async () => {
    url = await serverUrl();
  });

  it('a pinned tool toggles from its chip, changes the placeholder, travels as tool_choice, then clears', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets></chat-widgets>`);
    el.setOptions({ api: { url }, composer: { tools: TOOLS, placeholder: 'Ask' } });
    await el.updateComplete;
    await composer(el).updateComplete; // The tools render in <cw-tool-picker>, one step later.
    const changes = recordEvents(el, ['cw-tool-change', 'chatkit.tool.change']);
    const chip = [...bar(el).querySelectorAll<HTMLButtonElement>('.chip[aria-pressed]')].find((c) =>
      c.textContent!.includes('Search'),
    )!;
    chip.click();
    await composer(el).updateComplete;
    expect(chip.getAttribute('aria-pressed')).to.equal('true');
    expect(chip.textContent!.trim()).to.equal('Search');
    expect(placeholder(el)).to.equal('Search for…');
    await type(el, 'chatkit news');
    await waitForMessage(el, 'echo chatkit news | tool: search');
    // The send resolves a little after the answer shows (its stream has to end).
    await waitUntil(
      () => chip.getAttribute('aria-pressed') === 'false',
      'not persistent: cleared after sending',
    );
    expect(changes.map((c) => [c.name, c.detail])).to.deep.equal([
      ['cw-tool-change', { toolId: 'search' }],
      ['chatkit.tool.change', { toolId: 'search' }],
      ['cw-tool-change', { toolId: null }],
      ['chatkit.tool.change', { toolId: null }],
    ]);
  });

  it('the tools menu works by keyboard alone; a persistent tool stays selected', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets></chat-widgets>`);
    el.setOptions({ api: { url }, composer: { tools: TOOLS } });
    await el.updateComplete;
    await composer(el).updateComplete; // The tools render in <cw-tool-picker>, one step later.
    const plus = bar(el).querySelector<HTMLButtonElement>('.plus')!;
    plus.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => bar(el).querySelector('[role=menu]'), 'menu open');
    expect(plus.getAttribute('aria-expanded')).to.equal('true');
    expect(bar(el).activeElement!.textContent!.trim()).to.equal('Create an image');
    await sendKeys({ press: 'ArrowDown' });
    expect(bar(el).activeElement!.textContent!.trim()).to.equal('Canvas');
    await sendKeys({ press: 'ArrowDown' });
    expect(bar(el).activeElement!.textContent!.trim()).to.equal('Create an image', 'wraps around');
    await sendKeys({ press: 'Escape' });
    await composer(el).updateComplete;
    expect(bar(el).querySelector('[role=menu]')).to.equal(null);
    expect(bar(el).activeElement).to.equal(plus, 'focus returns to the button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => bar(el).querySelector('[role=menu]'));
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => bar(el).querySelector('.chip.selected'));
    expect(bar(el).querySelector('.chip.selected')!.textContent!.trim()).to.equal('Canvas');
    await type(el, 'draw');
    await waitForMessage(el, 'echo draw | tool: canvas');
    await type(el, 'again');
    await waitForMessage(el, 'echo again | tool: canvas');
    bar(el).querySelector<HTMLButtonElement>('.chip.selected .clear')!.click();
    await composer(el).updateComplete;
    expect(bar(el).querySelector('.chip.selected')).to.equal(null);
  });

  it('the model picker starts at the default, skips disabled models, and the choice travels as model', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets></chat-widgets>`);
    el.setOptions({ api: { url }, composer: { models: MODELS } });
    await el.updateComplete;
    const select = bar(el).querySelector<HTMLSelectElement>('select.model')!;
    expect(select.value).to.equal('smart');
    expect(select.querySelector<HTMLOptionElement>('option[value=retired]')!.disabled).to.equal(
      true,
    );
    await type(el, 'one');
    await waitForMessage(el, 'echo one | model: smart');
    select.value = 'fast';
    select.dispatchEvent(new Event('change'));
    await type(el, 'two');
    await waitForMessage(el, 'echo two | model: fast');
  });

  it('setComposerValue selects a tool and a model; sendUserMessage options do not change the composer', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets></chat-widgets>`);
    el.setOptions({ api: { url }, composer: { tools: TOOLS, models: MODELS } });
    await el.setComposerValue({
      text: 'prefilled',
      selectedToolId: 'image',
      selectedModelId: 'fast',
    });
    await composer(el).updateComplete;
    expect(draft(el)).to.equal('prefilled');
    expect(composer(el).selectedToolId).to.equal('image');
    expect(composer(el).selectedModelId).to.equal('fast');
    await el.sendUserMessage({ text: 'api', toolChoice: { id: 'search' }, model: 'smart' });
    await waitForMessage(el, 'echo api | tool: search | model: smart');
    expect(composer(el).selectedToolId).to.equal('image');
    await el.setComposerValue({ selectedToolId: null });
    expect(composer(el).selectedToolId).to.equal(null);
  });

  it('tools and models can be set by JSON attributes (no script of its own)', async () => {
    const el = await fixture<ChatWidgets>(
      html`<chat-widgets
        api-url=${url}
        tools=${JSON.stringify(TOOLS)}
        models=${JSON.stringify(MODELS)}
      ></chat-widgets>`,
    );
    await el.updateComplete;
    await composer(el).updateComplete; // The tools render in <cw-tool-picker>, one step later.
    expect(bar(el).querySelectorAll('.chip[aria-pressed]')).to.have.length(1);
    expect(bar(el).querySelector<HTMLSelectElement>('select.model')!.value).to.equal('smart');
    el.setAttribute('tools', 'not json');
    await el.updateComplete;
    expect(bar(el).querySelector('.chip')).to.equal(null, 'bad JSON is ignored');
  });
});
