import type {AppLoadContext} from '~/lib/shop/context.server';

/** 250 per request (the API's maximum); 40 pages cover 10,000 articles. */
const PAGE_SIZE = 250;
const MAX_PAGES = 40;

/**
 * Which blog each article handle belongs to, for the article sitemap. One request per 250
 * articles (each cached like any other content), only when the article sitemap is asked for.
 * The first blog seen is the fallback for a handle the lookup misses.
 */
export async function loadArticleBlogs({
  storefront,
  cachePolicy,
}: Pick<AppLoadContext, 'storefront' | 'cachePolicy'>): Promise<{blogOfArticle: Map<string, string>; firstBlog: string}> {
  const blogOfArticle = new Map<string, string>();
  let firstBlog = '';
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const data: Awaited<ReturnType<typeof queryPage>> = await queryPage(storefront, cachePolicy, after);
    for (const article of data.articles.nodes) {
      firstBlog ||= article.blog.handle;
      // A handle used in two blogs keeps the first one listed.
      if (!blogOfArticle.has(article.handle)) blogOfArticle.set(article.handle, article.blog.handle);
    }
    if (!data.articles.pageInfo.hasNextPage) break;
    after = data.articles.pageInfo.endCursor ?? null;
  }
  return {blogOfArticle, firstBlog: firstBlog || 'news'};
}

function queryPage(
  storefront: AppLoadContext['storefront'],
  cachePolicy: AppLoadContext['cachePolicy'],
  after: string | null,
) {
  return storefront.query(ARTICLE_BLOGS_QUERY, {
    cache: cachePolicy.content(),
    variables: {first: PAGE_SIZE, after},
  });
}

const ARTICLE_BLOGS_QUERY = `#graphql
  query SitemapArticleBlogs($first: Int!, $after: String, $country: CountryCode, $language: LanguageCode)
    @inContext(country: $country, language: $language) {
    articles(first: $first, after: $after) {
      nodes {
        handle
        blog {
          handle
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
` as const;
