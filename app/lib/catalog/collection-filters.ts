/**
 * Collection sort and filter state, kept in Shopify's own URL form so links from a theme, an email or a
 * search engine keep working:
 *
 *   ?sort=price-low-high&filter.v.price.gte=10&filter.v.price.lte=80&filter.v.availability=1
 *    &filter.v.option.race-distance=Super+10K&filter.p.product_type=…&filter.p.vendor=…&filter.p.tag=…
 *
 * Everything here is pure (server and browser): the loader turns the URL into `ProductFilter` inputs,
 * the filter form turns the API's facets back into those parameters. Anything malformed is dropped,
 * never passed on, so a hand-edited URL shows a wider list instead of an error.
 */
import type {
  ProductCollectionSortKeys,
  ProductFilter,
  ProductSortKeys,
} from '@shopify/hydrogen/storefront-api-types';

export const PRICE_MIN_PARAM = 'filter.v.price.gte';
export const PRICE_MAX_PARAM = 'filter.v.price.lte';
export const AVAILABILITY_PARAM = 'filter.v.availability';
export const OPTION_PARAM_PREFIX = 'filter.v.option.';
const PRODUCT_PARAMS = {
  'filter.p.product_type': 'productType',
  'filter.p.vendor': 'productVendor',
  'filter.p.tag': 'tag',
} as const;

/** Parameters that only pick a page; dropped whenever the filters or the sort change. */
export const PAGE_PARAMS = ['cursor', 'direction'];

const MAX_FILTERS = 24;
const MAX_VALUE_LENGTH = 100;
const MAX_PRICE = 1_000_000;
const OPTION_SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

export interface SortOption {
  value: string;
  label: string;
  /** Sort key inside a collection. */
  collection: ProductCollectionSortKeys;
  /** Sort key on the `products` root (all programs without an `all` collection). */
  products: ProductSortKeys;
  reverse: boolean;
}

export const SORT_OPTIONS: readonly SortOption[] = [
  {value: 'featured', label: 'Featured', collection: 'COLLECTION_DEFAULT', products: 'TITLE', reverse: false},
  {value: 'best-selling', label: 'Best selling', collection: 'BEST_SELLING', products: 'BEST_SELLING', reverse: false},
  {value: 'price-low-high', label: 'Price: low to high', collection: 'PRICE', products: 'PRICE', reverse: false},
  {value: 'price-high-low', label: 'Price: high to low', collection: 'PRICE', products: 'PRICE', reverse: true},
  {value: 'newest', label: 'Newest', collection: 'CREATED', products: 'CREATED_AT', reverse: true},
];

export const DEFAULT_SORT = SORT_OPTIONS[0]!;

/** One URL parameter that narrows the list; `key`+`value` identify it for chips and checkboxes. */
export interface FilterParam {
  key: string;
  value: string;
}

export interface CollectionQueryState {
  sort: SortOption;
  filters: ProductFilter[];
  /** The accepted filter parameters, in URL order (for chips and checked boxes). */
  active: FilterParam[];
  price: {min: number | null; max: number | null};
}

export function parseSort(value: string | null): SortOption {
  return SORT_OPTIONS.find((option) => option.value === value) ?? DEFAULT_SORT;
}

function parsePrice(raw: string | null): number | null {
  if (raw === null || raw.trim() === '') return null;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > MAX_PRICE) return null;
  return Math.round(value * 100) / 100;
}

function cleanText(raw: string): string | null {
  const value = raw.trim();
  return value && value.length <= MAX_VALUE_LENGTH ? value : null;
}

/** Option names become facet ids the way Shopify writes them: lower case, spaces as hyphens. */
export function optionSlug(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The URL's sort and filters, validated. */
export function parseCollectionQuery(params: URLSearchParams): CollectionQueryState {
  const filters: ProductFilter[] = [];
  const active: FilterParam[] = [];
  const seen = new Set<string>();
  const accept = (key: string, value: string, filter: ProductFilter) => {
    const id = `${key}\u0000${value}`;
    if (seen.has(id) || active.length >= MAX_FILTERS) return;
    seen.add(id);
    active.push({key, value});
    filters.push(filter);
  };

  let min = parsePrice(params.get(PRICE_MIN_PARAM));
  let max = parsePrice(params.get(PRICE_MAX_PARAM));
  if (min !== null && max !== null && min > max) [min, max] = [max, min];

  for (const [key, raw] of params) {
    if (key === AVAILABILITY_PARAM) {
      if (raw === '1' || raw === '0') accept(key, raw, {available: raw === '1'});
    } else if (key.startsWith(OPTION_PARAM_PREFIX)) {
      const slug = key.slice(OPTION_PARAM_PREFIX.length);
      const value = cleanText(raw);
      // Shopify matches option names without regard to case; the slug's hyphens stand for spaces.
      if (OPTION_SLUG.test(slug) && value) {
        accept(key, value, {variantOption: {name: slug.replace(/-/g, ' '), value}});
      }
    } else if (key in PRODUCT_PARAMS) {
      const field = PRODUCT_PARAMS[key as keyof typeof PRODUCT_PARAMS];
      const value = cleanText(raw);
      if (value) accept(key, value, {[field]: value});
    }
  }
  if (min !== null || max !== null) {
    filters.push({price: {...(min !== null ? {min} : {}), ...(max !== null ? {max} : {})}});
  }

  return {sort: parseSort(params.get('sort')), filters, active, price: {min, max}};
}

/** True when the URL narrows the list at all (price included). */
export function hasFilters(state: CollectionQueryState): boolean {
  return state.filters.length > 0;
}

/**
 * The URL parameter a facet value stands for, read from the value's `input` (the JSON
 * `ProductFilter` Shopify hands back). Unknown kinds (metafields, …) give null and are not shown.
 */
export function facetValueParam(input: string): FilterParam | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(input);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object') return null;
  const filter = parsed as ProductFilter;
  if (typeof filter.available === 'boolean') {
    return {key: AVAILABILITY_PARAM, value: filter.available ? '1' : '0'};
  }
  if (filter.variantOption?.name && typeof filter.variantOption.value === 'string') {
    return {key: `${OPTION_PARAM_PREFIX}${optionSlug(filter.variantOption.name)}`, value: filter.variantOption.value};
  }
  for (const [key, field] of Object.entries(PRODUCT_PARAMS)) {
    const value = filter[field];
    if (typeof value === 'string') return {key, value};
  }
  return null;
}

