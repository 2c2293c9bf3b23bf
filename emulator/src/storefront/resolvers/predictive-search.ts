/**
 * `predictiveSearch`, as Shopify documents it: the query's words must all match (whole words, plurals
 * folded, the last word as a prefix) in the `searchableFields` (default TITLE, PRODUCT_TYPE,
 * VARIANTS_TITLE, VENDOR); `limit` 1–10 (anything else is a GraphQL error), `limitScope` ALL (default:
 * `limit` results in total) or EACH (`limit` per type); `types`; `unavailableProducts` SHOW, HIDE or
 * LAST (default). Query suggestions come from product titles, product types and article titles;
 * `styledText` wraps the matched part of each word in `<mark>`. Every result carries
 * `trackingParameters`.
 */
import {stripHtml} from '../../content/html';
import type {ArticleRecord, CollectionRecord, PageRecord, ProductRecord} from '../../content/types';
import type {StorefrontContext} from '../context';
import {StorefrontError} from '../errors';
import {escapeHtml} from '../../http/responses';
import {containsWords, stem, textWords, wordMatches} from '../search-syntax';
import {searchTerms, tracked, type SearchTerm} from './search-terms';

type Field = 'AUTHOR' | 'BODY' | 'PRODUCT_TYPE' | 'TAG' | 'TITLE' | 'VARIANTS_BARCODE' | 'VARIANTS_SKU' | 'VARIANTS_TITLE' | 'VENDOR';

export const DEFAULT_SEARCHABLE_FIELDS: Field[] = ['TITLE', 'PRODUCT_TYPE', 'VARIANTS_TITLE', 'VENDOR'];

type Resource = ProductRecord | CollectionRecord | PageRecord | ArticleRecord;

/** The text a resource offers for one searchable field ('' when it has none). */
function fieldText(item: Resource, field: Field): string {
  switch (item.__typename) {
    case 'Product':
      switch (field) {
        case 'TITLE':
          return item.title;
        case 'PRODUCT_TYPE':
          return item.productType;
        case 'VENDOR':
          return item.vendor;
        case 'TAG':
          return item.tags.join(' , ');
        case 'BODY':
          return stripHtml(item.descriptionHtml);
        case 'VARIANTS_TITLE':
          return item._variants.map((v) => (v.title === 'Default Title' ? '' : v.title)).join(' , ');
        case 'VARIANTS_SKU':
          return item._variants.map((v) => v.sku ?? '').join(' , ');
        default:
          return '';
      }
    case 'Collection':
      return field === 'TITLE' ? item.title : field === 'BODY' ? stripHtml(item.descriptionHtml) : '';
    case 'Page':
      return field === 'TITLE' ? item.title : field === 'BODY' ? stripHtml(item._bodyHtml) : '';
    case 'Article':
      switch (field) {
        case 'TITLE':
          return item.title;
        case 'BODY':
          return `${stripHtml(item._excerptHtml ?? '')} ${stripHtml(item._bodyHtml)}`;
        case 'TAG':
          return item.tags.join(' , ');
        case 'AUTHOR':
          return item._author.name;
        default:
          return '';
      }
  }
}

/** 0 when some term matches no searched field; otherwise a relevance score (title hits weigh most). */
function score(item: Resource, terms: SearchTerm[], fields: Field[]): number {
  let total = 0;
  for (const term of terms) {
    let s = 0;
    for (const field of fields) {
      if (containsWords(fieldText(item, field), term.value, term.prefix)) s += field === 'TITLE' ? 3 : 1;
    }
    if (s === 0) return 0;
    total += s;
  }
  return total;
}

function ranked<T extends Resource>(list: T[], terms: SearchTerm[], fields: Field[]): T[] {
  if (terms.length === 0) return [];
  return list
    .map((item) => ({item, s: score(item, terms, fields)}))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || a.item.legacyId - b.item.legacyId)
    .map((x) => x.item);
}

/** `text` with each word that matches a term marked (only the typed part of a prefix match). */
export function styleSuggestion(text: string, terms: SearchTerm[]): string {
  const queryWords = terms.flatMap((t) => {
    const words = textWords(t.value);
    return words.map((w, i) => ({word: w, prefix: t.prefix && i === words.length - 1}));
  });
  return text
    .split(/([\p{L}\p{N}]+)/u)
    .map((part, i) => {
      if (i % 2 === 0) return escapeHtml(part); // separators
      const lower = part.toLowerCase();
      const q = queryWords.find((w) => wordMatches(lower, w.word, w.prefix));
      if (!q) return escapeHtml(part);
      const whole = lower === q.word || stem(lower) === stem(q.word);
      const cut = whole ? part.length : q.word.length;
      return `<mark>${escapeHtml(part.slice(0, cut))}</mark>${escapeHtml(part.slice(cut))}`;
    })
    .join('');
}

