/**
 * The @-mention search of an `entity-search-url`: a chunk of its own, loaded with the first search
 * (few chats configure the search by URL).
 */
import type { Entity } from './options.js';

/** Asks the URL for the entities matching `query`: `{query}` is replaced, else `?q=` is added. */
export async function searchEntityUrl(
  template: string,
  fetchImpl: typeof fetch,
  query: string,
  signal: AbortSignal,
): Promise<Entity[]> {
  const url = template.includes('{query}')
    ? template.split('{query}').join(encodeURIComponent(query))
    : `${template}${template.includes('?') ? '&' : '?'}q=${encodeURIComponent(query)}`;
  const response = await fetchImpl(url, { signal, headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`Entity search answered ${response.status}`);
  const body: unknown = await response.json();
  return (Array.isArray(body) ? body : []) as Entity[];
}
