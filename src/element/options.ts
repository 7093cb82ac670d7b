/**
 * The `<openai-chatkit>` options object (`ChatKitOptions`), accepted as is by `<chat-widgets>`,
 * and its resolution with the element's attributes into one plain configuration.
 *
 * Like ChatKit, `setOptions` replaces the whole object (no merge). Documented alias spellings are
 * accepted; unknown keys are ignored with one console warning each in development.
 */
import type { Attachment } from '../protocol/wire-types.js';
import type { ClientToolHandler } from '../state/chat-session.js';
import type { ModelOption, ToolOption } from '../composer/types.js';
import type { PersistConfig } from './controllers/persistence-controller.js';
import { headingLevel } from './heading.js';
import { canonicalLocale, validOverrides } from '../i18n/index.js';
import type { ChatStrings } from '../i18n/index.js';

export type { ChatStringKey, ChatStrings } from '../i18n/index.js';
export type {
  Command,
  CommandSelection,
  CommandsOption,
  Entity,
  ModelOption,
  ToolOption,
} from '../composer/types.js';

export type {
  ChatKitIcon,
  ChatKitOptions,
  HeaderAction,
  StartScreenPrompt,
} from './option-types.js';
import type { ChatKitOptions, HeaderAction, StartScreenPrompt } from './option-types.js';

/** What the element's attributes can set (a CMS can write only these). */
export interface AttributeConfig {
  apiUrl: string;
  domainKey: string;
  initialThread: string;
  theme: 'light' | 'dark' | 'auto' | '';
  locale: string;
  placeholder: string;
  greeting: string;
  noHeader: boolean;
  noHistory: boolean;
  historyRename: boolean;
  historyDelete: boolean;
  autoScroll: boolean;
  noAutoScroll: boolean;
  /** `composer.tools` from the `tools` attribute (JSON) or property; validated here. */
  tools: readonly unknown[];
  /** `composer.models` from the `models` attribute (JSON) or property; validated here. */
  models: readonly unknown[];
  /** `persist`: the words `drafts` and `thread`, separated by spaces. */
  persist: string;
  /** `heading-level`: 1–6 (empty: the option, else 2). */
  headingLevel: string;
  /** `strings` from the `strings` attribute (JSON object) or property; validated here. */
  strings: ChatStrings | null;
}

/** The keys of {@link AttributeConfig}: the element's properties of the same names. */
export const ATTRIBUTE_KEYS = [
  'apiUrl',
  'domainKey',
  'initialThread',
  'theme',
  'locale',
  'placeholder',
  'greeting',
  'noHeader',
  'noHistory',
  'historyRename',
  'historyDelete',
  'autoScroll',
  'noAutoScroll',
  'tools',
  'models',
  'persist',
  'strings',
  'headingLevel',
] as const satisfies readonly (keyof AttributeConfig)[];

/** The configuration the element works from. */
export interface ResolvedConfig {
  apiUrl: string | null;
  fetch: typeof fetch | undefined;
  /** The client's idle timeout (ms), when the options set one. */
  idleTimeoutMs: number | undefined;
  locale: string;
  /** The host's words for the element's strings (known keys only), over the locale's. */
  strings: ChatStrings | null;
  colorScheme: 'light' | 'dark' | 'auto';
  theme: Exclude<ChatKitOptions['theme'], string | undefined> | null;
  /** The options' texts, never translated; `null`: the element's own words in the locale. */
  frameTitle: string | null;
  initialThread: string | null;
  onClientTool: ClientToolHandler | undefined;
  header: {
    enabled: boolean;
    titleEnabled: boolean;
    titleText: string | null;
    leftAction: HeaderAction | null;
    rightAction: HeaderAction | null;
  };
  history: { enabled: boolean; showDelete: boolean; showRename: boolean };
  greeting: string | null;
  prompts: readonly StartScreenPrompt[];
  placeholder: string | null;
  tools: readonly ToolOption[];
  models: readonly ModelOption[];
  /** `composer.attachments` when enabled, with the upload strategy. */
  attachments: {
    options: NonNullable<NonNullable<ChatKitOptions['composer']>['attachments']>;
    strategy: NonNullable<ChatKitOptions['api']>['uploadStrategy'] | null;
  } | null;
  feedback: boolean;
  retryAction: boolean;
  /** `threadItemActions` beyond feedback and retry (copy, share, their order, user copy). */
  itemActions: ItemActionsConfig;
  /** `composer.dictation.enabled`. */
  dictation: boolean;
  disclaimer: { text: string; highContrast: boolean } | null;
  autoScroll: boolean;
  persist: PersistConfig;
  headingLevel: number;
  markdown: { codeHighlighting: boolean; copyCode: boolean; math: boolean };
  onAction: NonNullable<ChatKitOptions['widgets']>['onAction'];
  entities: NonNullable<ChatKitOptions['entities']>;
}

