/** Each attribute has the property of the same name (camelCase), JSON attributes take arrays. */
import { expect, fixture, html } from '@open-wc/testing';

import '../../src/define.js';
import type { ChatWidgets } from '../../src/element/chat-widgets.js';
import { ChatHarness } from '../helpers/chat-harness.js';
import { composer } from '../helpers/element.js';

describe('<chat-widgets> properties', () => {
  it('names each property after its attribute', async () => {
    const el = await fixture<ChatWidgets>(
      html`<chat-widgets
        on-action="app.action"
        on-client-tool="app.tool"
        on-tag-search="app.search"
        on-tag-click="app.click"
        on-tag-preview="app.preview"
        entity-search-url="/search"
        no-auto-scroll
      ></chat-widgets>`,
    );
    expect([
      el.onAction,
      el.onClientTool,
      el.onTagSearch,
      el.onTagClick,
      el.onTagPreview,
      el.entitySearchUrl,
      el.noAutoScroll,
    ]).to.deep.equal([
      'app.action',
      'app.tool',
      'app.search',
      'app.click',
      'app.preview',
      '/search',
      true,
    ]);
  });

  it('tools and models: arrays as properties, JSON as attributes', async () => {
    const el = (
      await ChatHarness.create({ attributes: { models: '[{"id":"fast","label":"Fast"}]' } })
    ).el;
    expect(el.models).to.deep.equal([{ id: 'fast', label: 'Fast' }]);
    el.tools = [{ id: 'search', label: 'Search', pinned: true }];
    await el.updateComplete;
    expect(composer(el).tools).to.deep.equal(el.tools);
    expect(composer(el).models).to.deep.equal(el.models);
    const tools = composer(el).tools;
    el.greeting = 'Changed';
    await el.updateComplete;
    expect(composer(el).tools).to.equal(tools, 'an unrelated change keeps the same array');
  });
});
