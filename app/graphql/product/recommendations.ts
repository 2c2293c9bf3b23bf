import {PRODUCT_CARD_FRAGMENT} from '~/graphql/product/product-card-fragment';

/**
 * A variant in the shape the optimistic cart needs for a line (the cart fragment's merchandise),
 * so a quick add shows in the cart before the server answers.
 */
export const QUICK_ADD_VARIANT_FRAGMENT = `#graphql
  fragment QuickAddVariant on ProductVariant {
    id
    title
    availableForSale
    requiresShipping
    image {
      id
      url
      altText
      width
      height
    }
    price {
      amount
      currencyCode
    }
    product {
      id
      handle
      title
      vendor
    }
    selectedOptions {
      name
      value
    }
  }
` as const;

/** Both intents in one round trip: complementary first, related when the store has none. */
export const RECOMMENDATIONS_QUERY = `#graphql
  query ProductRecommendations(
    $productId: ID!
    $country: CountryCode
    $language: LanguageCode
  ) @inContext(country: $country, language: $language) {
    complementary: productRecommendations(productId: $productId, intent: COMPLEMENTARY) {
      ...RecommendedProduct
    }
    related: productRecommendations(productId: $productId, intent: RELATED) {
      ...RecommendedProduct
    }
  }
  fragment RecommendedProduct on Product {
    ...ProductCard
    selectedOrFirstAvailableVariant {
      ...QuickAddVariant
    }
  }
  ${PRODUCT_CARD_FRAGMENT}
  ${QUICK_ADD_VARIANT_FRAGMENT}
` as const;
