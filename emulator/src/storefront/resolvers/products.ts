import {stripHtml, truncate} from '../../content/html';
import type {CollectionRecord, ProductRecord, VariantRecord} from '../../content/types';
import {emptyConnection, paginate, type PageArgs} from '../connection';
import type {StorefrontContext} from '../context';
import {gid, numericGid} from '../gid';
import {applyProductFilters, productFacets, type ProductFilterInput} from '../facets';
import {toCents} from '../money';
import {encodeOptionValueCombinations} from '../option-encoding';
import {
  compareDate,
  compareValues,
  evaluate,
  freeTextTerms,
  parseSearchQuery,
  relevance,
  textEquals,
  textMatches,
  type TermNode,
} from '../search-syntax';
import {
  byKey,
  compareDates,
  compareText,
  imageObject,
  mediaImage,
  money,
  sortRecords,
  storefrontUrl,
} from './common';
import type {ResolverMap} from './types';

interface SelectedOptionInput {
  name: string;
  value: string;
}

interface VariantMatchArgs {
  selectedOptions?: SelectedOptionInput[] | null;
  ignoreUnknownOptions?: boolean | null;
  caseInsensitiveMatch?: boolean | null;
}

// ---- variants & options -------------------------------------------------------------------

function minPrice(product: ProductRecord): number {
  return Math.min(...product._variants.map((v) => toCents(v._price)), Infinity);
}

function firstAvailable(variants: VariantRecord[]): VariantRecord | null {
  return variants.find((v) => v.availableForSale) ?? null;
}

/** Variants matching the provided options. `complete` is true when every product option was given. */
function matchVariants(
  product: ProductRecord,
  args: VariantMatchArgs,
  ignoreUnknownDefault: boolean,
): {matches: VariantRecord[]; complete: boolean; provided: boolean} {
  const selected = args.selectedOptions ?? [];
  const ci = args.caseInsensitiveMatch === true;
  const ignoreUnknown = args.ignoreUnknownOptions ?? ignoreUnknownDefault;
  const norm = (s: string) => (ci ? s.toLowerCase() : s);
  const known: {option: string; value: string}[] = [];
  for (const s of selected) {
    const option = product._options.find((o) => norm(o.name) === norm(s.name));
    if (!option) {
      if (!ignoreUnknown) return {matches: [], complete: false, provided: true};
      continue;
    }
    known.push({option: option.name, value: s.value});
  }
  if (known.length === 0) return {matches: [], complete: false, provided: false};
  const matches = product._variants.filter((v) =>
    known.every((k) => v._options[k.option] != null && norm(v._options[k.option]!) === norm(k.value)),
  );
  const complete = product._options.every((o) => known.some((k) => k.option === o.name));
  return {matches, complete, provided: true};
}

export function selectedOrFirstAvailable(
  product: ProductRecord,
  args: VariantMatchArgs,
): VariantRecord | null {
  const {matches, complete} = matchVariants(product, args, true);
  if (matches.length > 0) {
    return complete ? matches[0]! : (firstAvailable(matches) ?? matches[0]!);
  }
  return firstAvailable(product._variants) ?? product._variants[0] ?? null;
}

function optionIndexes(product: ProductRecord, variant: VariantRecord): number[] {
  return product._options.map((o) => o.values.indexOf(variant._options[o.name] ?? ''));
}

function optionViews(product: ProductRecord, first?: number | null) {
  const options = product._options.map((option, i) => ({
    __typename: 'ProductOption',
    id: gid('ProductOption', product.legacyId * 100 + i + 1),
    name: option.name,
    values: option.values,
    optionValues: option.values.map((value, j) => ({
      __typename: 'ProductOptionValue',
      id: gid('ProductOptionValue', product.legacyId * 10000 + (i + 1) * 100 + j + 1),
      name: value,
      swatch: null,
      _product: product,
      _option: option.name,
    })),
  }));
  return first != null ? options.slice(0, first) : options;
}

// ---- filtering & sorting ------------------------------------------------------------------

