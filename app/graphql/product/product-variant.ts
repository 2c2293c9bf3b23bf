/** One variant on the program page: what the price, options, gallery, cart line and JSON-LD need. */
export const PRODUCT_PAGE_VARIANT_FRAGMENT = `#graphql
  fragment ProductPageVariant on ProductVariant {
    availableForSale
    compareAtPrice {
      amount
      currencyCode
    }
    id
    image {
      __typename
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
      title
      handle
      vendor
    }
    selectedOptions {
      name
      value
    }
    sku
    title
    requiresShipping
  }
` as const;
