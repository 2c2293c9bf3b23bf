/**
 * A variant as a cart line shows it. The cart's own lines, the quick adds and the program page
 * all select it, so an optimistic line (added before the server answers) has every field the
 * real one will have.
 */
export const CART_LINE_VARIANT_FRAGMENT = `#graphql
  fragment CartLineVariant on ProductVariant {
    id
    title
    availableForSale
    requiresShipping
    image {
      ...Image
    }
    price {
      ...Money
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
