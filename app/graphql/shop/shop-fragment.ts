/**
 * Who the shop is, as every page's header and the home page's structured data read it: its name,
 * description and primary domain (whose host counts as our own in links).
 */
export const SHOP_IDENTITY_FRAGMENT = `#graphql
  fragment ShopIdentity on Shop {
    id
    name
    description
    primaryDomain {
      url
    }
  }
` as const;
