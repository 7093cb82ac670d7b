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
    'widgets',
    'thread',
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
  header: ['enabled', 'title', 'leftAction', 'rightAction'],
  history: ['enabled', 'showDelete', 'showRename'],
  startScreen: ['greeting', 'prompts'],
  threadItemActions: ['feedback', 'retry', 'share'],
  composer: ['placeholder', 'attachments', 'tools', 'models', 'dictation'],
  disclaimer: ['text', 'highContrast'],
  entities: ['onTagSearch', 'onClick', 'onRequestPreview', 'showComposerMenu'],
  widgets: ['onAction'],
  thread: ['autoScroll'],
  strings: [...Object.keys(en), ...Object.keys(enParts)],
};

const warned = new Set<string>();

/** Lists the keys of an options object that ChatKit does not define (`path.key`). */
export function unknownOptionKeys(options: unknown): string[] {
  const out: string[] = [];
  const visit = (value: unknown, path: string) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
    const known = KNOWN[path];
    if (!known) return;
    for (const key of Object.keys(value)) {
      const full = path ? `${path}.${key}` : key;
      if (!known.includes(key)) out.push(full);
      else visit((value as Record<string, unknown>)[key], full);
    }
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