/**
 * The browser's language as a valid tag, else English: a browser started with `LANG=C` (WebKitGTK
 * under a bare environment) reports `C`, which Intl and Accept-Language refuse.
 */
function browserLocale(): string {
  return canonicalLocale(typeof navigator === 'undefined' ? '' : navigator.language) ?? 'en';
}

const bool = (value: unknown, fallback: boolean): boolean =>
  typeof value === 'boolean' ? value : fallback;
const str = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

/**
 * Combines the attributes and the options object. The options object wins where it says
 * something; attributes fill the rest.
 */
export function resolveConfig(
  attrs: AttributeConfig,
  options: ChatKitOptions | null,
): ResolvedConfig {
  const o = options ?? {};
  const theme = typeof o.theme === 'object' && o.theme !== null ? o.theme : null;
  const scheme = typeof o.theme === 'string' ? o.theme : (theme?.colorScheme ?? null);
  const header = o.header ?? {};
  const history = o.history ?? {};
  const composer = o.composer ?? {};
  const navigatorLocale = browserLocale();
  return {
    apiUrl: str(o.api?.url) ?? str(attrs.apiUrl),
    fetch: typeof o.api?.fetch === 'function' ? o.api.fetch : undefined,
    idleTimeoutMs:
      typeof o.api?.idleTimeoutMs === 'number' &&
      Number.isFinite(o.api.idleTimeoutMs) &&
      o.api.idleTimeoutMs >= 0
        ? o.api.idleTimeoutMs
        : undefined,
    // An invalid tag would make Intl throw: the next source speaks instead.
    locale: canonicalLocale(o.locale) ?? canonicalLocale(attrs.locale) ?? navigatorLocale,
    strings: validOverrides(o.strings) ?? validOverrides(attrs.strings),
    colorScheme: scheme ?? (attrs.theme || 'light'),
    theme,
    frameTitle: str(o.frameTitle),
    initialThread:
      o.initialThread !== undefined ? (o.initialThread ?? null) : str(attrs.initialThread),
    onClientTool: typeof o.onClientTool === 'function' ? o.onClientTool : undefined,
    header: {
      enabled: bool(header.enabled, !attrs.noHeader),
      titleEnabled: bool(header.title?.enabled, true),
      titleText: str(header.title?.text),
      leftAction: header.leftAction ?? header.customButtonLeft ?? null,
      rightAction: header.rightAction ?? header.customButtonRight ?? null,
    },
    history: {
      enabled: bool(history.enabled, !attrs.noHistory),
      showDelete: bool(history.showDelete, attrs.historyDelete),
      showRename: bool(history.showRename, attrs.historyRename),
    },
    greeting: str(o.startScreen?.greeting) ?? str(attrs.greeting),
    prompts: Array.isArray(o.startScreen?.prompts) ? o.startScreen.prompts.map(promptLabel) : [],
    placeholder: str(composer.placeholder) ?? str(attrs.placeholder),
    tools: validTools(Array.isArray(composer.tools) ? composer.tools : attrs.tools),
    models: validModels(Array.isArray(composer.models) ? composer.models : attrs.models),
    attachments:
      composer.attachments?.enabled === true
        ? {
            options: composer.attachments,
            strategy: o.api?.uploadStrategy ?? strategyAlias(composer.attachments.uploadStrategy),
          }
        : null,
    feedback: bool(o.threadItemActions?.feedback, false),
    dictation: composer.dictation?.enabled === true,
    retryAction: bool(o.threadItemActions?.retry, false),
    itemActions: itemActionsFrom(o.threadItemActions),
    disclaimer: str(o.disclaimer?.text)
      ? { text: o.disclaimer!.text, highContrast: o.disclaimer!.highContrast === true }
      : null,
    // Off by default, as ChatKit: a sent message comes up to the top of the view and its answer
    // grows below it. The `auto-scroll` attribute turns following on (`no-auto-scroll` is kept).
    autoScroll: bool(o.thread?.autoScroll, attrs.autoScroll && !attrs.noAutoScroll),
    onAction: o.widgets?.onAction,
    entities: o.entities ?? {},
    headingLevel: headingLevel(o.headingLevel ?? (attrs.headingLevel || undefined)),
    markdown: {
      codeHighlighting: bool(o.markdown?.codeHighlighting, true),
      copyCode: bool(o.markdown?.copyCode, true),
      math: bool(o.markdown?.math, false),
    },
    persist: {
      drafts: bool(o.persist?.drafts, /\bdrafts\b/.test(attrs.persist)),
      thread: bool(o.persist?.thread, /\bthread\b/.test(attrs.persist)),
      key: str(o.persist?.key) ?? `chat-widgets:${str(o.api?.url) ?? str(attrs.apiUrl) ?? ''}`,
    },
  };
}

