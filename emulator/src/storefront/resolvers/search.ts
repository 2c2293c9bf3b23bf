import {stripHtml} from '../../content/html';
import type {ArticleRecord, PageRecord, ProductRecord} from '../../content/types';
import {paginate, type PageArgs} from '../connection';
import type {StorefrontContext} from '../context';
import {applyProductFilters, productFacets, type ProductFilterInput} from '../facets';
import {stableId} from '../gid';
import {toCents} from '../money';
import {containsWords} from '../search-syntax';
import {predictiveSearch} from './predictive-search';
import {searchTerms, tracked, type SearchTerm} from './search-terms';
import type {ResolverMap} from './types';


type Searchable = ProductRecord | ArticleRecord | PageRecord;

interface Scored {
  item: Searchable;
  score: number;
  order: number;
}

const TYPE_ORDER = {Product: 0, Page: 1, Article: 2} as const;

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
      // LAST is the documented default; SHOW keeps the order found.
      if (args.unavailableProducts === 'HIDE') ranked = ranked.filter(available);
      else if (args.unavailableProducts !== 'SHOW') {
        ranked = [...ranked.filter(available), ...ranked.filter((s) => !available(s))];
      }
      if (args.sortKey === 'PRICE') {
        const price = (s: Scored) =>
          s.item.__typename === 'Product' ? productMinPrice(s.item) : Number.MAX_SAFE_INTEGER;
        ranked = [...ranked].sort((a, b) => price(a) - price(b) || a.item.legacyId - b.item.legacyId);
      }
      const items = ranked.map((s) => s.item);
      if (args.reverse) items.reverse();
      const sid = stableId(`search/${args.query}`).toString(16);
      const views = items.map((item, i) => tracked(item, `_pos=${i + 1}&_sid=${sid}&_ss=r`));
      return {
        ...paginate(views, args, (i) => i.id, 'search'),
        totalCount: items.length,
        productFilters,
      };
    },
    predictiveSearch: (_root, args: Parameters<typeof predictiveSearch>[1], ctx) => predictiveSearch(ctx, args),
  },
  SearchResultItemConnection: {
    productFilters: (conn: {productFilters?: unknown[]}) => conn.productFilters ?? [],
  },
};
