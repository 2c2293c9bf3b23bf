import {CART_LINE_VARIANT_FRAGMENT} from '~/graphql/cart/cart-line-variant';
import {IMAGE_FRAGMENT} from '~/graphql/shop/image-fragment';
import {MONEY_FRAGMENT} from '~/graphql/shop/money-fragment';

/**
 * The cart shape the whole app reads: the header count, the cart page and the
 * cart mutations all return it, so an update re-renders everything from one result. Hydrogen's
 * cart handler sends it inside its own documents, so it carries the Image and Money leaves.
 */
export const CART_QUERY_FRAGMENT = `#graphql
  fragment CartLine on CartLine {
    id
    quantity
    attributes {
      key
      value
    }
    cost {
      totalAmount {
        ...Money
      }
      amountPerQuantity {
        ...Money
      }
      compareAtAmountPerQuantity {
        ...Money
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
        ...Money
      }
      totalAmount {
        ...Money
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
        ...Money
      }
      balance {
        ...Money
      }
    }
  }
  ${CART_LINE_VARIANT_FRAGMENT}
  ${IMAGE_FRAGMENT}
  ${MONEY_FRAGMENT}
` as const;
