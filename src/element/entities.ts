/**
 * @-mention entities for `<chat-widgets>`: the search in force (options, a global function named by
 * an attribute, or a search URL) and the entity an `input_tag` part stands for.
 */
import { resolveGlobalFunction } from './global-function.js';
import type { Entity } from './options.js';
import type { UserMessageContent } from '../protocol/wire-types.js';

export type EntitySearch = (query: string, signal: AbortSignal) => Promise<Entity[]>;
export type InputTag = Extract<UserMessageContent, { type: 'input_tag' }>;

/** Where an entity search may come from, first wins. */
export interface EntitySearchSources {
  /** `entities.onTagSearch` from the options object. */
  onTagSearch?: ((query: string) => Promise<Entity[]>) | undefined;
  /** A dotted path to a global function (`on-tag-search`). */
  globalName?: string;
  /** A URL answering with a JSON list of entities; `{query}` is replaced, else `?q=` is added. */
  url?: string;
  fetch?: typeof fetch | undefined;
}

/** The @-mention search in force, or `null` when nothing configures one. */
export function entitySearchFrom(sources: EntitySearchSources): EntitySearch | null {
  const fromOptions = sources.onTagSearch;
  // ChatKit's onTagSearch takes the query; the abort signal rides along for hosts that use it.
  if (fromOptions)
    return (query, signal) =>
      (fromOptions as (q: string, s: AbortSignal) => Promise<Entity[]>)(query, signal);
  const global = resolveGlobalFunction(sources.globalName);
  if (global)
    return (query) =>
      Promise.resolve((global as (q: string) => unknown)(query)) as Promise<Entity[]>;
  const template = sources.url;
  if (!template) return null;
  const fetchImpl = sources.fetch ?? fetch.bind(globalThis);
  return async (query, signal) =>
    (await import('./entity-url-search.js')).searchEntityUrl(template, fetchImpl, query, signal);
}

/** The interactive entity a sent tag stands for, as `entities.onClick` and previews receive it. */
export function tagEntity(tag: InputTag): Entity {
  return {
    id: tag.id,
    title: tag.text,
    interactive: true,
    ...(tag.group ? { group: tag.group } : {}),
    data: tag.data as Record<string, string>,
  };
}
