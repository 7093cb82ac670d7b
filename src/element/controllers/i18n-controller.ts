import type { ReactiveControllerHost } from 'lit';

import { loadTable, loadedTable, makeStrings, tableLocale } from '../../i18n/index.js';
import type { Strings } from '../../i18n/index.js';
import type { ResolvedConfig } from '../options.js';
import { Memo } from './memo.js';

/**
 * The strings of one chat: its locale's table with the host's overrides. English is in the first
 * load; another locale's table is a chunk loaded when a chat asks for it, and English shows until
 * it arrives (then the host renders again). Per chat, so chats in different languages share a page.
 */
export class I18nController {
  private readonly strings = new Memo<Strings>();
  /** The load of the table in use, awaited by the host's `updateComplete`. */
  ready: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly config: () => ResolvedConfig,
  ) {}

  /** The strings in force, made again only when the locale, the overrides or the table changed. */
  get value(): Strings {
    const { locale, strings } = this.config();
    const code = tableLocale(locale);
    const table = loadedTable(code);
    return this.strings.get([locale, strings, table], () => {
      if (code !== 'en' && !table) {
        const load = loadTable(code);
        this.ready = load;
        void load.then((arrived) => {
          if (arrived && this.config().locale === locale) this.host.requestUpdate();
        });
      }
      return makeStrings(locale, table, strings);
    });
  }
}
