import {PRODUCT_CARD_FRAGMENT} from '~/graphql/product/product-card-fragment';
import {IMAGE_FRAGMENT} from '~/graphql/shop/image-fragment';
import {MONEY_FRAGMENT} from '~/graphql/shop/money-fragment';
import {PAGE_INFO_FRAGMENT} from '~/graphql/shop/page-info-fragment';
import {SEO_FRAGMENT} from '~/graphql/seo/seo-fragment';

/** Programs per page on collection pages: the store sells a handful, so pages stay short. */
export const PRODUCTS_PER_PAGE = 4;

/** Collections per page on /collections. */
export const COLLECTIONS_PER_PAGE = 12;

/**
 * The facets Shopify computes for a product list (Search & Discovery filters), with counts and the
 * `input` JSON each value stands for.
 */
const PRODUCT_FILTERS_FRAGMENT = `#graphql
  fragment ProductFacet on Filter {
    id
    label
    type
    values {
      id
      label
      count
      input
    }
  }
` as const;

/** One page of program cards with its cursors (a collection's programs, or every program). */
const PRODUCT_CARD_PAGE_FRAGMENT = `#graphql
  fragment ProductCardPage on ProductConnection {
    nodes {
      ...ProductCard
    }
    pageInfo {
      ...PageCursors
    }
  }
` as const;

/**
 * One page of a collection's programs, sorted and filtered, with the facets for that selection.
 * /collections/all also asks, in the same request, for every program through the `products` root
 * (sorted, filtered with search syntax), for a store that made no `all` collection: Shopify has no
 * automatic one in the Storefront API.
 */
export const COLLECTION_PRODUCTS_QUERY = `#graphql
  query CollectionProducts(
    $handle: String!
    $filters: [ProductFilter!]
    $sortKey: ProductCollectionSortKeys
    $reverse: Boolean
    $withAllProducts: Boolean!
    $allProductsSortKey: ProductSortKeys
    $allProductsQuery: String
    $country: CountryCode
    $language: LanguageCode
    $first: Int
    $last: Int
    $startCursor: String
    $endCursor: String
  ) @inContext(country: $country, language: $language) {
    collection(handle: $handle) {
      id
      handle
      title
      description
      descriptionHtml
      image {
        ...Image
      }
      seo {
        ...Seo
      }
      products(
        first: $first
        last: $last
        before: $startCursor
        after: $endCursor
        filters: $filters
        sortKey: $sortKey
        reverse: $reverse
      ) {
        filters {
          ...ProductFacet
        }
        ...ProductCardPage
      }
    }
    allProducts: products(
      first: $first
      last: $last
      before: $startCursor
      after: $endCursor
      sortKey: $allProductsSortKey
      reverse: $reverse
      query: $allProductsQuery
    ) @include(if: $withAllProducts) {
      ...ProductCardPage
    }
  }
  ${PRODUCT_CARD_PAGE_FRAGMENT}
  ${PRODUCT_CARD_FRAGMENT}
  ${PRODUCT_FILTERS_FRAGMENT}
  ${PAGE_INFO_FRAGMENT}
  ${IMAGE_FRAGMENT}
  ${MONEY_FRAGMENT}
  ${SEO_FRAGMENT}
` as const;

/**
 * /collections: one page of collections by title, each with its facets on a one-program page, so
 * the card can say how many programs it holds (see productCountFromFacets).
 */
export const COLLECTIONS_INDEX_QUERY = `#graphql
  query CollectionsIndex(
    $country: CountryCode
    $language: LanguageCode
    $first: Int
    $last: Int
    $startCursor: String
    $endCursor: String
  ) @inContext(country: $country, language: $language) {
    collections(first: $first, last: $last, before: $startCursor, after: $endCursor, sortKey: TITLE) {
      nodes {
        id
        handle
        title
        description(truncateAt: 160)
        image {
          ...Image
        }
        products(first: 1) {
          filters {
            id
            values {
              count
            }
          }
        }
      }
      pageInfo {
        ...PageCursors
      }
    }
  }
  ${PAGE_INFO_FRAGMENT}
  ${IMAGE_FRAGMENT}
` as const;
