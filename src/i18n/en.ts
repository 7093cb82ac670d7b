/**
 * The element's own strings in English that the first load shows (the rest, the words of the lazy
 * parts, are in `en-parts.ts` and come with those parts): the fallback of every other locale.
 * `{name}` is filled in by the caller; a key with a `.one` (or `.zero`, `.two`, `.few`, `.many`)
 * variant is a plural: `Intl.PluralRules` of the chat's locale picks the variant for `{n}`, and
 * the plain key is the `other` form.
 */
import type { enParts } from './en-parts.js';

export const en = {
  'chat.title': 'Chat',
  'chat.noEndpoint': 'Set api-url (or options.api.url) to a ChatKit endpoint.',
  'chat.loading': 'Loading conversation…',
  'chat.showEarlier': 'Show earlier messages',
  'chat.dismiss': 'Dismiss',
  'chat.thinking': 'Thinking',
  'start.greeting': 'What can I help with today?',
  'header.history': 'History',
  'header.newChat': 'New chat',
  'error.connection': 'The connection to the chat server was lost.',
  'error.timeout': 'The chat server stopped answering.',
  'error.tooLarge': 'The answer was too large to show.',
  'error.busy': 'The chat server is busy.',
  'error.http': 'The chat server could not handle the request ({status}).',
  'error.httpAction': 'The chat server could not handle this action ({status}).',
  'error.generic': 'Something went wrong while generating a response.',
  'error.retry': 'Retry',
  'error.retryIn': 'Retry in {time}',
  'thread.closed': 'This conversation has been closed.',
  'thread.locked': 'This conversation is locked.',
  'thread.waitingTool': 'Waiting for a tool…',
  'message.actions': 'Message actions',
  'message.notSent': 'Not sent',
  'message.stopped': 'Stopped',
  'message.writing': 'The assistant is writing',
  'message.source': 'Source',
  'message.sources': '{n} sources',
  'message.sources.one': '{n} source',
  'tool.running': 'Running {name}…',
  'tool.waiting': 'Waiting for {name}',
  'tool.used': 'Used {name}',
  'fallback.widget': 'This widget could not be loaded.',
  'fallback.steps': 'The steps of this answer could not be shown.',
  'fallback.extra': 'This part of the conversation could not be shown.',
  'fallback.preview': 'The preview could not be loaded.',
  'fallback.question': 'This question could not be loaded.',
  'fallback.history': 'The history could not be loaded.',
  'fallback.tools': 'Tools could not be loaded.',
  'fallback.suggestions': 'Suggestions could not be loaded.',
  'history.close': 'Close history',
  'history.loadFailed': 'Could not load your conversations.',
  'composer.placeholder': 'Message the AI',
  'composer.message': 'Message',
  'composer.send': 'Send',
  'composer.stop': 'Stop',
  'composer.model': 'Model',
  'fallback.attachments': 'Attachments could not be loaded.',
  'fallback.dictation': 'Dictation could not be loaded.',
  'fallback.mentions': 'Mentions could not be loaded.',
} as const;

/** The plural categories a `.{category}` variant of a key may name (`other` is the plain key). */
export type PluralVariant = 'zero' | 'one' | 'two' | 'few' | 'many';

/** Every string of the element, by key: what the `strings` option may override. */
export type ChatStringKey = keyof typeof en | keyof typeof enParts;

/** The keys every locale must translate (the plural variants each language needs are its own). */
export type BaseStringKey = Exclude<ChatStringKey, `${string}.${PluralVariant}`>;

/** A locale's table: every base key, and the plural variants its language uses. */
export type LocaleTable = Record<BaseStringKey, string> &
  Partial<Record<`${BaseStringKey}.${PluralVariant}`, string>>;

/** Host overrides: any key, any subset. */
export type ChatStrings = Partial<Record<ChatStringKey, string>>;
