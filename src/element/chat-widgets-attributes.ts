import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';

import { jsonArrayConverter, stringsConverter } from './attribute-converters.js';
import type { ChatStrings, ModelOption, ToolOption } from './options.js';

/**
 * The attributes of `<chat-widgets>` and the properties that reflect them: what a page (or a CMS
 * plugin, which can only write attributes) configures without the options object. The options
 * object wins where both speak (ConfigController resolves the two into one configuration). A base
 * class of its own so that the element's file holds its behaviour; not registered, not exported.
 */
export abstract class ChatWidgetsAttributes extends LitElement {
  /** The ChatKit endpoint (one POST URL). `api.url` in the options object. */
  @property({ attribute: 'api-url' }) apiUrl = '';

  /** Accepted for compatibility with `<openai-chatkit>`; a self-hosted backend does not check it. */
  @property({ attribute: 'domain-key' }) domainKey = '';

  /** The thread to open first; without it the start screen shows. */
  @property({ attribute: 'initial-thread' }) initialThread = '';

  /** `light`, `dark`, or `auto` (follows the system). */
  @property() theme: 'light' | 'dark' | 'auto' | '' = '';

  /**
   * The locale: the language of the element's own words, dates and numbers (right-to-left ones
   * mirror the layout unless `dir` is set), sent as `Accept-Language`. Defaults to the browser's.
   */
  @property() locale = '';

  /**
   * The host's words for any of the element's strings, by key (`strings` in the options object);
   * the attribute takes them as a JSON object: `strings='{"history.title": "Past chats"}'`.
   */
  @property({ converter: stringsConverter }) strings: ChatStrings | null = null;

  /** The composer's placeholder. */
  @property() placeholder = '';

  /** The start screen's greeting. */
  @property() greeting = '';

  /** Hides the header. */
  @property({ type: Boolean, attribute: 'no-header' }) noHeader = false;

  /** Hides the history button and panel. */
  @property({ type: Boolean, attribute: 'no-history' }) noHistory = false;

  /** Offers renaming threads in the history panel. */
  @property({ type: Boolean, attribute: 'history-rename' }) historyRename = false;

  /** Offers deleting threads in the history panel. */
  @property({ type: Boolean, attribute: 'history-delete' }) historyDelete = false;

  /**
   * What to keep in `localStorage` across reloads (`persist` option): `drafts` (each thread's
   * unsent draft), `thread` (the open thread), separated by spaces. Off by default.
   */
  @property() persist = '';

  /** The level (1–6) of the chat's headings: greeting, title, history (`headingLevel`; default 2). */
  @property({ attribute: 'heading-level' }) headingLevel = '';

  /**
   * The dotted path of a global function for client widget actions (`myApp.handleAction`), called
   * as `widgets.onAction(action, item)` is when the options object sets none.
   */
  @property({ attribute: 'on-action' }) onAction = '';

  /**
   * The dotted path of a global function for client tools, called as `onClientTool({name, params})`
   * is when the options object sets none.
   */
  @property({ attribute: 'on-client-tool' }) onClientTool = '';

  /** A URL that answers @-mention searches with a JSON list of entities; `{query}` is replaced. */
  @property({ attribute: 'entity-search-url' }) entitySearchUrl = '';

  /** The dotted path of a global function for @-mention searches: `(query) => Promise<Entity[]>`. */
  @property({ attribute: 'on-tag-search' }) onTagSearch = '';

  /** The dotted path of a global function called when an interactive tag is clicked: `(entity) => void`. */
  @property({ attribute: 'on-tag-click' }) onTagClick = '';

  /** The dotted path of a global function for tag previews: `(entity) => Promise<{preview: widget | null}>`. */
  @property({ attribute: 'on-tag-preview' }) onTagPreview = '';

  /** The composer's tools (`composer.tools`); the attribute takes them as JSON. */
  @property({ converter: jsonArrayConverter('tools') }) tools: readonly ToolOption[] = [];

  /** The composer's models (`composer.models`); the attribute takes them as JSON. */
  @property({ converter: jsonArrayConverter('models') }) models: readonly ModelOption[] = [];

  /**
   * Follows a streaming answer to the bottom while the reader is near it (`thread.autoScroll`).
   * Off by default, as in ChatKit: a sent message comes up to the top and its answer grows below.
   */
  @property({ type: Boolean, attribute: 'auto-scroll' }) autoScroll = false;

  /** Stops following the stream to the bottom. */
  @property({ type: Boolean, attribute: 'no-auto-scroll' }) noAutoScroll = false;
}