function suggestions(ctx: StorefrontContext, terms: SearchTerm[]): string[] {
  if (terms.length === 0) return [];
  const candidates = [
    ...ctx.content.products.map((p) => p.title),
    ...ctx.content.products.map((p) => p.productType),
    ...ctx.content.articles.map((a) => a.title),
  ].map((t) => t.toLowerCase());
  const first = terms[0]!.value.toLowerCase();
  return [...new Set(candidates)]
    .filter((text) => text && terms.every((t) => containsWords(text, t.value, t.prefix)))
    .sort((a, b) => Number(!a.startsWith(first)) - Number(!b.startsWith(first)) || a.length - b.length || a.localeCompare(b));
}

const ORDER = ['products', 'queries', 'collections', 'pages', 'articles'] as const;

export function predictiveSearch(
  ctx: StorefrontContext,
  args: {
    query: string;
    limit?: number | null;
    limitScope?: string | null;
    types?: string[] | null;
    searchableFields?: Field[] | null;
    unavailableProducts?: string | null;
  },
) {
  if (args.limit != null && (args.limit < 1 || args.limit > 10)) {
    throw new StorefrontError(`Invalid limit: ${args.limit}. The limit must be between 1 and 10.`, 'BAD_REQUEST');
  }
  const limit = args.limit ?? 10;
  const types = new Set(args.types?.length ? args.types : ['ARTICLE', 'COLLECTION', 'PAGE', 'PRODUCT', 'QUERY']);
  const fields = args.searchableFields?.length ? args.searchableFields : DEFAULT_SEARCHABLE_FIELDS;
  // Shopify's predictive search treats the last word as a prefix ("grip str" finds "Grip Strength").
  const terms = searchTerms(args.query, true);

  let products = types.has('PRODUCT') ? ranked(ctx.content.products, terms, fields) : [];
  const available = (p: ProductRecord) => p._variants.some((v) => v.availableForSale);
  if (args.unavailableProducts === 'HIDE') products = products.filter(available);
  else if (args.unavailableProducts !== 'SHOW') {
    products = [...products.filter(available), ...products.filter((p) => !available(p))];
  }
  const lists: Record<(typeof ORDER)[number], unknown[]> = {
    products,
    collections: types.has('COLLECTION') ? ranked(ctx.content.collections, terms, fields) : [],
    pages: types.has('PAGE') ? ranked(ctx.content.pages, terms, fields) : [],
    articles: types.has('ARTICLE') ? ranked(ctx.content.articles, terms, fields) : [],
    queries: types.has('QUERY') ? suggestions(ctx, terms) : [],
  };

  const taken: Record<(typeof ORDER)[number], unknown[]> = {products: [], queries: [], collections: [], pages: [], articles: []};
  if (args.limitScope === 'EACH') {
    for (const k of ORDER) taken[k] = lists[k].slice(0, limit);
  } else {
    // ALL (default): `limit` results in total, taken round-robin across the result types.
    let total = 0;
    for (let round = 0; total < limit; round++) {
      let progressed = false;
      for (const k of ORDER) {
        const next = lists[k][round];
        if (next !== undefined && total < limit) {
          taken[k].push(next);
          total++;
          progressed = true;
        }
      }
      if (!progressed) break;
    }
  }

  const psq = encodeURIComponent(args.query.trim());
  const params = (pos: number) => `_pos=${pos}&_psq=${psq}&_ss=e&_v=1.0`;
  return {
    __typename: 'PredictiveSearchResult',
    products: (taken.products as ProductRecord[]).map((p, i) => tracked(p, params(i + 1))),
    collections: (taken.collections as CollectionRecord[]).map((c, i) => tracked(c, params(i + 1))),
    pages: (taken.pages as PageRecord[]).map((p, i) => tracked(p, params(i + 1))),
    articles: (taken.articles as ArticleRecord[]).map((a, i) => tracked(a, params(i + 1))),
    queries: (taken.queries as string[]).map((text, i) => ({
      __typename: 'SearchQuerySuggestion',
      text,
      styledText: styleSuggestion(text, terms),
      trackingParameters: params(i + 1),
    })),
  };
}
