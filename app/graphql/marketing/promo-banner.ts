import {CONTENT_FIELD_FRAGMENT} from '~/graphql/marketing/content-field';
import {IMAGE_FRAGMENT} from '~/graphql/shop/image-fragment';

/**
 * Promo banners are `promo_banner` metaobjects edited in Shopify admin. Every field is read
 * through `fields` (ContentField), so a field marketing adds later is simply ignored, and one that
 * is left empty falls back in app/lib/marketing/promo-banner.ts. Documents that spread it also
 * interpolate CONTENT_FIELD_FRAGMENT and IMAGE_FRAGMENT.
 */
export const PROMO_BANNER_FRAGMENT = `#graphql
  fragment PromoBanner on Metaobject {
    id
    handle
    updatedAt
    fields {
      ...ContentField
    }
  }
` as const;

/**
 * Every published banner (drafts never reach the Storefront API). Placement and schedule are
 * filtered on the server with the request time: the API has no date filter on metaobjects.
 */
export const PROMO_BANNERS_QUERY = `#graphql
  query PromoBanners($country: CountryCode, $language: LanguageCode)
    @inContext(country: $country, language: $language) {
    promoBanners: metaobjects(type: "promo_banner", first: 50) {
      nodes {
        ...PromoBanner
      }
    }
  }
  ${PROMO_BANNER_FRAGMENT}
  ${CONTENT_FIELD_FRAGMENT}
  ${IMAGE_FRAGMENT}
` as const;

/**
 * The promo above an article: the article's own `custom.promo_banner` and the blog's
 * `custom.default_promo_banner` (see loadArticlePromo).
 */
export const ARTICLE_PROMO_QUERY = `#graphql
  query ArticlePromo(
    $blogHandle: String!
    $articleHandle: String!
    $country: CountryCode
    $language: LanguageCode
  ) @inContext(country: $country, language: $language) {
    shop {
      primaryDomain {
        url
      }
    }
    inlineBanners: metaobjects(type: "promo_banner", first: 50) {
      nodes {
        ...PromoBanner
      }
    }
    blog(handle: $blogHandle) {
      promo: metafield(namespace: "custom", key: "default_promo_banner") {
        reference {
          ... on Metaobject {
            ...PromoBanner
          }
        }
      }
      articleByHandle(handle: $articleHandle) {
        promo: metafield(namespace: "custom", key: "promo_banner") {
          reference {
            ... on Metaobject {
              ...PromoBanner
            }
          }
        }
      }
    }
  }
  ${PROMO_BANNER_FRAGMENT}
  ${CONTENT_FIELD_FRAGMENT}
  ${IMAGE_FRAGMENT}
` as const;
