/**
 * What the search page and predictive search read from the URL: the term (trimmed and capped, so a
 * pasted essay does not become an API query) and each result section's own page cursor.
 */
import {getPaginationVariables} from '@shopify/hydrogen';

export const MAX_TERM_LENGTH = 120;

/** The result sections of /search, each paginated on its own (Hydrogen's `namespace`). */
export const SEARCH_SECTIONS = ['products', 'articles', 'pages'] as const;
export type SearchSection = (typeof SEARCH_SECTIONS)[number];

/** A term as the API gets it: whitespace collapsed, trimmed, capped. */
export function normalizeTerm(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_TERM_LENGTH);
}

export function searchTerm(params: URLSearchParams): string {
  return normalizeTerm(params.get('q') ?? '');
}

/** Pagination variables for one section, renamed so one query can page three connections. */
export function sectionPageVariables(request: Request, section: SearchSection, pageBy: number) {
  const vars = getPaginationVariables(request, {pageBy, namespace: section});
  return {
    [`${section}First`]: 'first' in vars ? vars.first : null,
    [`${section}Last`]: 'last' in vars ? vars.last : null,
    [`${section}After`]: 'endCursor' in vars ? vars.endCursor : null,
    [`${section}Before`]: 'startCursor' in vars ? vars.startCursor : null,
  };
}

/** The URL without any section's page cursor (a stale cursor starts the sections over). */
export function withoutSectionCursors(url: URL): string {
  const params = new URLSearchParams(url.search);
  for (const section of SEARCH_SECTIONS) {
    params.delete(`${section}_cursor`);
    params.delete(`${section}_direction`);
  }
  const search = params.toString();
  return `${url.pathname}${search ? `?${search}` : ''}`;
}

/**
 * The start of the term's longest word, for "did you mean" suggestions when nothing matched: a typo
 * is rarely in the first three letters, and predictive search completes from there ("spartn" → "spa").
 * Null when no word is long enough to be worth guessing from.
 */
export function spellingStem(term: string): string | null {
  // Counted in characters (code points), so a letter outside the BMP is never cut in half.
  const longest = term
    .split(' ')
    .map((word) => [...word.replace(/[^\p{L}\p{N}]/gu, '')])
    .reduce((best, word) => (word.length > best.length ? word : best), []);
  return longest.length >= 4 ? longest.slice(0, 3).join('').toLowerCase() : null;
}
