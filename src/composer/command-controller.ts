// The English words of this lazy part come with it.
import '../i18n/en-parts.js';
import type { Strings } from '../i18n/index.js';
import { css, html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

import type { EditorController } from './editor-controller.js';
import { createChip } from './editor-model.js';
import type { Caret, Mention } from './editor-model.js';
import { EntitySearchController, isEntity } from './entity-search-controller.js';
import { insertChip, placeCaret } from './mention-editing.js';
import type { Command, CommandsOption } from './types.js';
import { renderIcon } from '../widgets/icons.js';

/** The id of the command listbox, for the editor's `aria-controls`. */
export const COMMAND_LIST_ID = 'command-list';

/** The id of an option of the command listbox, for the editor's `aria-activedescendant`. */
export const commandOptionId = (index: number): string => `command-${index}`;

/** The editor's combobox attributes. */
export interface ComboboxAria {
  role: string;
  autocomplete?: string;
  expanded?: string;
  controls?: string;
  activedescendant?: string;
}

/**
 * The `/command` being typed at the caret: the query after a `/` that starts the draft or follows
 * whitespace (so `a/b` and `https://` open nothing). `null` when the caret is not in one.
 */
export function commandAtCaret(caret: Caret | null): Mention | null {
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  const before = (caret.node.nodeValue ?? '').slice(0, caret.offset);
  const match = /(?:^|\s)\/([^\s/]{0,50})$/.exec(before);
  if (!match) return null;
  const query = match[1] ?? '';
  return {
    query,
    node: caret.node as Text,
    start: caret.offset - query.length - 1,
    end: caret.offset,
  };
}

function isCommand(value: unknown): value is Command {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Command).id === 'string' &&
    typeof (value as Command).label === 'string'
  );
}

/**
 * The composer's `/` command menu (ChatKit's `commands`), as the @-mention menu works: finds the
 * `/query` at the caret, runs `onSearch` (debounced, stale answers dropped, failures shown), and
 * keeps the menu's open state and active option; the editor stays the combobox and keeps the
 * focus. Choosing a command removes the typed `/query` and calls `onSelect`: an entity it answers
 * with becomes a chip where the `/query` was, a menu it answers with is shown next.
 *
 * A lazy chunk with its styles (`commandStyles`), loaded when `commands` are configured.
 */
