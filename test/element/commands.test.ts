/**
 * The `/` command menu (`commands.onSearch` / `onSelect`, ChatKit 1.9): opened by `/` at the start
 * of the draft or after whitespace, a listbox operable by keyboard and mouse, stale answers
 * dropped, failures shown; choosing runs `onSelect` and removes the `/query`, or puts the entity
 * it answers with in its place, or shows the menu it answers with.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import { waitUntil } from '../helpers/wait.js';
import type { ChatKitOptions, Command, CommandSelection } from '../../src/element/options.js';
import { ChatHarness } from '../helpers/chat-harness.js';

const COMMANDS: Command[] = [
  { id: 'summarize', label: 'Summarize', description: 'The thread so far', group: 'Text' },
  { id: 'translate', label: 'Translate', group: 'Text' },
  { id: 'cite', label: 'Cite a document', group: 'Sources', icon: 'document' },
];

type Commands = NonNullable<ChatKitOptions['commands']>;

function withCommands(commands: Partial<Commands>) {
  return ChatHarness.create({
    options: {
      commands: {
        enabled: true,
        onSearch: (query) =>
          Promise.resolve(
            COMMANDS.filter((c) => c.label.toLowerCase().startsWith(query.toLowerCase())),
          ),
        ...commands,
      },
    },
  });
}

const options = (chat: ChatHarness) =>
  [...chat.composer.shadow.querySelectorAll('.commands [role=option] .label')].map(
    (o) => o.textContent,
  );
const menu = (chat: ChatHarness) => chat.composer.shadow.querySelector('.commands');

describe('/ commands', () => {
  it('/ opens a grouped listbox; arrows, Enter run onSelect and remove the /query; the editor is the combobox', async () => {
    const chosen: Command[] = [];
    const chat = await withCommands({
      onSelect: (command) => {
        chosen.push(command);
        return Promise.resolve();
      },
    });
    await chat.composer.type('/');
    await waitUntil(() => options(chat).length === 3, 'three commands');
    const editor = chat.composer.editor;
    expect(editor.getAttribute('role')).to.equal('combobox');
    expect(editor.getAttribute('aria-expanded')).to.equal('true');
    expect(editor.getAttribute('aria-controls')).to.equal('command-list');
    expect(menu(chat)!.getAttribute('role')).to.equal('listbox');
    expect(menu(chat)!.getAttribute('aria-label')).to.equal('Commands');
    expect(
      [...chat.composer.shadow.querySelectorAll('.commands .group')].map((g) => g.textContent),
    ).to.deep.equal(['Text', 'Sources']);
    await sendKeys({ type: 't' });
    await waitUntil(() => options(chat).join() === 'Translate', 'filtered by the query');
    expect(editor.getAttribute('aria-activedescendant')).to.equal('command-0');
    await sendKeys({ press: 'Backspace' });
    await waitUntil(() => options(chat).length === 3, 'all again');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    await chat.composer.updateComplete();
    expect(editor.getAttribute('aria-activedescendant')).to.equal('command-1');
    await sendKeys({ press: 'Enter' });
    await chat.composer.updateComplete();
    expect(chosen.map((c) => c.id)).to.deep.equal(['translate']);
    expect(chosen[0]).to.equal(COMMANDS[1], 'onSelect gets the host’s own command');
    expect(menu(chat)).to.equal(null);
    expect(chat.composer.draft).to.equal('', 'the /query is gone');
    expect(editor.getAttribute('aria-expanded')).to.equal('false');
    expect(chat.requestTypes(), 'nothing was sent').to.deep.equal([]);
  });

  it('only at the start or after whitespace; Escape closes; a click chooses; Tab chooses', async () => {
    const chosen: string[] = [];
    const chat = await withCommands({
      onSelect: (command) => {
        chosen.push(command.id);
        return Promise.resolve();
      },
    });
    await chat.composer.type('see a/b');
    await chat.composer.updateComplete();
    expect(menu(chat), 'a / inside a word is text').to.equal(null);
    await sendKeys({ type: ' /s' });
    await waitUntil(() => options(chat).join() === 'Summarize', 'opened after a space');
    await sendKeys({ press: 'Escape' });
    await chat.composer.updateComplete();
    expect(menu(chat)).to.equal(null);
    expect(chat.composer.draft).to.equal('see a/b /s', 'Escape keeps the text');
    await sendKeys({ type: 'u' });
    await waitUntil(() => options(chat).length === 1, 'open again');
    await sendKeys({ press: 'Tab' });
    await chat.composer.updateComplete();
    expect(chosen).to.deep.equal(['summarize']);
    expect(chat.composer.draft).to.equal('see a/b ');
    await sendKeys({ type: '/' });
    await waitUntil(() => options(chat).length === 3, 'open for a click');
    chat.composer.shadow.querySelectorAll<HTMLElement>('.commands [role=option]')[2]!.click();
    await chat.composer.updateComplete();
    expect(chosen).to.deep.equal(['summarize', 'cite']);
  });

  it('onSelect answering an entity puts its chip where the /query was; a menu is shown next', async () => {
    const chat = await withCommands({
      onSelect: (command): Promise<CommandSelection | void> =>
        Promise.resolve(
          command.id === 'cite'
            ? {
                type: 'menu',
                commands: [
                  { id: 'doc-1', label: 'Engine notes' },
                  { id: 'doc-2', label: 'Letters' },
                ],
              }
            : command.id === 'doc-2'
              ? { type: 'entity', entity: { id: 'd2', title: 'Letters', data: { kind: 'doc' } } }
              : undefined,
        ),
    });
    await chat.composer.type('Read /c');
    await waitUntil(() => options(chat).join() === 'Cite a document', 'cite');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => options(chat).join() === 'Engine notes,Letters', 'the submenu');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => chat.composer.editor.querySelector('.tag') !== null, 'the chip');
    expect(chat.composer.editor.querySelector('.tag')!.textContent).to.equal('@Letters');
    expect(menu(chat)).to.equal(null);
    await sendKeys({ type: 'please' });
    await sendKeys({ press: 'Enter' });
    await chat.waitForResponseEnd();
    const input = chat.requests().at(-1)!.params['input'] as { content: { type: string }[] };
    expect(input.content.map((c) => c.type)).to.deep.equal([
      'input_text',
      'input_tag',
      'input_text',
    ]);
  });

  it('stale answers are dropped; a failing search or onSelect shows a note; without enabled there is no menu', async () => {
    const pending = new Map<string, (commands: Command[]) => void>();
    const searches = new Map<string, Promise<Command[]>>();
    const chat = await withCommands({
      onSearch: (query) => {
        if (query === 'x') return Promise.reject(new Error('down'));
        const search = new Promise<Command[]>((resolve) => pending.set(query, resolve));
        searches.set(query, search);
        return search;
      },
      onSelect: () => Promise.reject(new Error('nope')),
    });
    await chat.composer.type('/a');
    await waitUntil(() => pending.has('a'), 'searching a');
    expect(menu(chat)!.textContent).to.contain('Searching…');
    await sendKeys({ type: 'b' });
    await waitUntil(() => pending.has('ab'), 'searching ab');
    pending.get('ab')!([{ id: 'new', label: 'Fresh' }]);
    await waitUntil(() => options(chat).join() === 'Fresh', 'the fresh answer');
    // The older search answers last: the menu's handler runs before this test's (registered
    // first), and any render it asked for is done by the composer's next updateComplete.
    pending.get('a')!([{ id: 'old', label: 'Stale' }]);
    await searches.get('a');
    await chat.composer.updateComplete();
    expect(options(chat)).to.deep.equal(['Fresh'], 'the stale answer is not shown');
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => menu(chat)?.textContent?.includes('The command could not run.'),
      'onSelect failed',
    );
    await sendKeys({ press: 'Escape' });
    await sendKeys({ type: ' /x' });
    await waitUntil(() => menu(chat)?.textContent?.includes('Search failed'), 'search failed');

    const off = await ChatHarness.create({
      options: { commands: { enabled: false, onSearch: () => Promise.resolve(COMMANDS) } },
    });
    await off.composer.type('/');
    await off.composer.updateComplete();
    expect(menu(off)).to.equal(null);
    expect(off.composer.editor.getAttribute('role')).to.equal('textbox');
  });
});
