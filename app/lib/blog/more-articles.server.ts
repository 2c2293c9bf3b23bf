import {IMAGE_FRAGMENT} from '~/graphql/shop/image-fragment';
import {findNeighbours, rankRelated, type ArticleTeaser} from '~/lib/blog/blog';
import type {AppLoadContext} from '~/lib/shop/context.server';
import {ARTICLE_TEASER_FRAGMENT} from '~/graphql/blog/article-card';

type Context = Pick<AppLoadContext, 'storefront' | 'cachePolicy'>;

/** How far back previous/next and related articles look (one Storefront page). */
const NEIGHBOUR_WINDOW = 250;

export interface MoreArticles {
  previous: ArticleTeaser | null;
  next: ArticleTeaser | null;
  related: ArticleTeaser[];
}

/**
 * Below an article: previous/next and related articles, from one light listing of its blog.
 * Streamed; a failure only hides those sections.
 */
export async function loadMoreArticles(
  context: Context,
  blogHandle: string,
  article: {handle: string; tags: string[]},
): Promise<MoreArticles> {
  try {
    const {blog} = await context.storefront.query(ARTICLE_NEIGHBOURS_QUERY, {
      cache: context.cachePolicy.content(),
      variables: {blogHandle, first: NEIGHBOUR_WINDOW},
    });
    const entries: ArticleTeaser[] = (blog?.articles.nodes ?? []).map((entry) => ({
      ...entry,
      blogHandle,
      image: entry.image ?? null,
    }));
    return {...findNeighbours(entries, article.handle), related: rankRelated(entries, article)};
  } catch (error) {
    console.error(error);
    return {previous: null, next: null, related: []};
  }
}

const ARTICLE_NEIGHBOURS_QUERY = `#graphql
  query BlogArticleNeighbours(
    $blogHandle: String!
    $first: Int!
    $country: CountryCode
    $language: LanguageCode
  ) @inContext(country: $country, language: $language) {
    blog(handle: $blogHandle) {
      articles(first: $first, sortKey: PUBLISHED_AT, reverse: true) {
        nodes {
          ...BlogArticleTeaser
        }
      }
    }
  }
  ${ARTICLE_TEASER_FRAGMENT}
  ${IMAGE_FRAGMENT}
` as const;
