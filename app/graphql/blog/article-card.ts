/**
 * What an article card shows (blog page, tag page, the home journal). `content` is only read on
 * the server, for the reading time and a missing excerpt; the card model drops it. Documents that
 * spread it also interpolate IMAGE_FRAGMENT.
 */
export const ARTICLE_CARD_FRAGMENT = `#graphql
  fragment BlogArticleCard on Article {
    id
    handle
    title
    publishedAt
    tags
    excerpt
    content
    image {
      ...Image
    }
    authorV2 {
      name
    }
  }
` as const;
