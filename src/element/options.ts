/**
 * The `<openai-chatkit>` options object (`ChatKitOptions`), accepted as is by `<chat-widgets>`,
 * and its resolution with the element's attributes into one plain configuration.
 *
 * Like ChatKit, `setOptions` replaces the whole object (no merge). Documented alias spellings are
 * accepted; unknown keys are ignored with one console warning each in development.
 */
import type { Attachment, UserMessageContent } from '../protocol/wire-types.js';
import type { ClientToolHandler } from '../state/chat-session.js';
import type { Entity, ModelOption, ToolOption } from '../composer/types.js';

export type { Entity, ModelOption, ToolOption } from '../composer/types.js';

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
  /** Sent as `Accept-Language`; widget dates (the DatePicker) are shown in it. */
  locale?: string;
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
  threadItemActions?: { feedback?: boolean; retry?: boolean; share?: boolean };
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
}

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
  noAutoScroll: boolean;
  /** `composer.tools` from the `tools` attribute (JSON) or property; validated here. */
  tools: readonly unknown[];
  /** `composer.models` from the `models` attribute (JSON) or property; validated here. */
  models: readonly unknown[];
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
  'noAutoScroll',
  'tools',
  'models',
] as const satisfies readonly (keyof AttributeConfig)[];

/** The configuration the element works from. */
export interface ResolvedConfig {
  apiUrl: string | null;
  fetch: typeof fetch | undefined;
  /** The client's idle timeout (ms), when the options set one. */
  idleTimeoutMs: number | undefined;
  locale: string;
  colorScheme: 'light' | 'dark' | 'auto';
  theme: Exclude<ChatKitOptions['theme'], string | undefined> | null;
  frameTitle: string;
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
  greeting: string;
  prompts: readonly StartScreenPrompt[];
  placeholder: string;
  tools: readonly ToolOption[];
  models: readonly ModelOption[];
  /** `composer.attachments` when enabled, with the upload strategy. */
  attachments: {
    options: NonNullable<NonNullable<ChatKitOptions['composer']>['attachments']>;
    strategy: NonNullable<ChatKitOptions['api']>['uploadStrategy'] | null;
  } | null;
  feedback: boolean;
  retryAction: boolean;
  /** `composer.dictation.enabled`. */
  dictation: boolean;
  disclaimer: { text: string; highContrast: boolean } | null;
  autoScroll: boolean;
  onAction: NonNullable<ChatKitOptions['widgets']>['onAction'];
  entities: NonNullable<ChatKitOptions['entities']>;
}

/** The default greeting and placeholder, as ChatKit's. */
export const DEFAULT_GREETING = 'What can I help with today?';
export const DEFAULT_PLACEHOLDER = 'Message the AI';

/**
 * The browser's language as a valid tag, else English: a browser started with `LANG=C` (WebKitGTK
 * under a bare environment) reports `C`, which Intl and Accept-Language refuse.
 */
function browserLocale(): string {
  try {
    const tag = typeof navigator === 'undefined' ? '' : navigator.language;
    return (tag && Intl.getCanonicalLocales(tag)[0]) || 'en';
  } catch {
    return 'en';
  }
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
    locale: str(o.locale) ?? str(attrs.locale) ?? navigatorLocale,
    colorScheme: scheme ?? (attrs.theme || 'light'),
    theme,
    frameTitle: str(o.frameTitle) ?? 'Chat',
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
    greeting: str(o.startScreen?.greeting) ?? str(attrs.greeting) ?? DEFAULT_GREETING,
    prompts: Array.isArray(o.startScreen?.prompts) ? o.startScreen.prompts.map(promptLabel) : [],
    placeholder: str(composer.placeholder) ?? str(attrs.placeholder) ?? DEFAULT_PLACEHOLDER,
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
    disclaimer: str(o.disclaimer?.text)
      ? { text: o.disclaimer!.text, highContrast: o.disclaimer!.highContrast === true }
      : null,
    // On by default (ChatKit's default is off): a chat that does not follow its answer is a bug.
    autoScroll: bool(o.thread?.autoScroll, !attrs.noAutoScroll),
    onAction: o.widgets?.onAction,
    entities: o.entities ?? {},
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

/** Attributes already reported as not JSON arrays (once each). */
const warnedAttributes = new Set<string>();

/**
 * The converter of an attribute holding a JSON array (`tools`, `models`): bad JSON is reported once
 * and read as an empty list. The property itself takes the array.
 */
export function jsonArrayConverter(name: string): {
  fromAttribute(text: string | null): unknown[];
} {
  return {
    fromAttribute(text) {
      if (!text?.trim()) return [];
      try {
        const value: unknown = JSON.parse(text);
        if (Array.isArray(value)) return value as unknown[];
      } catch {
        // Reported below.
      }
      if (!warnedAttributes.has(name)) {
        warnedAttributes.add(name);
        console.warn(`<chat-widgets>: the ${name} attribute is not a JSON array; ignored.`);
      }
      return [];
    },
  };
}

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