function productText(p: ProductRecord): string {
  return `${p.title} ${stripHtml(p.descriptionHtml)} ${p.tags.join(' ')} ${p.vendor} ${p.productType}`;
}

export function matchProductTerm(p: ProductRecord, term: TermNode): boolean | undefined {
  switch (term.field) {
    case null:
      return textMatches(productText(p), term);
    case 'title':
      return textMatches(p.title, term);
    case 'handle':
      return textEquals(p.handle, term);
    case 'tag':
      return p.tags.some((t) => textEquals(t, term));
    case 'tag_not':
      return !p.tags.some((t) => textEquals(t, term));
    case 'product_type':
      return term.value.split(',').some((v) => textEquals(p.productType, {...term, value: v.trim()}));
    case 'vendor':
      return textEquals(p.vendor, term);
    case 'available_for_sale':
      return p._variants.some((v) => v.availableForSale) === (term.value.toLowerCase() === 'true');
    case 'created_at':
      return compareDate(p.createdAt, term);
    case 'updated_at':
      return compareDate(p.updatedAt, term);
    case 'id':
      return compareValues(p.legacyId, term, Number(numericGid(term.value, 'Product') ?? term.value));
    case 'variants.price':
      return p._variants.some((v) => compareValues(toCents(v._price), term, toCents(Number(term.value) || 0)));
    default:
      return undefined;
  }
}

export function productRelevance(p: ProductRecord, terms: string[]): number {
  return relevance([[p.title, 3], [p.tags.join(' '), 2], [productText(p), 1]], terms);
}

function sortProducts(
  products: ProductRecord[],
  sortKey: string | null | undefined,
  reverse: boolean | null | undefined,
  query: string | null | undefined,
  manual = false,
): ProductRecord[] {
  switch (sortKey) {
    case 'TITLE':
      return sortRecords(products, (a, b) => compareText(a.title, b.title), reverse);
    case 'PRICE':
      return sortRecords(products, (a, b) => minPrice(a) - minPrice(b), reverse);
    case 'CREATED':
    case 'CREATED_AT':
      return sortRecords(products, (a, b) => compareDates(a.createdAt, b.createdAt), reverse);
    case 'UPDATED_AT':
      return sortRecords(products, (a, b) => compareDates(a.updatedAt, b.updatedAt), reverse);
    case 'VENDOR':
      return sortRecords(products, (a, b) => compareText(a.vendor, b.vendor), reverse);
    case 'PRODUCT_TYPE':
      return sortRecords(products, (a, b) => compareText(a.productType, b.productType), reverse);
    case 'RELEVANCE': {
      const terms = freeTextTerms(parseSearchQuery(query));
      if (terms.length > 0) {
        return sortRecords(products, (a, b) => productRelevance(b, terms) - productRelevance(a, terms), reverse);
      }
      break;
    }
    case 'ID':
      return sortRecords(products, null, reverse);
    case 'BEST_SELLING':
      // By the seed's salesRank (1 sells most); unranked products after the ranked ones, by id.
      return sortRecords(
        products,
        (a, b) => (a._salesRank ?? Number.MAX_SAFE_INTEGER) - (b._salesRank ?? Number.MAX_SAFE_INTEGER),
        reverse,
      );
    default:
      break;
  }
  // COLLECTION_DEFAULT, MANUAL and RELEVANCE without a query.
  if (manual) return reverse ? [...products].reverse() : products;
  return sortRecords(products, null, reverse);
}

/** The value sortProducts sorts by (for position cursors); undefined where the id or a manual order rules. */
function productSortValue(sortKey: string | null | undefined): ((p: ProductRecord) => string | number) | undefined {
  switch (sortKey) {
    case 'TITLE':
      return (p) => p.title;
    case 'PRICE':
      return (p) => minPrice(p);
    case 'CREATED':
    case 'CREATED_AT':
      return (p) => Date.parse(p.createdAt);
    case 'UPDATED_AT':
      return (p) => Date.parse(p.updatedAt);
    case 'VENDOR':
      return (p) => p.vendor;
    case 'PRODUCT_TYPE':
      return (p) => p.productType;
    case 'BEST_SELLING':
      return (p) => p._salesRank ?? Number.MAX_SAFE_INTEGER;
    default:
      return undefined;
  }
}

