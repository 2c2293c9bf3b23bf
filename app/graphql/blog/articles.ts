import {ARTICLE_CARD_FRAGMENT, ARTICLE_TEASER_FRAGMENT} from '~/graphql/blog/article-card';
import {BLOG_SHELL_FRAGMENT} from '~/graphql/blog/blog-shell';
import {SEO_FRAGMENT} from '~/graphql/seo/seo-fragment';
import {IMAGE_FRAGMENT} from '~/graphql/shop/image-fragment';

/**
 * One page of a blog's articles, newest first, optionally filtered with a Storefront search query
 * (`tag:recovery` on the tag page). Pagination variables come from Hydrogen's getPaginationVariables.
 */
export const BLOG_ARTICLES_QUERY = `#graphql
  query BlogArticles(
    $blogHandle: String!
    $query: String
    $first: Int
    $last: Int
    $startCursor: String
    $endCursor: String
    $country: CountryCode
    $language: LanguageCode
  ) @inContext(country: $country, language: $language) {
    ...BlogShell
    blog(handle: $blogHandle) {
      seo {
        ...Seo
      }
      articles(
        query: $query
        first: $first
        last: $last
        before: $startCursor
        after: $endCursor
        sortKey: PUBLISHED_AT
        reverse: true
      ) {
        nodes {
          ...BlogArticleCard
        }
        pageInfo {
          hasPreviousPage
          hasNextPage
          startCursor
          endCursor
        }
      }
    }
  }
  ${BLOG_SHELL_FRAGMENT}
  ${ARTICLE_CARD_FRAGMENT}
  ${ARTICLE_TEASER_FRAGMENT}
  ${IMAGE_FRAGMENT}
  ${SEO_FRAGMENT}
` as const;
