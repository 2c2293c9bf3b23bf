/**
 * What Hydrogen's <Image> needs (and what responsive-image and SEO media read): one selection for
 * every image the storefront shows. Image and Money are leaves: the card fragments spread them
 * without interpolating them, and each document interpolates every leaf it uses exactly once
 * (GraphQL refuses a fragment defined twice), so two card fragments can share one Image.
 */
export const IMAGE_FRAGMENT = `#graphql
  fragment Image on Image {
    id
    url
    altText
    width
    height
  }
` as const;
