import {stripHtml} from '../../content/html';
import type {ArticleRecord, PageRecord, ProductRecord} from '../../content/types';
import {paginate, type PageArgs} from '../connection';
import type {StorefrontContext} from '../context';
import {applyProductFilters, productFacets, type ProductFilterInput} from '../facets';
import {toCents} from '../money';
import {containsWords, textWords} from '../search-syntax';
import type {ResolverMap} from './types';

type Searchable = ProductRecord | ArticleRecord | PageRecord;

interface Scored {
  item: Searchable;
  score: number;
  order: number;
}

const TYPE_ORDER = {Product: 0, Page: 1, Article: 2} as const;

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

function fields(item: Searchable): {title: string; tags: string; body: string} {
  switch (item.__typename) {
    case 'Product':
      return {
        title: item.title,
        tags: `${item.tags.join(' ')} ${item.productType} ${item.vendor} ${item._variants.map((v) => v.title).join(' ')}`,
        body: stripHtml(item.descriptionHtml),
      };
    case 'Article':
      return {
        title: item.title,
        tags: `${item.tags.join(' ')} ${item._author.name}`,
        body: `${stripHtml(item._excerptHtml ?? '')} ${stripHtml(item._bodyHtml)}`,
      };
    case 'Page':
      return {title: item.title, tags: '', body: stripHtml(item._bodyHtml)};
  }
}

/** Every term must match a whole word (or, as a prefix, the start of one) in the title, tags or body. */
function score(item: Searchable, terms: SearchTerm[]): number {
  const f = fields(item);
  let total = 0;
  for (const t of terms) {
    const has = (text: string) => containsWords(text, t.value, t.prefix);
    const s = (has(f.title) ? 3 : 0) + (has(f.tags) ? 2 : 0) + (has(f.body) ? 1 : 0);
    if (s === 0) return 0;
    total += s;
  }
  return total;
}

function candidates(ctx: StorefrontContext, types: string[] | null | undefined): Searchable[] {
  const wanted = new Set(types?.length ? types : ['PRODUCT', 'PAGE', 'ARTICLE']);
  return [
    ...(wanted.has('PRODUCT') ? ctx.content.products : []),
    ...(wanted.has('PAGE') ? ctx.content.pages : []),
    ...(wanted.has('ARTICLE') ? ctx.content.articles : []),
  ];
}

function rank(ctx: StorefrontContext, query: string, types: string[] | null | undefined, prefixLast: boolean): Scored[] {
  const terms = searchTerms(query, prefixLast);
  if (terms.length === 0) return [];
  return candidates(ctx, types)
    .map((item, order) => ({item, score: score(item, terms), order}))
    .filter((s) => s.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        TYPE_ORDER[a.item.__typename] - TYPE_ORDER[b.item.__typename] ||
        a.item.legacyId - b.item.legacyId,
    );
}

function productMinPrice(p: ProductRecord) {
  return Math.min(...p._variants.map((v) => toCents(v._price)), Infinity);
}

