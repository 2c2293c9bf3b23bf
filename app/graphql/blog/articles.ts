import {ARTICLE_CARD_FRAGMENT, ARTICLE_TEASER_FRAGMENT} from '~/graphql/blog/article-card';
import {BLOG_SHELL_FRAGMENT} from '~/graphql/blog/blog-shell';
import {SEO_FRAGMENT} from '~/graphql/seo/seo-fragment';
import {IMAGE_FRAGMENT} from '~/graphql/shop/image-fragment';
import {PAGE_INFO_FRAGMENT} from '~/graphql/shop/page-info-fragment';

/**
 * One page of a blog's articles, newest first: the blog page, its tag pages (filtered with a
 * Storefront search query, `tag:recovery`) and its Atom feed, which adds each article's body
 * (`$withBody`). Pagination variables come from Hydrogen's getPaginationVariables.
 */
export const BLOG_ARTICLES_QUERY = `#graphql
  query BlogArticles(
    $blogHandle: String!
    $query: String
    $first: Int
    $last: Int
    $startCursor: String
    $endCursor: String
    $withBody: Boolean!
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
          contentHtml @include(if: $withBody)
        }
        pageInfo {
          ...PageCursors
        }
      }
    }
  }
  ${BLOG_SHELL_FRAGMENT}
  ${ARTICLE_CARD_FRAGMENT}
  ${ARTICLE_TEASER_FRAGMENT}
  ${PAGE_INFO_FRAGMENT}
  ${IMAGE_FRAGMENT}
  ${SEO_FRAGMENT}
` as const;
