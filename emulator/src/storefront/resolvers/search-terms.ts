import {textWords} from '../search-syntax';

/** One word (or hyphenated compound) of a search query; `prefix` when it may match the start of a word. */
export interface SearchTerm {
  value: string;
  prefix: boolean;
}

/**
 * The terms of a free-text search query. A term ending in `*` is a prefix; with `lastIsPrefix`
 * (search's `prefix: LAST`, and always in predictive search) so is the last term.
 */
export function searchTerms(query: string, lastIsPrefix = false): SearchTerm[] {
  const terms = query
    .split(/\s+/)
    .map((raw) => ({value: raw.replace(/\*+$/, ''), prefix: raw.endsWith('*')}))
    .filter((t) => textWords(t.value).length > 0);
  const last = terms[terms.length - 1];
  if (lastIsPrefix && last) last.prefix = true;
  return terms;
}

/**
 * A search result carrying its own `trackingParameters` (Shopify returns them only on results of
 * `search` and `predictiveSearch`): a view whose prototype is the shared record.
 */
export function tracked<T extends object>(record: T, trackingParameters: string): T {
  return Object.assign(Object.create(record) as T, {_trackingParameters: trackingParameters});
}
