/** @-mentions: the keyboard-only menu, chips, what the real server receives, tags in messages. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import '../../src/define.js';
import type { ChatWidgets } from '../../src/element/chat-widgets.js';
import type { Entity } from '../../src/element/options.js';
import {
  composer,
  draft,
  input,
  recordEvents,
  root,
  serverUrl,
  waitForMessage,
} from '../helpers/element.js';

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

const shadow = (el: ChatWidgets) => composer(el).shadowRoot!;
const options = (el: ChatWidgets) =>
  [...shadow(el).querySelectorAll('[role=option]')].map((o) => o.textContent!.trim());

describe('@mentions', () => {
  let url: string;
  before(async () => {
    url = await serverUrl();
  });

  it('typing @ opens a grouped listbox operable by keyboard; Enter inserts a chip; the tag reaches the server', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets></chat-widgets>`);
    el.setOptions({ api: { url }, entities: { onTagSearch: search } });
    await el.updateComplete;
    input(el).focus();
    await sendKeys({ type: 'Ask @a' });
    await waitUntil(() => options(el).length === 3, 'three results');
    const editor = input(el);
    expect(editor.getAttribute('role')).to.equal('combobox');
    expect(editor.getAttribute('aria-expanded')).to.equal('true');
    expect([...shadow(el).querySelectorAll('.group')].map((g) => g.textContent)).to.deep.equal([
      'People',
      'Documents',
    ]);
    expect(editor.getAttribute('aria-activedescendant')).to.equal('mention-0');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    await composer(el).updateComplete;
    expect(editor.getAttribute('aria-activedescendant')).to.equal('mention-1');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await composer(el).updateComplete;
    expect(shadow(el).querySelector('[role=listbox]')).to.equal(null);
    expect(editor.querySelector('.tag')!.textContent).to.equal('@Ada Lovelace');
    await sendKeys({ type: 'about engines' });
    expect(draft(el)).to.equal('Ask @Ada Lovelace\u00a0about engines');
    await sendKeys({ press: 'Enter' });
    await waitForMessage(el, 'echo Ask Ada Lovelace about engines | tags: p_ada(People)');
    const user = el['controller'].thread!.items.find((e) => e.item.type === 'user_message')!
      .item as unknown as { content: unknown[] };
    expect(user.content).to.deep.equal([
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
    const el = await fixture<ChatWidgets>(html`<chat-widgets></chat-widgets>`);
    let release!: (v: Entity[]) => void;
    el.setOptions({
      api: { url },
      entities: {
        onTagSearch: (q) =>
          q === 'slow' ? new Promise<Entity[]>((r) => (release = r)) : search(q),
      },
    });
    await el.updateComplete;
    input(el).focus();
    await sendKeys({ type: '@slow' });
    await waitUntil(
      () => shadow(el).querySelector('.note')?.textContent === 'Searching…',
      'loading state',
    );
    await waitUntil(() => typeof release === 'function', 'the search for "slow" started');
    release([]);
    await waitUntil(
      () => shadow(el).querySelector('.note')?.textContent === 'No matches',
      'empty state',
    );
    await sendKeys({ press: 'Escape' });
    await composer(el).updateComplete;
    expect(shadow(el).querySelector('[role=listbox]')).to.equal(null);
    composer(el).setContent([
      { type: 'input_text', text: 'Hi ' },
      { type: 'input_tag', id: 'p_alan', text: 'Alan Turing', data: {}, interactive: false },
    ]);
    await composer(el).updateComplete;
    input(el).focus();
    // Chromium has ShadowRoot.getSelection; Firefox's document selection reaches into shadow roots.
    const selection =
      (
        composer(el).shadowRoot as unknown as { getSelection?: () => Selection | null }
      ).getSelection?.() ?? document.getSelection()!;
    const end = document.createRange();
    end.selectNodeContents(input(el));
    end.collapse(false);
    selection.removeAllRanges();
    selection.addRange(end);
    await sendKeys({ press: 'Backspace' });
    expect(input(el).querySelector('.tag')).to.equal(null, 'the chip went in one keystroke');
    expect(draft(el)).to.equal('Hi ');
  });

  it('stale results are never shown, and superseded searches are aborted', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets></chat-widgets>`);
    const aborted: string[] = [];
    const pending: Record<string, (v: Entity[]) => void> = {};
    const onTagSearch = (q: string, signal: AbortSignal) => {
      signal.addEventListener('abort', () => aborted.push(q));
      return new Promise<Entity[]>((r) => (pending[q] = r));
    };
    el.setOptions({
      api: { url },
      entities: { onTagSearch: onTagSearch as (q: string) => Promise<Entity[]> },
    });
    await el.updateComplete;
    input(el).focus();
    await sendKeys({ type: '@ad' });
    await waitUntil(() => pending['ad']);
    await sendKeys({ type: 'a' });
    await waitUntil(() => pending['ada']);
    pending['ad']!([PEOPLE[2]!]);
    await new Promise((r) => setTimeout(r, 50));
    expect(options(el)).to.deep.equal([], 'the result of "ad" arrived late and is dropped');
    pending['ada']!([PEOPLE[0]!]);
    await waitUntil(() => options(el).length === 1);
    expect(options(el)).to.deep.equal(['Ada Lovelace']);
    expect(aborted).to.include('ad');
  });

  it('the @ button starts a mention (entities.showComposerMenu)', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets></chat-widgets>`);
    el.setOptions({ api: { url }, entities: { onTagSearch: search, showComposerMenu: true } });
    await el.updateComplete;
    shadow(el).querySelector<HTMLButtonElement>('[aria-label=Mention]')!.click();
    await waitUntil(() => options(el).length === 3, 'the menu opens on all results');
    expect(draft(el)).to.equal('@');
  });

  it('tags in sent messages are chips: interactive ones fire onClick and show a preview widget', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets></chat-widgets>`);
    const clicked: Entity[] = [];
    el.setOptions({
      api: { url },
      entities: {
        onTagSearch: search,
        onClick: (e) => void clicked.push(e),
        onRequestPreview: (e) =>
          Promise.resolve({
            preview: { type: 'Card', children: [{ type: 'Title', value: `About ${e.title}` }] },
          }),
      },
    });
    await el.sendUserMessage({
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
    const [ada, alan] = [...root(el).querySelectorAll<HTMLButtonElement>('.item.user .tag')];
    expect(alan!.disabled).to.equal(true);
    ada!.click();
    expect(clicked.map((c) => c.id)).to.deep.equal(['p_ada']);
    ada!.focus();
    await waitUntil(() => root(el).querySelector('.tag-preview cw-widget'), 'preview shown');
    const preview = root(el).querySelector('.tag-preview cw-widget')!;
    await (preview as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(preview.shadowRoot!.textContent).to.contain('About Ada Lovelace');
    ada!.blur();
    await waitUntil(() => !root(el).querySelector('.tag-preview'), 'preview hidden');
  });

  it('start-screen prompts can carry tags', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets></chat-widgets>`);
    el.setOptions({
      api: { url },
      startScreen: {
        prompts: [
          {
            label: 'Ask about Ada',
            prompt: [
              { type: 'input_text', text: 'Who was ' },
              { type: 'input_tag', id: 'p_ada', text: 'Ada Lovelace', data: {}, interactive: true },
            ],
          },
        ],
      },
    });
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('.prompt')!.click();
    await waitForMessage(el, 'echo Who was Ada Lovelace | tags: p_ada(-)');
  });

  it('works from attributes alone: a search URL and global functions', async () => {
    const clicks: string[] = [];
    (window as unknown as { mentionApp: unknown }).mentionApp = {
      click: (e: Entity) => clicks.push(e.id),
    };
    const el = await fixture<ChatWidgets>(
      html`<chat-widgets
        api-url=${url}
        entity-search-url="/test/fixtures/entities.json?q={query}"
        on-tag-click="mentionApp.click"
      ></chat-widgets>`,
    );
    const logs = recordEvents(el, ['cw-error']);
    input(el).focus();
    await sendKeys({ type: '@fut' });
    await waitUntil(() => options(el).length === 2, 'results from the URL');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await waitForMessage(el, 'echo The Future of AI | tags: article_123(Articles)');
    root(el).querySelector<HTMLButtonElement>('.item.user .tag')!.click();
    expect(clicks).to.deep.equal(['article_123']);
    expect(logs).to.deep.equal([]);
  });
});

describe('@mentions from global functions', () => {
  it('on-tag-search and on-tag-preview name global functions', async () => {
    const url = await serverUrl();
    (window as unknown as { tagApp: unknown }).tagApp = {
      search: (q: string) =>
        Promise.resolve(PEOPLE.filter((p) => p.title.toLowerCase().includes(q.toLowerCase()))),
      preview: (e: Entity) =>
        Promise.resolve({
          preview: { type: 'Card', children: [{ type: 'Text', value: `Preview of ${e.title}` }] },
        }),
    };
    const el = await fixture<ChatWidgets>(
      html`<chat-widgets
        api-url=${url}
        on-tag-search="tagApp.search"
        on-tag-preview="tagApp.preview"
      ></chat-widgets>`,
    );
    input(el).focus();
    await sendKeys({ type: '@ada' });
    await waitUntil(() => options(el).length === 1, 'global search used');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await waitForMessage(el, 'echo Ada Lovelace | tags: p_ada(People)');
    root(el).querySelector<HTMLButtonElement>('.item.user .tag')!.focus();
    await waitUntil(() => root(el).querySelector('.tag-preview cw-widget'), 'global preview used');
  });
});
