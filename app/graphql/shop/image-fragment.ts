/**
 * What Hydrogen's <Image> needs (and what responsive-image and SEO media read): one selection for
 * every image the storefront shows. Fragments here never interpolate other fragments: a document
 * interpolates each fragment it spreads exactly once, so two card fragments can share this one.
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
