/** @-mentions: the keyboard-only menu, chips, what the server receives, tags in messages. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import { waitUntil } from '../helpers/wait.js';
import type { ChatKitOptions, Entity } from '../../src/element/options.js';
import { ChatHarness } from '../helpers/chat-harness.js';
import { sseBody, sseResponse } from '../helpers/sse.js';

const PEOPLE: Entity[] = [
  {
    id: 'p_ada',
    title: 'Ada Lovelace',
    group: 'People',
    icon: 'user',
    interactive: true,
    data: { role: 'author' },
  },
  { id: 'p_alan', title: 'Alan Turing', group: 'People', icon: 'user' },
  {
    id: 'd_notes',
    title: 'Analytical Engine notes',
    group: 'Documents',
    icon: 'document',
    interactive: true,
  },
];

function search(query: string): Promise<Entity[]> {
  return Promise.resolve(PEOPLE.filter((p) => p.title.toLowerCase().includes(query.toLowerCase())));
}

const withEntities = (entities: ChatKitOptions['entities'], extra: ChatKitOptions = {}) =>
  ChatHarness.create({ options: { ...extra, entities } });

describe('@mentions', () => {
  it('typing @ opens a grouped listbox operable by keyboard; Enter inserts a chip; the tag reaches the server', async () => {
    const chat = await withEntities({ onTagSearch: search });
    chat.composer.editor.focus();
    await sendKeys({ type: 'Ask @a' });
    // The first @ of the page loads the mentions chunk: allow for a busy machine.
    await waitUntil(() => chat.composer.mentionOptions.length === 3, 'three results', {
      timeout: 5000,
    });
    const editor = chat.composer.editor;
    expect(editor.getAttribute('role')).to.equal('combobox');
    expect(editor.getAttribute('aria-expanded')).to.equal('true');
    expect(
      [...chat.composer.shadow.querySelectorAll('.group')].map((g) => g.textContent),
    ).to.deep.equal(['People', 'Documents']);
    expect(editor.getAttribute('aria-activedescendant')).to.equal('mention-0');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    await chat.composer.updateComplete();
    expect(editor.getAttribute('aria-activedescendant')).to.equal('mention-1');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await chat.composer.updateComplete();
    expect(chat.composer.shadow.querySelector('[role=listbox]')).to.equal(null);
    expect(editor.querySelector('.tag')!.textContent).to.equal('@Ada Lovelace');
    await sendKeys({ type: 'about engines' });
    expect(chat.composer.draft).to.equal('Ask @Ada Lovelace\u00a0about engines');
    await sendKeys({ press: 'Enter' });
    await chat.waitForMessage('echo Ask Ada Lovelace about engines | tags: p_ada(People)');
    const sent = chat.requests().at(-1)!.params['input'] as { content: unknown[] };
    expect(sent.content).to.deep.equal([
      { type: 'input_text', text: 'Ask ' },
      {
        type: 'input_tag',
        id: 'p_ada',
        text: 'Ada Lovelace',
        data: { role: 'author' },
        interactive: true,
        group: 'People',
      },
      { type: 'input_text', text: '\u00a0about engines' },
    ]);
  });

  it('a chip deletes as one unit; Escape closes the menu; empty and loading states show', async () => {
    let release!: (v: Entity[]) => void;
    const chat = await withEntities({
      onTagSearch: (q) => (q === 'slow' ? new Promise<Entity[]>((r) => (release = r)) : search(q)),
    });
    chat.composer.editor.focus();
    await sendKeys({ type: '@slow' });
    await waitUntil(
      () => chat.composer.shadow.querySelector('.note')?.textContent === 'Searching…',
      'loading state',
    );
    await waitUntil(() => typeof release === 'function', 'the search for "slow" started');
    release([]);
    await waitUntil(
      () => chat.composer.shadow.querySelector('.note')?.textContent === 'No matches',
      'empty state',
    );
    await sendKeys({ press: 'Escape' });
    await chat.composer.updateComplete();
    expect(chat.composer.shadow.querySelector('[role=listbox]')).to.equal(null);
    chat.composer.element.setContent([
      { type: 'input_text', text: 'Hi ' },
      { type: 'input_tag', id: 'p_alan', text: 'Alan Turing', data: {}, interactive: false },
    ]);
    await chat.composer.updateComplete();
    chat.composer.editor.focus();
    // Chromium has ShadowRoot.getSelection; Firefox's document selection reaches into shadow roots;
    // WebKit's takes a caret inside a shadow root from setBaseAndExtent (not from addRange).
    const selection =
      (
        chat.composer.shadow as unknown as { getSelection?: () => Selection | null }
      ).getSelection?.() ?? document.getSelection()!;
    const editor = chat.composer.editor;
    selection.setBaseAndExtent(editor, editor.childNodes.length, editor, editor.childNodes.length);
    await sendKeys({ press: 'Backspace' });
    expect(chat.composer.editor.querySelector('.tag')).to.equal(
      null,
      'the chip went in one keystroke',
    );
    expect(chat.composer.draft).to.equal('Hi ');
  });

  it('stale results are never shown, and superseded searches are aborted', async () => {
    const aborted: string[] = [];
    const pending: Record<string, (v: Entity[]) => void> = {};
    const onTagSearch = (q: string, signal: AbortSignal) => {
      signal.addEventListener('abort', () => aborted.push(q));
      return new Promise<Entity[]>((r) => (pending[q] = r));
    };
    const chat = await withEntities({
      onTagSearch: onTagSearch as (q: string) => Promise<Entity[]>,
    });
    chat.composer.editor.focus();
    await sendKeys({ type: '@ad' });
    await waitUntil(() => pending['ad']);
    await sendKeys({ type: 'a' });
    await waitUntil(() => pending['ada']);
    // Every option ever rendered from here on, even one shown for a moment only.
    const shown: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) shown.push(node.textContent ?? '');
    });
    observer.observe(chat.composer.shadow, { childList: true, subtree: true, characterData: true });
    pending['ad']!([PEOPLE[2]!]);
    pending['ada']!([PEOPLE[0]!]);
    // Results are handled in the order they arrive: once the newer one shows, the older is done.
    await waitUntil(() => chat.composer.mentionOptions.length === 1);
    observer.disconnect();
    expect(shown.join(' ')).to.not.contain(
      'Analytical',
      'the result of "ad" arrived late and is dropped',
    );
    expect(chat.composer.mentionOptions).to.deep.equal(['Ada Lovelace']);
    expect(aborted).to.include('ad');
  });

  it('the @ button starts a mention (entities.showComposerMenu)', async () => {
    const chat = await withEntities({ onTagSearch: search, showComposerMenu: true });
    chat.composer.shadow.querySelector<HTMLButtonElement>('[aria-label=Mention]')!.click();
    await waitUntil(
      () => chat.composer.mentionOptions.length === 3,
      'the menu opens on all results',
    );
    expect(chat.composer.draft).to.equal('@');
  });

  it('tags in sent messages are chips: interactive ones fire onClick and show a preview widget', async () => {
    const clicked: Entity[] = [];
    const chat = await withEntities({
      onTagSearch: search,
      onClick: (e) => void clicked.push(e),
      onRequestPreview: (e) =>
        Promise.resolve({
          preview: { type: 'Card', children: [{ type: 'Title', value: `About ${e.title}` }] },
        }),
    });
    await chat.el.sendUserMessage({
      content: [
        { type: 'input_text', text: 'See ' },
        {
          type: 'input_tag',
          id: 'p_ada',
          text: 'Ada Lovelace',
          data: { role: 'author' },
          interactive: true,
          group: 'People',
        },
        { type: 'input_text', text: ' and ' },
        { type: 'input_tag', id: 'p_alan', text: 'Alan Turing', data: {}, interactive: false },
      ],
    });
    const [ada, alan] = [...chat.root.querySelectorAll<HTMLButtonElement>('.item.user .tag')];
    expect(alan!.disabled).to.equal(true);
    ada!.click();
    expect(clicked.map((c) => c.id)).to.deep.equal(['p_ada']);
    ada!.focus();
    await waitUntil(() => chat.root.querySelector('.tag-preview cw-widget'), 'preview shown');
    const preview = chat.root.querySelector('.tag-preview cw-widget')!;
    await (preview as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(preview.shadowRoot!.textContent).to.contain('About Ada Lovelace');
    ada!.blur();
    await waitUntil(() => !chat.root.querySelector('.tag-preview'), 'preview hidden');
  });

  it('start-screen prompts can carry tags', async () => {
    const chat = await ChatHarness.create({
      options: {
        startScreen: {
          prompts: [
            {
              label: 'Ask about Ada',
              prompt: [
                { type: 'input_text', text: 'Who was ' },
                {
                  type: 'input_tag',
                  id: 'p_ada',
                  text: 'Ada Lovelace',
                  data: {},
                  interactive: true,
                },
              ],
            },
          ],
        },
      },
    });
    chat.root.querySelector<HTMLButtonElement>('.prompt')!.click();
    await chat.waitForMessage('echo Who was Ada Lovelace | tags: p_ada(-)');
  });

  it('works from attributes alone: a search URL and global functions', async () => {
    const clicks: string[] = [];
    (window as unknown as { mentionApp: unknown }).mentionApp = {
      click: (e: Entity) => clicks.push(e.id),
    };
    const chat = await ChatHarness.create({
      attributes: {
        'entity-search-url': '/test/fixtures/entities.json?q={query}',
        'on-tag-click': 'mentionApp.click',
      },
    });
    chat.composer.editor.focus();
    await sendKeys({ type: '@fut' });
    await waitUntil(() => chat.composer.mentionOptions.length === 2, 'results from the URL');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await chat.waitForMessage('echo The Future of AI | tags: article_123(Articles)');
    chat.root.querySelector<HTMLButtonElement>('.item.user .tag')!.click();
    expect(clicks).to.deep.equal(['article_123']);
    expect(chat.eventsNamed('cw-error')).to.deep.equal([]);
  });
});

describe('@mentions from global functions', () => {
  it('on-tag-search and on-tag-preview name global functions', async () => {
    (window as unknown as { tagApp: unknown }).tagApp = {
      search: (q: string) =>
        Promise.resolve(PEOPLE.filter((p) => p.title.toLowerCase().includes(q.toLowerCase()))),
      preview: (e: Entity) =>
        Promise.resolve({
          preview: { type: 'Card', children: [{ type: 'Text', value: `Preview of ${e.title}` }] },
        }),
    };
    const chat = await ChatHarness.create({
      attributes: { 'on-tag-search': 'tagApp.search', 'on-tag-preview': 'tagApp.preview' },
    });
    chat.composer.editor.focus();
    await sendKeys({ type: '@ada' });
    await waitUntil(() => chat.composer.mentionOptions.length === 1, 'global search used');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await chat.waitForMessage('echo Ada Lovelace | tags: p_ada(People)');
    chat.root.querySelector<HTMLButtonElement>('.item.user .tag')!.focus();
    await waitUntil(() => chat.root.querySelector('.tag-preview cw-widget'), 'global preview used');
  });

  it('entity sources in answers: inline labels and icons in the text, onClick and previews, the sources list', async () => {
    const clicked: Entity[] = [];
    const station = (id: string, extra: Record<string, unknown>) => ({
      type: 'entity',
      id,
      title: `Station ${id}`,
      data: { line: 'red' },
      ...extra,
    });
    const text = 'Change at Central then ride to Harbour and Oak.';
    const answer = {
      type: 'thread.item.done',
      item: {
        id: 'a_ent',
        thread_id: 'thr_ent',
        created_at: '2025-01-01T00:00:00Z',
        type: 'assistant_message',
        content: [
          {
            type: 'output_text',
            text,
            annotations: [
              {
                type: 'annotation',
                index: text.indexOf(' then'),
                source: station('central', { inline_label: 'Central', interactive: true }),
              },
              {
                type: 'annotation',
                index: text.indexOf(' and'),
                source: station('harbour', { icon: 'map-pin', label: 'Harbour (ferry)' }),
              },
              {
                type: 'annotation',
                index: text.length - 1,
                source: { type: 'url', url: 'https://example.com/oak', title: 'Oak' },
              },
            ],
          },
        ],
      },
    };
    const chat = await withEntities(
      {
        onClick: (e) => void clicked.push(e),
        onRequestPreview: (e) =>
          Promise.resolve({
            preview: { type: 'Card', children: [{ type: 'Title', value: `About ${e.title}` }] },
          }),
      },
      {},
    );
    const created = {
      type: 'thread.created',
      thread: { id: 'thr_ent', created_at: '2025-01-01T00:00:00Z', status: { type: 'active' } },
    };
    chat.el.setOptions({
      ...chat.el.options,
      api: {
        ...chat.el.options!.api!,
        fetch: () => Promise.resolve(sseResponse(sseBody([created, answer]))),
      },
    });
    await chat.el.sendUserMessage({ text: 'route?' });
    const md = () => chat.root.querySelector('.item.assistant cw-markdown')!.shadowRoot!;
    await waitUntil(() => md().querySelector('.entity-cite'), 'entity citations drawn');
    const central = md().querySelector<HTMLButtonElement>('button.entity-cite')!;
    expect(central.textContent!.trim()).to.equal('Central');
    const harbour = md().querySelector<HTMLElement>('span.entity-cite')!;
    expect(harbour.getAttribute('title')).to.equal(
      'Station harbour',
      'an icon, named by its title',
    );
    expect(md().querySelector('.cite')!.textContent).to.equal('3', 'a URL source keeps its number');
    central.click();
    expect(clicked.map((c) => [c.id, c.title, c.data])).to.deep.equal([
      ['central', 'Station central', { line: 'red' }],
    ]);
    central.focus();
    await waitUntil(() => chat.root.querySelector('.tag-preview cw-widget'), 'preview shown');
    const preview = chat.root.querySelector('.tag-preview cw-widget')!;
    await (preview as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(preview.shadowRoot!.textContent).to.contain('About Station central');
    central.blur();
    // The sources list: entities by label (or title), interactive ones clickable.
    const list = [...chat.root.querySelectorAll('.item.assistant .sources li')].map((li) =>
      li.textContent!.trim(),
    );
    expect(list).to.deep.equal(['Station central', 'Harbour (ferry)', 'Oak']);
    chat.root.querySelector<HTMLButtonElement>('.sources button.entity-source')!.click();
    expect(clicked).to.have.length(2);
  });
});
