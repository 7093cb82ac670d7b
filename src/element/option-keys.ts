/**
 * The option keys ChatKit defines, to report the others: a development aid, loaded as a chunk of
 * its own when options are set (the warning comes a moment later; nothing depends on it).
 */

import { enParts } from '../i18n/en-parts.js';
import { en } from '../i18n/en.js';

/** The known keys of each object in the tree; anything else is reported once. */
const KNOWN: Record<string, readonly string[]> = {
  '': [
    'api',
    'locale',
    'strings',
    'theme',
    'frameTitle',
    'initialThread',
    'onClientTool',
    'header',
    'history',
    'startScreen',
    'threadItemActions',
    'composer',
    'disclaimer',
    'entities',
    'commands',
    'widgets',
    'thread',
    'persist',
    'headingLevel',
    'markdown',
  ],
  api: [
    'url',
    'domainKey',
    'fetch',
    'uploadStrategy',
    'getClientSecret',
    'clientToken',
    'idleTimeoutMs',
  ],
  theme: ['colorScheme', 'radius', 'density', 'typography', 'color'],
  header: [
    'enabled',
    'title',
    'leftAction',
    'rightAction',
    'customButtonLeft',
    'customButtonRight',
  ],
  'header.title': ['enabled', 'text'],
  history: ['enabled', 'showDelete', 'showRename'],
  startScreen: ['greeting', 'prompts'],
  threadItemActions: [
    'feedback',
    'retry',
    'share',
    'copy',
    'copyUserMessage',
    'editUserMessage',
    'order',
  ],
  composer: ['placeholder', 'attachments', 'tools', 'models', 'dictation'],
  'composer.attachments': ['enabled', 'maxSize', 'maxCount', 'accept', 'uploadStrategy'],
  'composer.dictation': ['enabled'],
  // The entries of arrays (`[]`): each entry's keys.
  'startScreen.prompts[]': ['label', 'prompt', 'icon', 'name'],
  'composer.tools[]': [
    'id',
    'label',
    'icon',
    'shortLabel',
    'placeholderOverride',
    'pinned',
    'persistent',
  ],
  'composer.models[]': ['id', 'label', 'description', 'disabled', 'default'],
  disclaimer: ['text', 'highContrast'],
  entities: ['onTagSearch', 'onClick', 'onRequestPreview', 'showComposerMenu'],
  commands: ['enabled', 'onSearch', 'onSelect'],
  widgets: ['onAction'],
  thread: ['autoScroll'],
  persist: ['drafts', 'thread', 'key'],
  markdown: ['codeHighlighting', 'copyCode', 'math'],
  strings: [...Object.keys(en), ...Object.keys(enParts)],
};

const warned = new Set<string>();

/** Lists the keys of an options object that ChatKit does not define (`path.key`). */
export function unknownOptionKeys(options: unknown): string[] {
  const out: string[] = [];
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      if (!KNOWN[`${path}[]`]) return;
      value.forEach((entry, i) => visitEntry(entry, `${path}[]`, `${path}[${i}]`));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const known = KNOWN[path];
    if (!known) return;
    for (const key of Object.keys(value)) {
      const full = path ? `${path}.${key}` : key;
      if (!known.includes(key)) out.push(full);
      else visit((value as Record<string, unknown>)[key], full);
    }
  };
  // An array entry's keys are reported by their place (`composer.tools[1].lable`).
  const visitEntry = (entry: unknown, kind: string, place: string) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return;
    for (const key of Object.keys(entry))
      if (!KNOWN[kind]!.includes(key)) out.push(`${place}.${key}`);
  };
  visit(options, '');
  return out;
}

/** Warns once per unknown key (development aid; never throws). */
export function warnUnknownOptions(options: unknown): void {
  for (const key of unknownOptionKeys(options)) {
    if (warned.has(key)) continue;
    warned.add(key);
    console.warn(`<chat-widgets>: unknown option "${key}" ignored.`);
  }
}
