import {PRODUCT_CARD_FRAGMENT} from '~/graphql/product/product-card-fragment';
import {IMAGE_FRAGMENT} from '~/graphql/shop/image-fragment';
import {MONEY_FRAGMENT} from '~/graphql/shop/money-fragment';

/**
 * The products behind an article's inline product cards, in one request. GraphQL has no dynamic
 * aliases, so there are four fixed ones; `$w1`…`$w3` leave out those not needed
 * (see inlineProductVariables in app/lib/marketing/inline-products.ts).
 */
export const INLINE_PRODUCT_FRAGMENT = `#graphql
  fragment InlineProduct on Product {
    ...ProductCard
    description(truncateAt: 140)
  }
  ${PRODUCT_CARD_FRAGMENT}
` as const;

export const INLINE_PRODUCTS_QUERY = `#graphql
  query InlineProducts(
    $h0: String!
    $h1: String!
    $h2: String!
    $h3: String!
    $w1: Boolean!
    $w2: Boolean!
    $w3: Boolean!
    $country: CountryCode
    $language: LanguageCode
  ) @inContext(country: $country, language: $language) {
    p0: product(handle: $h0) {
      ...InlineProduct
    }
    p1: product(handle: $h1) @include(if: $w1) {
      ...InlineProduct
    }
    p2: product(handle: $h2) @include(if: $w2) {
      ...InlineProduct
    }
    p3: product(handle: $h3) @include(if: $w3) {
      ...InlineProduct
    }
  }
  ${INLINE_PRODUCT_FRAGMENT}
  ${IMAGE_FRAGMENT}
  ${MONEY_FRAGMENT}
` as const;
