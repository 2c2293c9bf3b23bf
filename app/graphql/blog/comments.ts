/**
 * Approved comments of one article. The Storefront API only ever returns published comments; the
 * author's email is never queried, so it can't reach the page.
 */
export const COMMENTS_PER_PAGE = 5;

export const COMMENT_PAGE_FRAGMENT = `#graphql
  fragment BlogCommentPage on CommentConnection {
    nodes {
      id
      content
      author {
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
` as const;

/** One page of comments after a cursor: the no-JS "Show more comments" link and the comments resource route. */
export const ARTICLE_COMMENTS_QUERY = `#graphql
  query BlogArticleComments(
    $blogHandle: String!
    $articleHandle: String!
    $first: Int!
    $after: String
    $country: CountryCode
    $language: LanguageCode
  ) @inContext(country: $country, language: $language) {
    blog(handle: $blogHandle) {
      articleByHandle(handle: $articleHandle) {
        id
        comments(first: $first, after: $after) {
          ...BlogCommentPage
        }
      }
    }
  }
  ${COMMENT_PAGE_FRAGMENT}
` as const;
