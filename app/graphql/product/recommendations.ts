import {CART_LINE_VARIANT_FRAGMENT} from '~/graphql/cart/cart-line-variant';
import {PRODUCT_CARD_FRAGMENT} from '~/graphql/product/product-card-fragment';
import {IMAGE_FRAGMENT} from '~/graphql/shop/image-fragment';
import {MONEY_FRAGMENT} from '~/graphql/shop/money-fragment';

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
      ...CartLineVariant
    }
  }
  ${PRODUCT_CARD_FRAGMENT}
  ${CART_LINE_VARIANT_FRAGMENT}
  ${IMAGE_FRAGMENT}
  ${MONEY_FRAGMENT}
` as const;
