import {SHOP_IDENTITY_FRAGMENT} from '~/graphql/shop/shop-fragment';

const MENU_FRAGMENT = `#graphql
  fragment LayoutMenuItem on MenuItem {
    id
    resourceId
    tags
    title
    type
    url
  }
  fragment LayoutParentMenuItem on MenuItem {
    ...LayoutMenuItem
    items {
      ...LayoutMenuItem
    }
  }
  fragment LayoutMenu on Menu {
    id
    items {
      ...LayoutParentMenuItem
    }
  }
` as const;

/** Critical for every page: the shop's name and the main menu. */
export const HEADER_QUERY = `#graphql
  query LayoutHeader($headerMenuHandle: String!, $country: CountryCode, $language: LanguageCode)
    @inContext(country: $country, language: $language) {
    shop {
      ...ShopIdentity
    }
    menu(handle: $headerMenuHandle) {
      ...LayoutMenu
    }
  }
  ${MENU_FRAGMENT}
  ${SHOP_IDENTITY_FRAGMENT}
` as const;

/** Below the fold on every page: streamed after the header. */
export const FOOTER_QUERY = `#graphql
  query LayoutFooter($footerMenuHandle: String!, $country: CountryCode, $language: LanguageCode)
    @inContext(country: $country, language: $language) {
    menu(handle: $footerMenuHandle) {
      ...LayoutMenu
    }
    shop {
      privacyPolicy { handle title }
      refundPolicy { handle title }
      shippingPolicy { handle title }
      termsOfService { handle title }
    }
  }
  ${MENU_FRAGMENT}
` as const;
