/**
 * Storefront product filters: the `filters` argument of `Collection.products` / `productFilters` of
 * `search`, and the `filters` facets those connections return, in Shopify's shape (Search & Discovery
 * defaults): availability, price range, product type, vendor, tag, and one filter per option name.
 *
 * Matching (as on Shopify): values of the same filter are ORed, different filters are ANDed.
 * Variant filters (`filter.v.*`: availability, price, options) must all hold for one and the same
 * variant; product filters (`filter.p.*`: type, vendor, tag, product metafield) hold for the product.
 *
 * Counts: a value's `count` is the number of products in the base list (the collection, or the
 * search's product results) that match every *other* active filter and that value — so the count
 * next to a value is what the shopper gets by adding it, and a filter's own values do not zero each
 * other out. Values that occur in the base list are listed even when their count is 0.
 */
import type {ProductRecord, VariantRecord} from '../content/types';
import {toCents} from './money';

export interface ProductFilterInput {
  available?: boolean | null;
  price?: {min?: number | null; max?: number | null} | null;
  productType?: string | null;
  productVendor?: string | null;
  tag?: string | null;
  variantOption?: {name: string; value: string} | null;
  productMetafield?: {namespace: string; key: string; value: string} | null;
}

type VariantTest = (v: VariantRecord) => boolean;
type ProductTest = (p: ProductRecord) => boolean;

interface Group {
  /** Group key: values with the same key are ORed. */
  key: string;
  variant?: VariantTest[];
  product?: ProductTest[];
}

const lower = (s: string) => s.toLowerCase();

