/**
 * The `<openai-chatkit>` options object (`ChatKitOptions`) as `<chat-widgets>` accepts it: types
 * only (their resolution is options.ts).
 */
import type { UserMessageContent } from '../protocol/wire-types.js';
import type { ClientToolHandler } from '../state/chat-session.js';
import type { CommandsOption, Entity, ModelOption, ToolOption } from '../composer/types.js';
import type { ChatStrings } from '../i18n/index.js';
import type { MessageActionName } from './options.js';

/** A widget or ChatKit icon name. */
export type ChatKitIcon = string;

/** A prompt on the start screen. */
export interface StartScreenPrompt {
  label: string;
  prompt: string | UserMessageContent[];
  icon?: ChatKitIcon;
  /** @deprecated A documentation spelling of `label`, accepted as an alias. */
  name?: string;
}

/** An extra header button. */
export interface HeaderAction {
  icon: string;
  onClick: () => void;
}

/** The ChatKit options tree, as `<openai-chatkit>` takes it. */
export interface ChatKitOptions {
  api?: {
    url?: string;
    domainKey?: string;
    fetch?: typeof fetch;
    uploadStrategy?: { type: 'two_phase' } | { type: 'direct'; uploadUrl: string };
    getClientSecret?: (current: string | null) => Promise<string>;
    /** Alias from older guides; ignored like `getClientSecret` (hosted backend only). */
    clientToken?: string;
    /**
     * Ours, not ChatKit's: how long the server may stay silent (no response, or no bytes of a
     * stream) before the request ends with a retryable timeout, in ms. Default 120,000; 0 waits
     * for ever.
     */
    idleTimeoutMs?: number;
  };
  /**
   * The chat's language: sent as `Accept-Language`, and the language of the element's own words
   * (`en`, `es`, `fr`, `de`, `pt`, `it`, `ja`, `ko`, `zh`, `ar`, `he`; `pt-BR` uses `pt`, an
   * unshipped language English) and of its dates and numbers. Right-to-left languages lay the
   * element out mirrored unless the host sets `dir`. Text from options is never translated.
   */
  locale?: string;
  /**
   * Ours, not ChatKit's: the host's own words for any of the element's strings, by key
   * (`{ 'history.title': 'Past chats' }`), in every locale. Unknown keys are reported.
   */
  strings?: ChatStrings;
  theme?:
    | 'light'
    | 'dark'
    | {
        colorScheme?: 'light' | 'dark';
        radius?: 'pill' | 'round' | 'soft' | 'sharp';
        density?: 'compact' | 'normal' | 'spacious';
        typography?: {
          baseSize?: number;
          fontFamily?: string;
          fontFamilyMono?: string;
          fontSources?: unknown[];
        };
        color?: {
          accent?: { primary: string; level?: number };
          grayscale?: { hue: number; tint?: number; shade?: number };
          surface?: { background: string; foreground: string };
        };
      };
  frameTitle?: string;
  initialThread?: string | null;
  onClientTool?: ClientToolHandler;
  header?: {
    enabled?: boolean;
    title?: { enabled?: boolean; text?: string };
    leftAction?: HeaderAction;
    rightAction?: HeaderAction;
    /** @deprecated A documentation spelling of `leftAction`, accepted as an alias. */
    customButtonLeft?: HeaderAction;
    /** @deprecated A documentation spelling of `rightAction`, accepted as an alias. */
    customButtonRight?: HeaderAction;
  };
  history?: { enabled?: boolean; showDelete?: boolean; showRename?: boolean };
  startScreen?: { greeting?: string; prompts?: StartScreenPrompt[] };
  threadItemActions?: {
    feedback?: boolean;
    retry?: boolean;
    /** Share under answers (the system share sheet, else the clipboard); off by default. */
    share?: boolean;
    /** Beyond ChatKit: copy under answers (on by default). */
    copy?: boolean;
    /** Beyond ChatKit: copy under the user's own messages (off by default). */
    copyUserMessage?: boolean;
    /**
     * Beyond ChatKit: edit under the user's own messages (off by default). The message goes back
     * into the composer to be changed and is sent as a new message (the protocol cannot change a
     * stored one); the draft that was there comes back after.
     */
    editUserMessage?: boolean;
    /** Beyond ChatKit: the order of the actions under answers; the others follow in this one. */
    order?: MessageActionName[];
  };
  composer?: {
    placeholder?: string;
    attachments?: {
      enabled: boolean;
      maxSize?: number | Record<string, number>;
      maxCount?: number;
      accept?: Record<string, string[]>;
      /**
       * @deprecated A documentation spelling of `api.uploadStrategy` (which wins when both are
       * set); `{type: 'hosted'}` reads as `{type: 'two_phase'}`.
       */
      uploadStrategy?: { type: 'hosted' | 'two_phase' } | { type: 'direct'; uploadUrl: string };
    };
    tools?: ToolOption[];
    models?: ModelOption[];
    dictation?: { enabled: boolean };
  };
  disclaimer?: { text: string; highContrast?: boolean };
  /** The `/` command menu of the composer (ChatKit 1.9): needs `enabled` and `onSearch`. */
  commands?: CommandsOption;
  entities?: {
    onTagSearch?: (query: string) => Promise<Entity[]>;
    onClick?: (entity: Entity) => void;
    onRequestPreview?: (entity: Entity) => Promise<{ preview: unknown }>;
    showComposerMenu?: boolean;
  };
  widgets?: {
    onAction?: (
      action: { type: string; payload?: unknown },
      item: { id: string; widget: unknown },
    ) => unknown;
  };
  thread?: { autoScroll?: boolean };
  /**
   * Beyond ChatKit, off by default: keeps in `localStorage` each thread's unsent draft (`drafts`)
   * and the open thread (`thread`, reopened after a reload unless `initialThread` names one),
   * under `key` (default: `chat-widgets:` and the endpoint).
   */
  persist?: { drafts?: boolean; thread?: boolean; key?: string };
  /**
   * Beyond ChatKit: the level (1–6) of the chat's headings (the greeting, the title, the history's
   * heading), under the page's own; default 2.
   */
  headingLevel?: number;
  /**
   * Beyond ChatKit: Markdown extras. Code blocks get a language label and a copy button
   * (`copyCode`, on) and syntax highlighting (`codeHighlighting`, on, loaded lazily); `math`
   * typesets TeX (`$…$`, `$$…$$`, `\(…\)`, `\[…\]`) with KaTeX, loaded lazily (off: a `$` in
   * a chat about prices would surprise).
   */
  markdown?: { codeHighlighting?: boolean; copyCode?: boolean; math?: boolean };
}
