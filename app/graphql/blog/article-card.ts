/**
 * What an article card shows (blog page, tag page, the home journal). `content` is only read on
 * the server, for the reading time and a missing excerpt; the card model drops it. Documents that
 * spread it also interpolate ARTICLE_TEASER_FRAGMENT and IMAGE_FRAGMENT.
 */
export const ARTICLE_CARD_FRAGMENT = `#graphql
  fragment BlogArticleCard on Article {
    ...BlogArticleTeaser
    excerpt
    content
    authorV2 {
      name
    }
  }
` as const;

/**
 * The least an article listing needs: previous/next and related articles, the Atom feed entries,
 * and every card (through BlogArticleCard). Documents that spread it also interpolate
 * IMAGE_FRAGMENT.
 */
export const ARTICLE_TEASER_FRAGMENT = `#graphql
  fragment BlogArticleTeaser on Article {
    id
    handle
    title
    publishedAt
    tags
    image {
      ...Image
    }
  }
` as const;
