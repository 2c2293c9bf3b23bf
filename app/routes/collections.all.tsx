import {useLoaderData, type MetaFunction} from '@remix-run/react';
import {getPaginationVariables} from '@shopify/hydrogen';
import {redirect, type LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {CollectionHeader} from '~/components/collection/CollectionHeader';
import {CollectionProducts} from '~/components/collection/CollectionProducts';
import {collectionCopy as copy} from '~/components/collection/copy';
import {PAGE_PARAMS, parseCollectionQuery, productsSearchQuery} from '~/lib/catalog/collection-filters';
import {loadCollectionPage} from '~/lib/catalog/collection-page.server';
import {PRODUCTS_PER_PAGE} from '~/lib/catalog/collection-query';
import {PRODUCT_CARD_FRAGMENT} from '~/graphql/product/product-card-fragment';
import {buildMeta} from '~/lib/seo/page-meta';
import {IMAGE_FRAGMENT} from '~/graphql/shop/image-fragment';
import {MONEY_FRAGMENT} from '~/graphql/shop/money-fragment';

export const meta: MetaFunction<typeof loader> = ({data}) =>
  buildMeta({title: copy.allTitle, description: copy.allDescription, canonical: data?.canonical});

/**
 * Every program. A store that made an `all` collection (Shopify has no automatic one in the Storefront
 * API) gets its facets and merchandised order; otherwise the `products` root lists everything, sorted,
 * with the URL's filters applied through search syntax. Both are asked at once so neither case waits
 * for the other.
 */
export async function loader({request, context}: LoaderFunctionArgs) {
  const state = parseCollectionQuery(new URL(request.url).searchParams);
  const [fromCollection, root] = await Promise.all([
    loadCollectionPage({request, context, handle: 'all'}),
    context.storefront.query(ALL_PRODUCTS_QUERY, {
      cache: context.cachePolicy.catalog(),
      variables: {
        sortKey: state.sort.products,
        reverse: state.sort.reverse,
        query: productsSearchQuery(state.filters),
        ...getPaginationVariables(request, {pageBy: PRODUCTS_PER_PAGE}),
      },
    }),
  ]);
  const {collection, canonical} = fromCollection;
  if (collection) {
    const header = {title: collection.title, descriptionHtml: collection.descriptionHtml, image: collection.image};
    return {canonical, state, header, products: collection.products, facets: collection.products.filters};
  }
  if (!root.products) {
    const url = new URL(request.url);
    if (url.searchParams.has('cursor')) {
      for (const name of PAGE_PARAMS) url.searchParams.delete(name);
      throw redirect(`${url.pathname}${url.search}`);
    }
    throw new Error(`All products could not be loaded: ${root.errors?.map((e) => e.message).join('; ')}`);
  }
  return {canonical, state, header: null, products: root.products, facets: []};
}

export default function AllProductsPage() {
  const {header, products, facets, state} = useLoaderData<typeof loader>();
  return (
    <div>
      {header ? <CollectionHeader {...header} /> : <CollectionHeader title={copy.allTitle} lead={copy.allLead} />}
      <div className="container-page py-8 md:py-12">
        <CollectionProducts products={products} facets={facets} state={state} />
      </div>
    </div>
  );
}

const ALL_PRODUCTS_QUERY = `#graphql
  query AllProducts(
    $sortKey: ProductSortKeys
    $reverse: Boolean
    $query: String
    $country: CountryCode
    $language: LanguageCode
    $first: Int
    $last: Int
    $startCursor: String
    $endCursor: String
  ) @inContext(country: $country, language: $language) {
    products(
      first: $first
      last: $last
      before: $startCursor
      after: $endCursor
      sortKey: $sortKey
      reverse: $reverse
      query: $query
    ) {
      nodes {
        ...ProductCard
      }
      pageInfo {
        hasPreviousPage
        hasNextPage
        startCursor
        endCursor
      }
    }
  }
  ${PRODUCT_CARD_FRAGMENT}
  ${IMAGE_FRAGMENT}
  ${MONEY_FRAGMENT}
` as const;