export class CommandController implements ReactiveController {
  open = false;
  index = 0;
  private source: CommandsOption | null = null;
  private slash: Mention | null = null;
  /** The menu `onSelect` answered with, shown instead of the search's results. */
  private submenu: readonly Command[] | null = null;
  /** `onSelect` failed. */
  private failed = false;
  /** Where the chosen command's `/query` was, while its submenu is shown (for an entity). */
  private point: { node: Text; offset: number } | null = null;
  private readonly searcher: EntitySearchController<Command>;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly strings: Strings },
    private readonly editor: () => EditorController,
  ) {
    this.searcher = new EntitySearchController<Command>(host, 150, isCommand);
    host.addController(this);
  }

  /**
   * `commands` of the options: on with `enabled` and `onSearch` (ChatKit's built-in composer
   * actions are not offered, so without `onSearch` there is no menu); `null` turns it off.
   */
  set commands(option: CommandsOption | null) {
    const on = option?.enabled === true && typeof option.onSearch === 'function';
    this.source = on ? option : null;
    this.searcher.search = on ? (query) => option.onSearch!(query) : null;
    if (!on) this.close();
  }

  /** The commands shown. */
  get results(): readonly Command[] {
    if (this.submenu) return this.submenu;
    const state = this.searcher.state;
    return state.status === 'done' || state.status === 'loading' ? state.results : [];
  }

  /** Opens, updates or closes the menu for the `/command` at the caret. */
  update(caret: Caret | null): void {
    if (!this.source) return;
    const slash = commandAtCaret(caret);
    if (!slash) {
      this.close();
      return;
    }
    this.slash = slash;
    this.submenu = null;
    this.failed = false;
    this.open = true;
    this.index = 0;
    this.searcher.run(slash.query);
  }

  close(): void {
    if (!this.open && this.searcher.state.status === 'idle') return;
    this.open = false;
    this.slash = null;
    this.submenu = null;
    this.failed = false;
    this.searcher.cancel();
  }

  /** Handles a key of the editor; true when the menu took it. */
  keydown(e: KeyboardEvent): boolean {
    if (!this.open) return false;
    const results = this.results;
    if (results.length && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      const n = results.length;
      this.index = (this.index + (e.key === 'ArrowDown' ? 1 : -1) + n) % n;
      this.host.requestUpdate();
      return true;
    }
    if (results.length && (e.key === 'Enter' || e.key === 'Tab') && !e.isComposing) {
      e.preventDefault();
      const command = results[this.index];
      if (command) void this.choose(command);
      return true;
    }
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.close();
      return true;
    }
    return false;
  }

  /** Runs a command: the typed `/query` goes, then `onSelect` says what comes in its place. */
  private readonly choose = async (command: Command): Promise<void> => {
    const editor = this.editor();
    const element = editor.element();
    const slash = this.slash;
    let at = this.submenu ? this.point : null;
    if (element && slash && element.contains(slash.node)) {
      slash.node.deleteData(slash.start, slash.end - slash.start);
      placeCaret(editor.selection(), slash.node, slash.start);
      editor.readBack(element);
      at = { node: slash.node, offset: slash.start };
    }
    const source = this.source;
    this.close();
    this.point = at;
    this.host.requestUpdate();
    if (typeof source?.onSelect !== 'function') return;
    let answer: unknown;
    try {
      answer = await source.onSelect(command);
    } catch {
      this.open = true;
      this.failed = true;
      this.submenu = [];
      this.host.requestUpdate();
      return;
    }
    if (typeof answer !== 'object' || answer === null) return;
    const selection = answer as { type?: unknown; commands?: unknown; entity?: unknown };
    if (selection.type === 'menu' && Array.isArray(selection.commands)) {
      this.submenu = selection.commands.filter(isCommand);
      this.open = true;
      this.index = 0;
      this.host.requestUpdate();
    } else if (selection.type === 'entity' && isEntity(selection.entity) && at) {
      if (!element || !element.contains(at.node)) return;
      const entity = selection.entity;
      const offset = Math.min(at.offset, at.node.length);
      const chip = createChip(element.ownerDocument, editor.addEntity(entity), entity);
      insertChip(
        { query: '', node: at.node, start: offset, end: offset },
        chip,
        editor.selection(),
      );
      editor.readBack(element);
      element.focus();
    }
  };

  hostDisconnected(): void {
    this.open = false;
    this.slash = null;
    this.submenu = null;
  }

  /** The editor's combobox attributes: the menu's while it is open, else `fallback`'s. */
  aria(fallback: ComboboxAria): ComboboxAria {
    if (!this.source) return fallback;
    if (!this.open)
      return fallback.role === 'combobox'
        ? fallback
        : { role: 'combobox', autocomplete: 'list', expanded: 'false' };
    return {
      role: 'combobox',
      autocomplete: 'list',
      expanded: 'true',
      controls: COMMAND_LIST_ID,
      ...(this.results.length ? { activedescendant: commandOptionId(this.index) } : {}),
    };
  }

  /** The menu, while open. */
  render(): unknown {
    if (!this.open) return nothing;
    const t = this.host.strings.t.bind(this.host.strings);
    const state = this.searcher.state;
    const results = this.results;
    const searching = !this.submenu;
    let lastGroup: string | undefined;
    return html`<div
      class="commands"
      role="listbox"
      id=${COMMAND_LIST_ID}
      aria-label=${t('composer.commands')}
    >
      ${results.map((command, i) => {
        const heading = command.group && command.group !== lastGroup ? command.group : null;
        lastGroup = command.group;
        return html`${heading ? html`<div class="group" role="presentation">${heading}</div>` : nothing}
          <div
            class="option"
            role="option"
            id=${commandOptionId(i)}
            aria-selected=${i === this.index ? 'true' : 'false'}
            @mousedown=${(e: Event) => e.preventDefault()}
            @click=${() => void this.choose(command)}
          >
            ${typeof command.icon === 'string' ? renderIcon(command.icon, 16) : nothing}
            <span class="label" dir="auto">${command.label}</span>
            ${typeof command.description === 'string' ? html`<span class="description" dir="auto">${command.description}</span>` : nothing}
          </div>`;
      })}
      ${this.failed ? html`<div class="note" role="status">${t('composer.commandFailed')}</div>` : nothing}
      ${searching && state.status === 'loading' && !results.length ? html`<div class="note" role="status">${t('composer.searching')}</div>` : nothing}
      ${searching && state.status === 'done' && !results.length ? html`<div class="note" role="status">${t('composer.noMatches')}</div>` : nothing}
      ${searching && state.status === 'error' ? html`<div class="note" role="status">${t('composer.searchFailed')}</div>` : nothing}
    </div>`;
  }
}

/** The menu's styles, adopted into the composer's shadow root when this chunk arrives. */
export const commandStyles = css`
  .commands {
    position: absolute;
    bottom: calc(100% + 10px);
    inset-inline-start: -8px;
    z-index: 6;
    min-width: 240px;
    max-width: min(360px, 90vw);
    max-height: 260px;
    overflow-y: auto;
    padding: 4px;
    background: var(--cw-color-surface-elevated);
    border: 1px solid var(--cw-color-border);
    border-radius: var(--cw-radius-m);
    box-shadow: var(--cw-shadow-m);
  }
  .commands .group {
    padding: 6px 10px 2px;
    font-size: 0.75em;
    font-weight: 600;
    color: var(--cw-color-text-tertiary);
  }
  .commands .option {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 7px 10px;
    border-radius: var(--cw-radius-s);
    cursor: pointer;
  }
  .commands .option[aria-selected='true'] {
    background: var(--cw-color-surface-secondary);
  }
  .commands .description {
    margin-inline-start: auto;
    color: var(--cw-color-text-secondary);
    font-size: 0.85em;
  }
  .commands .note {
    padding: 8px 10px;
    color: var(--cw-color-text-secondary);
    font-size: 0.9em;
  }
`;
