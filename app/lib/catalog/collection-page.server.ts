/**
 * The loader work both collection routes share: read sort and filters from the URL, fetch one page
 * of programs with the facets for that selection, and turn a stale cursor into a clean redirect.
 */
import {getPaginationVariables} from '@shopify/hydrogen';
import {redirect, type AppLoadContext} from '@shopify/remix-oxygen';
import {PAGE_PARAMS, parseCollectionQuery, type CollectionQueryState} from '~/lib/catalog/collection-filters';
import {COLLECTION_PRODUCTS_QUERY, PRODUCTS_PER_PAGE} from '~/lib/catalog/collection-query';
import {sanitizeStoreHtml} from '~/lib/content/store-html.server';
import {canonicalUrl} from '~/lib/seo/page-meta';

export async function loadCollectionPage({
  request,
  context,
  handle,
}: {
  request: Request;
  context: AppLoadContext;
  handle: string;
}) {
  const url = new URL(request.url);
  const state = parseCollectionQuery(url.searchParams);
  const {collection, errors} = await context.storefront.query(COLLECTION_PRODUCTS_QUERY, {
    cache: context.cachePolicy.catalog(),
    variables: {
      handle,
      filters: state.filters,
      sortKey: state.sort.collection,
      reverse: state.sort.reverse,
      ...getPaginationVariables(request, {pageBy: PRODUCTS_PER_PAGE}),
    },
  });
  if (errors?.length && !collection) {
    // A cursor from an old or hand-edited link: the same list from its first page, not an error page.
    if (url.searchParams.has('cursor')) throw redirect(withoutPageParams(url));
    throw new Error(`Collection "${handle}" could not be loaded: ${errors.map((e) => e.message).join('; ')}`);
  }
  // The description is store HTML: cleaned here, once, for both collection routes.
  const cleaned = collection && {...collection, descriptionHtml: sanitizeStoreHtml(collection.descriptionHtml)};
  return {collection: cleaned, state, canonical: canonicalUrl(request, PAGE_PARAMS)};
}

export type CollectionPageState = CollectionQueryState;

function withoutPageParams(url: URL): string {
  const params = new URLSearchParams(url.search);
  for (const name of PAGE_PARAMS) params.delete(name);
  const search = params.toString();
  return `${url.pathname}${search ? `?${search}` : ''}`;
}
