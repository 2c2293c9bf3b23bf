import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {generateCacheControlHeader} from '@shopify/hydrogen';
import {sanitizeStoreHtml} from '~/lib/content/store-html.server';
import {ATOM_CONTENT_TYPE, buildAtomFeed} from '~/lib/seo/atom-feed';
import {FEED_ENTRIES, articlePath, blogPath, feedPath} from '~/lib/blog/blog';
import {absoluteUrl, requestOrigin} from '~/lib/seo/page-meta';
import {IMAGE_FRAGMENT} from '~/graphql/shop/image-fragment';
import {ARTICLE_TEASER_FRAGMENT} from '~/graphql/blog/article-card';
import {BLOG_SHELL_FRAGMENT} from '~/graphql/blog/blog-shell';

/**
 * GET /blogs/:blogHandle.atom (Shopify's feed URL): an Atom 1.0 feed of the blog's latest articles,
 * with absolute URLs from the request's origin. An unknown blog is a plain 404.
 */
export async function loader({params, request, context}: LoaderFunctionArgs) {
  const blogHandle = params.blogHandle ?? '';
  const cache = context.cachePolicy.content();
  const {shop, blog} = await context.storefront.query(FEED_QUERY, {
    cache,
    variables: {blogHandle, first: FEED_ENTRIES},
  });
  if (!blog) {
    return new Response('Feed not found', {status: 404, headers: {'Content-Type': 'text/plain; charset=utf-8'}});
  }

  const origin = requestOrigin(request);
  const blogUrl = absoluteUrl(origin, blogPath(blog.handle));
  const articles = blog.articles.nodes;
  const updated = articles.reduce(
    (latest, article) => (article.publishedAt > latest ? article.publishedAt : latest),
    articles[0]?.publishedAt ?? new Date(0).toISOString(),
  );

  const xml = buildAtomFeed({
    id: blogUrl,
    title: `${blog.title} \u2013 ${shop.name}`,
    subtitle: blog.seo?.description,
    selfUrl: absoluteUrl(origin, feedPath(blog.handle)),
    alternateUrl: blogUrl,
    baseUrl: `${origin}/`,
    updated,
    authorName: shop.name,
    iconUrl: absoluteUrl(origin, '/favicon.svg'),
    entries: articles.map((article) => {
      const url = absoluteUrl(origin, articlePath(blog.handle, article.handle));
      return {
        id: url,
        url,
        title: article.title,
        published: article.publishedAt,
        updated: article.publishedAt,
        authorName: article.authorV2?.name,
        summary: article.excerpt,
        contentHtml: sanitizeStoreHtml(article.contentHtml),
        categories: article.tags,
        image: article.image,
      };
    }),
  });

  return new Response(xml, {
    headers: {
      'Content-Type': ATOM_CONTENT_TYPE,
      'Cache-Control': generateCacheControlHeader(cache),
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

const FEED_QUERY = `#graphql
  query BlogFeed(
    $blogHandle: String!
    $first: Int!
    $country: CountryCode
    $language: LanguageCode
  ) @inContext(country: $country, language: $language) {
    ...BlogShell
    blog(handle: $blogHandle) {
      seo {
        description
      }
      articles(first: $first, sortKey: PUBLISHED_AT, reverse: true) {
        nodes {
          ...BlogArticleTeaser
          excerpt
          contentHtml
          authorV2 {
            name
          }
        }
      }
    }
  }
  ${BLOG_SHELL_FRAGMENT}
  ${ARTICLE_TEASER_FRAGMENT}
  ${IMAGE_FRAGMENT}
` as const;
