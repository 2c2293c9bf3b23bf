/**
 * Removes one applied gift card by its id. The 2025-04 API has this mutation but Hydrogen's cart
 * handler does not wrap it, and only the card's last characters ever come back, so removing by
 * sending the remaining codes is not possible.
 */
export const GIFT_CARD_REMOVE_MUTATION = `#graphql
  mutation CartGiftCardRemove(
    $cartId: ID!
    $appliedGiftCardIds: [ID!]!
    $country: CountryCode
    $language: LanguageCode
  ) @inContext(country: $country, language: $language) {
    cartGiftCardCodesRemove(cartId: $cartId, appliedGiftCardIds: $appliedGiftCardIds) {
      cart {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
` as const;