export const searchResolvers: ResolverMap = {
  QueryRoot: {
    search: (
      _root,
      args: PageArgs & {
        query: string;
        types?: string[] | null;
        sortKey?: string | null;
        reverse?: boolean | null;
        unavailableProducts?: string | null;
        prefix?: string | null;
        productFilters?: ProductFilterInput[] | null;
      },
      ctx,
    ) => {
      let ranked = rank(ctx, args.query, args.types, args.prefix === 'LAST');
      // productFilters narrow the product results only; articles and pages are not products.
      const baseProducts = ranked.flatMap((s) => (s.item.__typename === 'Product' ? [s.item] : []));
      const kept = new Set(applyProductFilters(baseProducts, args.productFilters));
      ranked = ranked.filter((s) => s.item.__typename !== 'Product' || kept.has(s.item));
      // No product results: nothing to filter, no facets.
      const productFilters = baseProducts.length ? productFacets(baseProducts, args.productFilters) : [];
      const available = (s: Scored) =>
        s.item.__typename !== 'Product' || s.item._variants.some((v) => v.availableForSale);
      if (args.unavailableProducts === 'HIDE') ranked = ranked.filter(available);
      if (args.unavailableProducts === 'LAST') {
        ranked = [...ranked.filter(available), ...ranked.filter((s) => !available(s))];
      }
      if (args.sortKey === 'PRICE') {
        const price = (s: Scored) =>
          s.item.__typename === 'Product' ? productMinPrice(s.item) : Number.MAX_SAFE_INTEGER;
        ranked = [...ranked].sort((a, b) => price(a) - price(b) || a.item.legacyId - b.item.legacyId);
      }
      const items = ranked.map((s) => s.item);
      if (args.reverse) items.reverse();
      return {
        ...paginate(items, args, (i) => i.id, 'search'),
        totalCount: items.length,
        productFilters,
      };
    },
    predictiveSearch: (
      _root,
      args: {query: string; limit?: number | null; limitScope?: string | null; types?: string[] | null},
      ctx,
    ) => {
      const limit = Math.min(Math.max(args.limit ?? 10, 1), 10);
      const types = new Set(args.types?.length ? args.types : ['ARTICLE', 'COLLECTION', 'PAGE', 'PRODUCT', 'QUERY']);
      // Predictive search treats the last word as a prefix ("grip str" finds "Grip Strength").
      const terms = searchTerms(args.query, true);
      const pick = (type: string, list: Searchable[]) => (types.has(type) ? list : []);
      const ranked = (list: Searchable[]) =>
        terms.length === 0
          ? []
          : list
              .map((item) => ({item, s: score(item, terms)}))
              .filter((x) => x.s > 0)
              .sort((a, b) => b.s - a.s || a.item.legacyId - b.item.legacyId)
              .map((x) => x.item);
      const products = ranked(pick('PRODUCT', ctx.content.products));
      const pages = ranked(pick('PAGE', ctx.content.pages));
      const articles = ranked(pick('ARTICLE', ctx.content.articles));
      const collections = types.has('COLLECTION')
        ? ctx.content.collections.filter((c) => {
            const text = `${c.title} ${stripHtml(c.descriptionHtml)}`;
            return terms.length > 0 && terms.every((t) => containsWords(text, t.value, t.prefix));
          })
        : [];
      const q = args.query.trim().toLowerCase();
      const suggestions = types.has('QUERY') && q
        ? [
            ...new Set(
              [...ctx.content.products.map((p) => p.title), ...ctx.content.articles.map((a) => a.title)]
                .map((t) => t.toLowerCase())
                .filter((t) => t.includes(q)),
            ),
          ].map((text) => {
            const i = text.indexOf(q);
            return {
              __typename: 'SearchQuerySuggestion',
              text,
              styledText: `${text.slice(0, i)}<mark>${text.slice(i, i + q.length)}</mark>${text.slice(i + q.length)}`,
              trackingParameters: null,
            };
          })
        : [];
      const lists = {products, collections, pages, articles, queries: suggestions} as Record<string, unknown[]>;
      if (args.limitScope === 'EACH') {
        for (const k of Object.keys(lists)) lists[k] = lists[k]!.slice(0, limit);
      } else {
        // ALL (default): `limit` results in total, taken round-robin across the result types.
        const order = ['products', 'queries', 'collections', 'pages', 'articles'];
        const taken: Record<string, unknown[]> = Object.fromEntries(order.map((k) => [k, []]));
        let total = 0;
        for (let round = 0; total < limit; round++) {
          let progressed = false;
          for (const k of order) {
            const next = lists[k]![round];
            if (next !== undefined && total < limit) {
              taken[k]!.push(next);
              total++;
              progressed = true;
            }
          }
          if (!progressed) break;
        }
        Object.assign(lists, taken);
      }
      return {__typename: 'PredictiveSearchResult', ...lists};
    },
  },
  SearchResultItemConnection: {
    productFilters: (conn: {productFilters?: unknown[]}) => conn.productFilters ?? [],
  },
};
