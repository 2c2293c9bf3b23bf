/**
 * A cart made only to go straight to checkout (Buy now, cart permalinks). It is never stored in
 * the shopper's cart cookie, so their own cart stays as it was.
 */
export const CHECKOUT_CART_CREATE_MUTATION = `#graphql
  mutation CheckoutCartCreate(
    $input: CartInput!
    $country: CountryCode
    $language: LanguageCode
  ) @inContext(country: $country, language: $language) {
    cartCreate(input: $input) {
      cart {
        id
        checkoutUrl
        totalQuantity
      }
      userErrors {
        code
        field
        message
      }
      warnings {
        code
        message
      }
    }
  }
` as const;
