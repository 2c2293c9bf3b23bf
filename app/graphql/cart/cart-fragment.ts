import {CART_LINE_VARIANT_FRAGMENT} from '~/graphql/cart/cart-line-variant';

/**
 * The cart shape the whole app reads: the header count, the cart page and the
 * cart mutations all return it, so an update re-renders everything from one result.
 */
export const CART_QUERY_FRAGMENT = `#graphql
  fragment CartMoney on MoneyV2 {
    amount
    currencyCode
  }
  fragment CartLine on CartLine {
    id
    quantity
    attributes {
      key
      value
    }
    cost {
      totalAmount {
        ...CartMoney
      }
      amountPerQuantity {
        ...CartMoney
      }
      compareAtAmountPerQuantity {
        ...CartMoney
      }
    }
    merchandise {
      ... on ProductVariant {
        ...CartLineVariant
      }
    }
  }
  fragment CartApiQuery on Cart {
    updatedAt
    id
    checkoutUrl
    totalQuantity
    buyerIdentity {
      countryCode
      email
    }
    lines(first: $numCartLines) {
      nodes {
        ...CartLine
      }
    }
    cost {
      subtotalAmount {
        ...CartMoney
      }
      totalAmount {
        ...CartMoney
      }
    }
    note
    attributes {
      key
      value
    }
    discountCodes {
      code
      applicable
    }
    appliedGiftCards {
      id
      lastCharacters
      amountUsed {
        ...CartMoney
      }
      balance {
        ...CartMoney
      }
    }
  }
  ${CART_LINE_VARIANT_FRAGMENT}
` as const;