export function handleize(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Turns filter inputs into ORed groups; inputs with nothing usable are ignored, as Shopify does. */
function groupsOf(filters: ProductFilterInput[] | null | undefined): Group[] {
  const groups = new Map<string, Group>();
  const add = (key: string, kind: 'variant' | 'product', test: VariantTest | ProductTest) => {
    const group = groups.get(key) ?? {key};
    if (kind === 'variant') (group.variant ??= []).push(test as VariantTest);
    else (group.product ??= []).push(test as ProductTest);
    groups.set(key, group);
  };
  for (const f of filters ?? []) {
    if (!f || typeof f !== 'object') continue;
    if (typeof f.available === 'boolean') {
      const wanted = f.available;
      add('filter.v.availability', 'variant', (v: VariantRecord) => v.availableForSale === wanted);
    }
    if (f.price && (f.price.min != null || f.price.max != null)) {
      const min = f.price.min != null && Number.isFinite(f.price.min) ? toCents(f.price.min) : -Infinity;
      const max = f.price.max != null && Number.isFinite(f.price.max) ? toCents(f.price.max) : Infinity;
      add('filter.v.price', 'variant', (v: VariantRecord) => toCents(v._price) >= min && toCents(v._price) <= max);
    }
    if (f.productType) {
      const wanted = lower(f.productType);
      add('filter.p.product_type', 'product', (p: ProductRecord) => lower(p.productType) === wanted);
    }
    if (f.productVendor) {
      const wanted = lower(f.productVendor);
      add('filter.p.vendor', 'product', (p: ProductRecord) => lower(p.vendor) === wanted);
    }
    if (f.tag) {
      const wanted = lower(f.tag);
      add('filter.p.tag', 'product', (p: ProductRecord) => p.tags.some((t) => lower(t) === wanted));
    }
    if (f.variantOption?.name != null && f.variantOption.value != null) {
      const name = lower(f.variantOption.name);
      const value = lower(f.variantOption.value);
      add(`filter.v.option.${handleize(f.variantOption.name)}`, 'variant', (v: VariantRecord) =>
        Object.entries(v._options).some(([n, val]) => lower(n) === name && lower(val) === value),
      );
    }
    if (f.productMetafield?.namespace && f.productMetafield.key) {
      const {namespace, key, value} = f.productMetafield;
      add(`filter.p.m.${namespace}.${key}`, 'product', (p: ProductRecord) =>
        p._metafields.some((m) => m.namespace === namespace && m.key === key && m.value === value),
      );
    }
  }
  return [...groups.values()];
}

function matches(p: ProductRecord, groups: Group[]): boolean {
  const productGroups = groups.filter((g) => g.product);
  const variantGroups = groups.filter((g) => g.variant);
  if (!productGroups.every((g) => g.product!.some((test) => test(p)))) return false;
  if (variantGroups.length === 0) return true;
  return p._variants.some((v) => variantGroups.every((g) => g.variant!.some((test) => test(v))));
}

/** The products that pass every filter. */
export function applyProductFilters(
  products: ProductRecord[],
  filters: ProductFilterInput[] | null | undefined,
): ProductRecord[] {
  const groups = groupsOf(filters);
  return groups.length ? products.filter((p) => matches(p, groups)) : products;
}

interface FilterValueView {
  __typename: 'FilterValue';
  id: string;
  label: string;
  count: number;
  input: string;
  image: null;
  swatch: null;
}

interface FilterView {
  __typename: 'Filter';
  id: string;
  label: string;
  type: 'LIST' | 'PRICE_RANGE' | 'BOOLEAN';
  presentation: 'TEXT' | null;
  values: FilterValueView[];
}

/** Price amounts in filter input JSON: whole numbers stay whole (149), others keep cents (29.5). */
function priceNumber(cents: number): number {
  return cents / 100;
}

/** The `filters` facets for a base list of products, with counts for the active `filters`. */
export function productFacets(
  base: ProductRecord[],
  filters: ProductFilterInput[] | null | undefined,
): FilterView[] {
  const groups = groupsOf(filters);
  /** Products matching every active group except `key`, plus the value's own filter. */
  const count = (key: string, value: ProductFilterInput) => {
    const others = groups.filter((g) => g.key !== key);
    const own = groupsOf([value]);
    return base.filter((p) => matches(p, [...others, ...own])).length;
  };
  const value = (filterId: string, id: string, label: string, input: ProductFilterInput): FilterValueView => ({
    __typename: 'FilterValue',
    id,
    label,
    count: count(filterId, input),
    input: JSON.stringify(input),
    image: null,
    swatch: null,
  });
  const list = (id: string, label: string, values: FilterValueView[]): FilterView => ({
    __typename: 'Filter',
    id,
    label,
    type: 'LIST',
    presentation: 'TEXT',
    values,
  });
  const distinct = (items: string[]) => [...new Set(items.filter(Boolean))].sort((a, b) => a.localeCompare(b));

  const out: FilterView[] = [];
  out.push(
    list('filter.v.availability', 'Availability', [
      value('filter.v.availability', 'filter.v.availability.1', 'In stock', {available: true}),
      value('filter.v.availability', 'filter.v.availability.0', 'Out of stock', {available: false}),
    ]),
  );
  const prices = base.flatMap((p) => p._variants.map((v) => toCents(v._price)));
  const maxCents = prices.length ? Math.max(...prices) : 0;
  const priceInput = {price: {min: 0, max: priceNumber(maxCents)}};
  out.push({
    __typename: 'Filter',
    id: 'filter.v.price',
    label: 'Price',
    type: 'PRICE_RANGE',
    presentation: null,
    values: [{...value('filter.v.price', 'filter.v.price', 'Price', priceInput)}],
  });
  const types = distinct(base.map((p) => p.productType));
  if (types.length) {
    out.push(
      list(
        'filter.p.product_type',
        'Product type',
        types.map((t) => value('filter.p.product_type', `filter.p.product_type.${t}`, t, {productType: t})),
      ),
    );
  }
  const vendors = distinct(base.map((p) => p.vendor));
  if (vendors.length) {
    out.push(
      list(
        'filter.p.vendor',
        'Vendor',
        vendors.map((v) => value('filter.p.vendor', `filter.p.vendor.${v}`, v, {productVendor: v})),
      ),
    );
  }
  const tags = distinct(base.flatMap((p) => p.tags));
  if (tags.length) {
    out.push(list('filter.p.tag', 'Tags', tags.map((t) => value('filter.p.tag', `filter.p.tag.${t}`, t, {tag: t}))));
  }
  // One filter per option name, values in the order the products list them (first seen first).
  const options = new Map<string, string[]>();
  for (const p of base) {
    for (const o of p._options) {
      if (o.name === 'Title' && o.values.length === 1 && o.values[0] === 'Default Title') continue;
      const values = options.get(o.name) ?? [];
      for (const v of o.values) if (!values.includes(v)) values.push(v);
      options.set(o.name, values);
    }
  }
  for (const [name, values] of options) {
    const id = `filter.v.option.${handleize(name)}`;
    out.push(
      list(
        id,
        name,
        values.map((v) => value(id, `${id}.${handleize(v)}`, v, {variantOption: {name, value: v}})),
      ),
    );
  }
  return out;
}