/** The actions under an answer, in their default order. */
export const MESSAGE_ACTIONS = ['copy', 'feedback', 'retry', 'share'] as const;
export type MessageActionName = (typeof MESSAGE_ACTIONS)[number];

/** What `threadItemActions` says beyond feedback and retry. */
export interface ItemActionsConfig {
  copy: boolean;
  share: boolean;
  copyUserMessage: boolean;
  editUserMessage: boolean;
  order: readonly MessageActionName[];
}

function itemActionsFrom(o: ChatKitOptions['threadItemActions']): ItemActionsConfig {
  const asked = Array.isArray(o?.order)
    ? o.order.filter((a): a is MessageActionName => MESSAGE_ACTIONS.includes(a))
    : [];
  return {
    copy: bool(o?.copy, true),
    share: bool(o?.share, false),
    copyUserMessage: bool(o?.copyUserMessage, false),
    editUserMessage: bool(o?.editUserMessage, false),
    order: [...new Set([...asked, ...MESSAGE_ACTIONS])],
  };
}

/** A prompt with the documented alias `name` read as its `label`. */
const promptLabel = (p: StartScreenPrompt): StartScreenPrompt =>
  p && typeof p === 'object' && typeof p.label !== 'string' && typeof p.name === 'string'
    ? { ...p, label: p.name }
    : p;

/** `composer.attachments.uploadStrategy`, the documented alias of `api.uploadStrategy`. */
function strategyAlias(
  value: NonNullable<NonNullable<ChatKitOptions['composer']>['attachments']>['uploadStrategy'],
): NonNullable<ChatKitOptions['api']>['uploadStrategy'] | null {
  if (value?.type === 'direct' && typeof value.uploadUrl === 'string') return value;
  if (value?.type === 'hosted' || value?.type === 'two_phase') return { type: 'two_phase' };
  return null;
}

/** Attachment objects a host passes to `sendUserMessage`. */
export type HostAttachment = Attachment;

const isEntry = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { id?: unknown }).id === 'string' &&
  typeof (v as { label?: unknown }).label === 'string';

function validTools(list: readonly unknown[]): ToolOption[] {
  return list.filter(isEntry) as unknown as ToolOption[];
}

function validModels(list: readonly unknown[]): ModelOption[] {
  return list.filter(isEntry) as unknown as ModelOption[];
}
