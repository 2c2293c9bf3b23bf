/**
 * What an article card shows (blog page, tag page): shared by the list queries of both routes.
 * `content` is only read on the server, for the reading time; the card model drops it.
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
      id
      url
      altText
      width
      height
    }
    authorV2 {
      name
    }
  }
` as const;
