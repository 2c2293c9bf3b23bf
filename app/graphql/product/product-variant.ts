import {CART_LINE_VARIANT_FRAGMENT} from '~/graphql/cart/cart-line-variant';

/** One variant on the program page: what the price, options, gallery, cart line and JSON-LD need. */
export const PRODUCT_PAGE_VARIANT_FRAGMENT = `#graphql
  fragment ProductPageVariant on ProductVariant {
    ...CartLineVariant
    compareAtPrice {
      amount
      currencyCode
    }
    image {
      __typename
    }
    sku
  }
  ${CART_LINE_VARIANT_FRAGMENT}
` as const;
