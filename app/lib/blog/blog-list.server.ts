/**
 * The loaders of a blog's article lists, over one Storefront query (BLOG_ARTICLES_QUERY): the blog
 * page and its tag pages (a page of cards, and the SEO data both describe the same way), and its
 * Atom feed (the latest articles with their bodies).
 */
import {getPaginationVariables} from '@shopify/hydrogen';
import type {AppLoadContext} from '@shopify/remix-oxygen';
import type {BlogArticlesQueryVariables} from 'storefrontapi.generated';
import {BLOG_ARTICLES_QUERY} from '~/graphql/blog/articles';
import {
  ARTICLES_PER_PAGE,
  FEED_ENTRIES,
  articlePath,
  blogPath,
  feedPath,
  tagQuery,
  toArticleCard,
  type ArticleCardData,
} from '~/lib/blog/blog';
import {absoluteUrl, canonicalUrl, requestOrigin} from '~/lib/seo/page-meta';

/** Query parameters that select a page of articles (Hydrogen's Pagination). */
export const LIST_PAGE_PARAMS = ['cursor', 'direction'];

export interface ArticleListPage {
  shopName: string;
  /** `description` is the blog's SEO description, or '' when admin left it empty. */
  blog: {handle: string; title: string; description: string; seoTitle: string | null};
  articles: {
    nodes: ArticleCardData[];
    pageInfo: {hasPreviousPage: boolean; hasNextPage: boolean; startCursor: string | null; endCursor: string | null};
  };
  /** Absolute URLs for SEO. */
  urls: {origin: string; canonical: string; blog: string; feed: string};
  /** True when the URL asks for a later page (a cursor). */
  isPaged: boolean;
}

export async function loadArticleList({
  request,
  context,
  blogHandle,
  tag,
}: {
  request: Request;
  context: AppLoadContext;
  blogHandle: string;
  tag?: string;
}): Promise<ArticleListPage> {
  const pagination = getPaginationVariables(request, {pageBy: ARTICLES_PER_PAGE});
  const isPaged = new URL(request.url).searchParams.has('cursor');

  const {shop, blog, errors} = await queryBlogArticles(context, {
    blogHandle,
    query: tag ? tagQuery(tag) : null,
    withBody: false,
    ...pagination,
  });

  if (errors?.length && !blog) {
    // A cursor from an old or hand-edited link: that page doesn't exist. Anything else is our fault.
    if (isPaged) throw new Response(null, {status: 404});
    throw new Error(`Blog "${blogHandle}" could not be loaded: ${errors.map((e) => e.message).join('; ')}`);
  }
  if (!blog) throw new Response(null, {status: 404});

  const origin = requestOrigin(request);
  return {
    shopName: shop.name,
    blog: {
      handle: blog.handle,
      title: blog.title,
      description: blog.seo?.description?.trim() ?? '',
      seoTitle: blog.seo?.title ?? null,
    },
    articles: {
      nodes: blog.articles.nodes.map((article) => toArticleCard(article, blog.handle)),
      pageInfo: {
        hasPreviousPage: blog.articles.pageInfo.hasPreviousPage,
        hasNextPage: blog.articles.pageInfo.hasNextPage,
        startCursor: blog.articles.pageInfo.startCursor ?? null,
        endCursor: blog.articles.pageInfo.endCursor ?? null,
      },
    },
    urls: {
      origin,
      canonical: canonicalUrl(request, LIST_PAGE_PARAMS),
      blog: absoluteUrl(origin, blogPath(blog.handle)),
      feed: absoluteUrl(origin, feedPath(blog.handle)),
    },
    isPaged,
  };
}

/** The blog's latest articles with their bodies, for its Atom feed; null for an unknown blog. */
export async function loadFeedArticles(context: AppLoadContext, blogHandle: string) {
  const {shop, blog} = await queryBlogArticles(context, {blogHandle, first: FEED_ENTRIES, withBody: true});
  return blog ? {shopName: shop.name, blog, articles: blog.articles.nodes} : null;
}

function queryBlogArticles(context: AppLoadContext, variables: BlogArticlesQueryVariables) {
  return context.storefront.query(BLOG_ARTICLES_QUERY, {cache: context.cachePolicy.content(), variables});
}

/** schema.org BlogPosting stubs for the articles on a list page. */
export function listedPosts(page: ArticleListPage) {
  return page.articles.nodes.map((article) => ({
    url: absoluteUrl(page.urls.origin, articlePath(article.blogHandle, article.handle)),
    headline: article.title,
    datePublished: article.publishedAt,
  }));
}
