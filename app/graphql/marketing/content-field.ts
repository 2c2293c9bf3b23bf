/**
 * One field of a marketing metaobject (promo banner, home page), read generically: key, type, raw
 * value, and what a reference field points to (a link target's handle, or an image). A field
 * marketing adds later is simply ignored. Documents that spread it also interpolate IMAGE_FRAGMENT.
 */
export const CONTENT_FIELD_FRAGMENT = `#graphql
  fragment ContentField on MetaobjectField {
    key
    type
    value
    reference {
      __typename
      ... on Product {
        handle
      }
      ... on Collection {
        handle
      }
      ... on Page {
        handle
      }
      ... on MediaImage {
        image {
          ...Image
        }
      }
    }
  }
` as const;
