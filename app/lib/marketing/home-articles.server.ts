import type {BlogArticleCardFragment} from 'storefrontapi.generated';
import {ARTICLE_CARD_FRAGMENT, ARTICLE_TEASER_FRAGMENT} from '~/graphql/blog/article-card';
import {IMAGE_FRAGMENT} from '~/graphql/shop/image-fragment';
import {toArticleCard, type ArticleCardData} from '~/lib/blog/blog';
import type {AppLoadContext} from '~/lib/shop/context.server';

type Context = Pick<AppLoadContext, 'storefront' | 'cachePolicy'>;

/** The journal the home page features. */
const BLOG_HANDLE = 'news';
const ARTICLES_SHOWN = 3;

export interface HomeJournal {
  /** True when marketing picked at least one of the articles. */
  featured: boolean;
  articles: ArticleCardData[];
}

/**
 * The home page's journal cards: marketing's picks (up to three handles, in order) first, then the
 * latest articles to fill in. One query; null when the blog is gone or the query fails.
 */
export async function loadHomeJournal(context: Context, handles: string[]): Promise<HomeJournal | null> {
  const [h0, h1, h2] = handles;
  const {blog} = await context.storefront.query(HOME_ARTICLES_QUERY, {
    cache: context.cachePolicy.content(),
    variables: {
      blogHandle: BLOG_HANDLE,
      h0: h0 ?? '',
      h1: h1 ?? '',
      h2: h2 ?? '',
      w0: Boolean(h0),
      w1: Boolean(h1),
      w2: Boolean(h2),
    },
  });
  if (!blog) return null;
  const picks = [blog.a0, blog.a1, blog.a2].filter((article): article is BlogArticleCardFragment => Boolean(article));
  const rest = blog.latest.nodes.filter((article) => !picks.some((pick) => pick.id === article.id));
  return {
    featured: picks.length > 0,
    articles: [...picks, ...rest].slice(0, ARTICLES_SHOWN).map((article) => toArticleCard(article, blog.handle)),
  };
}

/** Marketing's picks (up to three, by handle; fixed aliases) and the latest articles to fill in. */
const HOME_ARTICLES_QUERY = `#graphql
  query HomeArticles(
    $blogHandle: String!
    $h0: String!
    $h1: String!
    $h2: String!
    $w0: Boolean!
    $w1: Boolean!
    $w2: Boolean!
    $country: CountryCode
    $language: LanguageCode
  ) @inContext(country: $country, language: $language) {
    blog(handle: $blogHandle) {
      handle
      a0: articleByHandle(handle: $h0) @include(if: $w0) {
        ...BlogArticleCard
      }
      a1: articleByHandle(handle: $h1) @include(if: $w1) {
        ...BlogArticleCard
      }
      a2: articleByHandle(handle: $h2) @include(if: $w2) {
        ...BlogArticleCard
      }
      latest: articles(first: 3, sortKey: PUBLISHED_AT, reverse: true) {
        nodes {
          ...BlogArticleCard
        }
      }
    }
  }
  ${ARTICLE_CARD_FRAGMENT}
  ${ARTICLE_TEASER_FRAGMENT}
  ${IMAGE_FRAGMENT}
` as const;