function collectionProducts(ctx: StorefrontContext, collection: CollectionRecord): ProductRecord[] {
  return collection._productHandles
    .map((handle) => ctx.content.productsByHandle.get(handle))
    .filter((p): p is ProductRecord => !!p);
}

function priceRange(ctx: StorefrontContext, cents: number[]) {
  const list = cents.length ? cents : [0];
  return {
    __typename: 'ProductPriceRange',
    minVariantPrice: money(ctx, Math.min(...list)),
    maxVariantPrice: money(ctx, Math.max(...list)),
  };
}

// ---- resolvers ----------------------------------------------------------------------------

type ConnectionArgs = PageArgs & {
  query?: string | null;
  sortKey?: string | null;
  reverse?: boolean | null;
};

export const productResolvers: ResolverMap = {
  QueryRoot: {
    product: (_root, args: {handle?: string | null; id?: string | null}, ctx) => {
      if (args.id) return ctx.content.productsById.get(numericGid(args.id, 'Product') ?? -1) ?? null;
      if (args.handle != null) return ctx.content.productsByHandle.get(args.handle) ?? null;
      return null;
    },
    productByHandle: (_root, args: {handle: string}, ctx) => ctx.content.productsByHandle.get(args.handle) ?? null,
    products: (_root, args: ConnectionArgs, ctx) => {
      const ast = parseSearchQuery(args.query);
      const matched = ctx.content.products.filter((p) => evaluate(ast, p, matchProductTerm));
      return paginate(sortProducts(matched, args.sortKey ?? 'ID', args.reverse, args.query), args, byKey, 'products', {
        sortValue: productSortValue(args.sortKey),
        descending: args.reverse,
      });
    },
    productRecommendations: (
      _root,
      args: {productId?: string | null; productHandle?: string | null; intent?: string | null},
      ctx,
    ) => {
      const product = args.productId
        ? ctx.content.productsById.get(numericGid(args.productId, 'Product') ?? -1)
        : args.productHandle
          ? ctx.content.productsByHandle.get(args.productHandle)
          : undefined;
      if (!product) return null;
      // COMPLEMENTARY: the products the seed lists as bought with this one (`complementary`, in order),
      // as Shopify's Search & Discovery app configures them; none listed → [].
      if (args.intent === 'COMPLEMENTARY') {
        return product._complementary
          .map((handle) => ctx.content.productsByHandle.get(handle))
          .filter((p): p is ProductRecord => !!p && p !== product)
          .slice(0, 10);
      }
      // RELATED (the default): the most similar products, by shared tags plus the same product type.
      const shared = (p: ProductRecord) => p.tags.filter((t) => product.tags.includes(t)).length;
      return ctx.content.products
        .filter((p) => p !== product)
        .map((p) => ({p, score: shared(p) + (p.productType === product.productType ? 1 : 0)}))
        .sort((a, b) => b.score - a.score || a.p.legacyId - b.p.legacyId)
        .slice(0, 10)
        .map((x) => x.p);
    },
    productTags: (_root, args: {first: number}, ctx) => {
      const tags = [...new Set(ctx.content.products.flatMap((p) => p.tags))].sort(compareText);
      return paginate(tags, args, (t) => t, 'productTags');
    },
    productTypes: (_root, args: {first: number}, ctx) => {
      const types = [...new Set(ctx.content.products.map((p) => p.productType).filter(Boolean))].sort(compareText);
      return paginate(types, args, (t) => t, 'productTypes');
    },
    collection: (_root, args: {handle?: string | null; id?: string | null}, ctx) => {
      if (args.id) return ctx.content.collectionsById.get(numericGid(args.id, 'Collection') ?? -1) ?? null;
      if (args.handle != null) return ctx.content.collectionsByHandle.get(args.handle) ?? null;
      return null;
    },
    collectionByHandle: (_root, args: {handle: string}, ctx) =>
      ctx.content.collectionsByHandle.get(args.handle) ?? null,
    collections: (_root, args: ConnectionArgs, ctx) => {
      const ast = parseSearchQuery(args.query);
      const matched = ctx.content.collections.filter((c) =>
        evaluate(ast, c, (item, term) => {
          switch (term.field) {
            case null:
              return textMatches(`${item.title} ${stripHtml(item.descriptionHtml)}`, term);
            case 'title':
              return textMatches(item.title, term);
            case 'handle':
              return textEquals(item.handle, term);
            case 'collection_type':
              return textEquals('custom', term);
            case 'updated_at':
              return compareDate(item.updatedAt, term);
            default:
              return undefined;
          }
        }),
      );
      const compare =
        args.sortKey === 'TITLE'
          ? (a: CollectionRecord, b: CollectionRecord) => compareText(a.title, b.title)
          : args.sortKey === 'UPDATED_AT'
            ? (a: CollectionRecord, b: CollectionRecord) => compareDates(a.updatedAt, b.updatedAt)
            : null;
      return paginate(sortRecords(matched, compare, args.reverse), args, byKey, 'collections');
    },
  },

  Product: {
    description: (p: ProductRecord, args: {truncateAt?: number | null}) =>
      truncate(stripHtml(p.descriptionHtml), args.truncateAt),
    seo: (p: ProductRecord) => ({__typename: 'SEO', ...p._seo}),
    availableForSale: (p: ProductRecord) => p._variants.some((v) => v.availableForSale),
    isGiftCard: () => false,
    requiresSellingPlan: () => false,
    onlineStoreUrl: (p: ProductRecord, _args, ctx) => storefrontUrl(ctx, `/products/${p.handle}`),
    trackingParameters: (item: {_trackingParameters?: string}) => item._trackingParameters ?? null,
    totalInventory: () => null,
    category: () => null,
    options: (p: ProductRecord, args: {first?: number | null}) => optionViews(p, args.first),
    variantsCount: (p: ProductRecord) => ({__typename: 'Count', count: p._variants.length, precision: 'EXACT'}),
    priceRange: (p: ProductRecord, _args, ctx) => priceRange(ctx, p._variants.map((v) => toCents(v._price))),
    compareAtPriceRange: (p: ProductRecord, _args, ctx) =>
      priceRange(ctx, p._variants.map((v) => (v._compareAtPrice ? toCents(v._compareAtPrice) : 0))),
    featuredImage: (p: ProductRecord) => imageObject(p._images[0], 'ProductImage'),
    images: (p: ProductRecord, args: ConnectionArgs) => {
      const images = p._images.map((ref) => imageObject(ref, 'ProductImage')!);
      return paginate(args.reverse ? images.reverse() : images, args, (i) => i.id, 'images');
    },
    media: (p: ProductRecord, args: ConnectionArgs) => {
      const media = p._images.map((ref) => mediaImage(ref)!);
      return paginate(args.reverse ? media.reverse() : media, args, (m) => m.id, 'media');
    },
    variants: (p: ProductRecord, args: ConnectionArgs) => {
      const compare =
        args.sortKey === 'TITLE'
          ? (a: VariantRecord, b: VariantRecord) => compareText(a.title, b.title)
          : args.sortKey === 'SKU'
            ? (a: VariantRecord, b: VariantRecord) => compareText(a.sku ?? '', b.sku ?? '')
            : args.sortKey === 'ID'
              ? (a: VariantRecord, b: VariantRecord) => a.legacyId - b.legacyId
              : (a: VariantRecord, b: VariantRecord) => a.position - b.position;
      return paginate(sortRecords(p._variants, compare, args.reverse), args, byKey, 'variants');
    },
    selectedOrFirstAvailableVariant: (p: ProductRecord, args: VariantMatchArgs) => selectedOrFirstAvailable(p, args),
    variantBySelectedOptions: (p: ProductRecord, args: VariantMatchArgs) => {
      const {matches, complete} = matchVariants(p, args, false);
      return complete ? (matches[0] ?? null) : null;
    },
    adjacentVariants: (p: ProductRecord, args: VariantMatchArgs) => {
      const base = selectedOrFirstAvailable(p, args);
      if (!base) return [];
      return p._variants
        .filter((v) => {
          if (v === base) return false;
          const differing = p._options.filter((o) => v._options[o.name] !== base._options[o.name]);
          return differing.length === 1;
        })
        .sort((a, b) => a.legacyId - b.legacyId);
    },
    encodedVariantExistence: (p: ProductRecord) =>
      encodeOptionValueCombinations(p._variants.map((v) => optionIndexes(p, v))),
    encodedVariantAvailability: (p: ProductRecord) =>
      encodeOptionValueCombinations(p._variants.filter((v) => v.availableForSale).map((v) => optionIndexes(p, v))),
    collections: (p: ProductRecord, args: ConnectionArgs, ctx) => {
      const list = ctx.content.collections.filter((c) => c._productHandles.includes(p.handle));
      return paginate(args.reverse ? [...list].reverse() : list, args, byKey, 'collections');
    },
    sellingPlanGroups: () => emptyConnection(),
  },

  ProductOptionValue: {
    firstSelectableVariant: (v: {_product: ProductRecord; _option: string; name: string}) => {
      const withValue = v._product._variants.filter((x) => x._options[v._option] === v.name);
      return firstAvailable(withValue) ?? withValue[0] ?? null;
    },
  },

  ProductVariant: {
    price: (v: VariantRecord, _args, ctx) => money(ctx, v._price),
    priceV2: (v: VariantRecord, _args, ctx) => money(ctx, v._price),
    compareAtPrice: (v: VariantRecord, _args, ctx) => (v._compareAtPrice ? money(ctx, v._compareAtPrice) : null),
    compareAtPriceV2: (v: VariantRecord, _args, ctx) => (v._compareAtPrice ? money(ctx, v._compareAtPrice) : null),
    unitPrice: () => null,
    unitPriceMeasurement: () => null,
    selectedOptions: (v: VariantRecord) =>
      v._product._options
        .filter((o) => v._options[o.name] != null)
        .map((o) => ({__typename: 'SelectedOption', name: o.name, value: v._options[o.name]!})),
    image: (v: VariantRecord) =>
      imageObject(v._product._images.find((img) => img.file === v._imageFile), 'ProductImage'),
    product: (v: VariantRecord) => v._product,
    currentlyNotInStock: () => false,
    quantityAvailable: () => null,
    barcode: () => null,
    taxable: () => true,
    weight: () => 0,
    weightUnit: () => 'KILOGRAMS',
    requiresComponents: () => false,
    shopPayInstallmentsPricing: () => null,
    quantityRule: () => ({__typename: 'QuantityRule', minimum: 1, maximum: null, increment: 1}),
  },

  Collection: {
    description: (c: CollectionRecord, args: {truncateAt?: number | null}) =>
      truncate(stripHtml(c.descriptionHtml), args.truncateAt),
    image: (c: CollectionRecord) => imageObject(c._image, 'CollectionImage'),
    seo: (c: CollectionRecord) => ({__typename: 'SEO', ...c._seo}),
    onlineStoreUrl: (c: CollectionRecord, _args, ctx) => storefrontUrl(ctx, `/collections/${c.handle}`),
    trackingParameters: (item: {_trackingParameters?: string}) => item._trackingParameters ?? null,
    products: (
      c: CollectionRecord,
      args: ConnectionArgs & {filters?: ProductFilterInput[] | null},
      ctx,
    ) => {
      const base = collectionProducts(ctx, c);
      const filtered = applyProductFilters(base, args.filters);
      const sorted = sortProducts(filtered, args.sortKey ?? 'COLLECTION_DEFAULT', args.reverse, null, true);
      return {
        ...paginate(sorted, args, byKey, 'products', {
          sortValue: productSortValue(args.sortKey),
          descending: args.reverse,
        }),
        filters: productFacets(base, args.filters),
      };
    },
  },

  ProductConnection: {
    filters: (conn: {filters?: unknown[]}) => conn.filters ?? [],
  },
};