/** The price bounds a PRICE_RANGE facet allows, from its value's `input`. */
export function facetPriceBounds(input: string): {min: number; max: number} | null {
  try {
    const parsed = JSON.parse(input) as ProductFilter;
    const min = Number(parsed.price?.min ?? 0);
    const max = Number(parsed.price?.max);
    return Number.isFinite(min) && Number.isFinite(max) ? {min, max} : null;
  } catch {
    return null;
  }
}

/** `search` without one filter (or both price bounds when `key` is the price), and without a page cursor. */
export function withoutFilter(search: string, remove: FilterParam | 'price'): string {
  const params = new URLSearchParams(search);
  const next = new URLSearchParams();
  for (const [key, value] of params) {
    if (PAGE_PARAMS.includes(key)) continue;
    if (remove === 'price' ? key === PRICE_MIN_PARAM || key === PRICE_MAX_PARAM : key === remove.key && value === remove.value) {
      continue;
    }
    next.append(key, value);
  }
  return queryString(next);
}

/** `search` with every filter removed: only the sort is kept. */
export function withoutAllFilters(search: string): string {
  const sort = new URLSearchParams(search).get('sort');
  const next = new URLSearchParams();
  if (sort && sort !== DEFAULT_SORT.value && parseSort(sort) !== DEFAULT_SORT) next.set('sort', sort);
  return queryString(next);
}

/** Form data as a clean query string: empty fields and page cursors dropped. */
export function cleanFormQuery(entries: Iterable<[string, FormDataEntryValue]>): string {
  const next = new URLSearchParams();
  for (const [key, value] of entries) {
    if (typeof value !== 'string' || value.trim() === '' || PAGE_PARAMS.includes(key)) continue;
    if (key === 'sort' && value === DEFAULT_SORT.value) continue;
    next.append(key, value.trim());
  }
  return queryString(next);
}

function queryString(params: URLSearchParams): string {
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The same filters in Shopify's search syntax, for the `products` root (which takes `query:` but no
 * `filters:`). Variant options have no search-syntax field, so they cannot narrow that list.
 */
export function productsSearchQuery(filters: ProductFilter[]): string | null {
  const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;
  const groups = new Map<string, string[]>();
  const add = (group: string, term: string) => groups.set(group, [...(groups.get(group) ?? []), term]);
  for (const filter of filters) {
    if (typeof filter.available === 'boolean') add('available', `available_for_sale:${filter.available}`);
    if (filter.productType) add('type', `product_type:${quote(filter.productType)}`);
    if (filter.productVendor) add('vendor', `vendor:${quote(filter.productVendor)}`);
    if (filter.tag) add('tag', `tag:${quote(filter.tag)}`);
    if (filter.price?.min != null) add('min', `variants.price:>=${filter.price.min}`);
    if (filter.price?.max != null) add('max', `variants.price:<=${filter.price.max}`);
  }
  // Values of one kind widen the list (OR), kinds narrow it (AND): the facets' own semantics.
  const clauses = [...groups.values()].map((terms) => (terms.length > 1 ? `(${terms.join(' OR ')})` : terms[0]!));
  return clauses.length ? clauses.join(' AND ') : null;
}

type FacetLike = {id: string; type: string; values: Array<{input: unknown}>};

const FACET_RANK = (id: string) =>
  id === AVAILABILITY_PARAM ? 0 : id === 'filter.v.price' ? 1 : id.startsWith(OPTION_PARAM_PREFIX) ? 2 : 3;

/**
 * The facets worth showing, in shopping order: availability, price, options, then the rest. A list
 * with a single value cannot narrow anything (every program has the one vendor), so it is left out
 * unless that value is already applied.
 */
export function visibleFacets<T extends FacetLike>(facets: T[], active: FilterParam[]): T[] {
  return facets
    .filter((facet) => {
      if (facet.type === 'PRICE_RANGE' || facet.values.length > 1) return true;
      return facet.values.some((value) => {
        const param = facetValueParam(String(value.input));
        return param && active.some((f) => f.key === param.key && f.value === param.value);
      });
    })
    .map((facet, index) => ({facet, index}))
    .sort((a, b) => FACET_RANK(a.facet.id) - FACET_RANK(b.facet.id) || a.index - b.index)
    .map(({facet}) => facet);
}
