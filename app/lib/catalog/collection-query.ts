import {PRODUCT_CARD_FRAGMENT} from '~/graphql/product/product-card-fragment';
import {IMAGE_FRAGMENT} from '~/graphql/shop/image-fragment';
import {MONEY_FRAGMENT} from '~/graphql/shop/money-fragment';
import {SEO_FRAGMENT} from '~/graphql/seo/seo-fragment';

/** Programs per page on collection pages: the store sells a handful, so pages stay short. */
export const PRODUCTS_PER_PAGE = 4;

/**
 * The facets Shopify computes for a product list (Search & Discovery filters), with counts and the
 * `input` JSON each value stands for. Shared by collection pages and the collections index.
 */
export const PRODUCT_FILTERS_FRAGMENT = `#graphql
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

/** One page of a collection's programs, sorted and filtered, with the facets for that selection. */
export const COLLECTION_PRODUCTS_QUERY = `#graphql
  query CollectionProducts(
    $handle: String!
    $filters: [ProductFilter!]
    $sortKey: ProductCollectionSortKeys
    $reverse: Boolean
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
  }
  ${PRODUCT_CARD_FRAGMENT}
  ${PRODUCT_FILTERS_FRAGMENT}
  ${IMAGE_FRAGMENT}
  ${MONEY_FRAGMENT}
  ${SEO_FRAGMENT}
` as const;
