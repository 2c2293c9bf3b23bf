/**
 * The catalog's list loaders: a collection page (with, for /collections/all, every program when the
 * store made no `all` collection) and the collections index. Each reads its page from the URL with
 * Hydrogen's getPaginationVariables and turns a stale cursor into a clean redirect.
 */
import {getPaginationVariables} from '@shopify/hydrogen';
import {redirect, type AppLoadContext} from '@shopify/remix-oxygen';
import {productCountFromFacets} from '~/lib/catalog/collection-count';
import {PAGE_PARAMS, parseCollectionQuery, productsSearchQuery} from '~/lib/catalog/collection-filters';
import {
  COLLECTION_PRODUCTS_QUERY,
  COLLECTIONS_INDEX_QUERY,
  COLLECTIONS_PER_PAGE,
  PRODUCTS_PER_PAGE,
} from '~/lib/catalog/collection-query';
import {sanitizeStoreHtml} from '~/lib/content/store-html.server';
import {canonicalUrl} from '~/lib/seo/page-meta';

type Errors = Array<{message: string}> | undefined;

export async function loadCollectionPage({
  request,
  context,
  handle,
  withAllProducts = false,
}: {
  request: Request;
  context: AppLoadContext;
  handle: string;
  /** /collections/all: also every program, for a store without an `all` collection. */
  withAllProducts?: boolean;
}) {
  const url = new URL(request.url);
  const state = parseCollectionQuery(url.searchParams);
  const {collection, allProducts, errors} = await context.storefront.query(COLLECTION_PRODUCTS_QUERY, {
    cache: context.cachePolicy.catalog(),
    variables: {
      handle,
      filters: state.filters,
      sortKey: state.sort.collection,
      reverse: state.sort.reverse,
      withAllProducts,
      allProductsSortKey: state.sort.products,
      allProductsQuery: productsSearchQuery(state.filters),
      ...getPaginationVariables(request, {pageBy: PRODUCTS_PER_PAGE}),
    },
  });
  if (errors?.length && !collection && !allProducts) failedList(url, `Collection "${handle}"`, errors);
  // The description is store HTML: cleaned here, once, for both collection routes.
  const cleaned = collection && {...collection, descriptionHtml: sanitizeStoreHtml(collection.descriptionHtml)};
  return {collection: cleaned, allProducts: allProducts ?? null, state, canonical: canonicalUrl(request, PAGE_PARAMS)};
}

/** /collections: a page of collections, each with how many programs it holds (null: unknown). */
export async function loadCollectionsIndex({request, context}: {request: Request; context: AppLoadContext}) {
  const {collections, errors} = await context.storefront.query(COLLECTIONS_INDEX_QUERY, {
    cache: context.cachePolicy.catalog(),
    variables: getPaginationVariables(request, {pageBy: COLLECTIONS_PER_PAGE}),
  });
  if (!collections) failedList(new URL(request.url), 'Collections', errors);
  return {
    canonical: canonicalUrl(request, PAGE_PARAMS),
    collections: {
      pageInfo: collections.pageInfo,
      nodes: collections.nodes.map(({products, ...collection}) => ({
        ...collection,
        count: productCountFromFacets(products.filters),
      })),
    },
  };
}

/**
 * A list that could not be loaded. A cursor from an old or hand-edited link gets the same list from
 * its first page (a redirect, not an error page); anything else is our fault.
 */
function failedList(url: URL, what: string, errors: Errors): never {
  if (url.searchParams.has('cursor')) throw redirect(withoutPageParams(url));
  throw new Error(`${what} could not be loaded: ${(errors ?? []).map((e) => e.message).join('; ')}`);
}

function withoutPageParams(url: URL): string {
  const params = new URLSearchParams(url.search);
  for (const name of PAGE_PARAMS) params.delete(name);
  const search = params.toString();
  return `${url.pathname}${search ? `?${search}` : ''}`;
}
