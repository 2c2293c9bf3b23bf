import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {generateCacheControlHeader} from '@shopify/hydrogen';
import {sanitizeStoreHtml} from '~/lib/content/store-html.server';
import {ATOM_CONTENT_TYPE, buildAtomFeed} from '~/lib/seo/atom-feed';
import {articlePath, blogPath, feedPath} from '~/lib/blog/blog';
import {loadFeedArticles} from '~/lib/blog/blog-list.server';
import {absoluteUrl, requestOrigin} from '~/lib/seo/page-meta';

/**
 * GET /blogs/:blogHandle.atom (Shopify's feed URL): an Atom 1.0 feed of the blog's latest articles,
 * with absolute URLs from the request's origin. An unknown blog is a plain 404.
 */
export async function loader({params, request, context}: LoaderFunctionArgs) {
  const feed = await loadFeedArticles(context, params.blogHandle ?? '');
  if (!feed) {
    return new Response('Feed not found', {status: 404, headers: {'Content-Type': 'text/plain; charset=utf-8'}});
  }
  const {shopName, blog, articles} = feed;

  const origin = requestOrigin(request);
  const blogUrl = absoluteUrl(origin, blogPath(blog.handle));
  const updated = articles.reduce(
    (latest, article) => (article.publishedAt > latest ? article.publishedAt : latest),
    articles[0]?.publishedAt ?? new Date(0).toISOString(),
  );

  const xml = buildAtomFeed({
    id: blogUrl,
    title: `${blog.title} \u2013 ${shopName}`,
    subtitle: blog.seo?.description,
    selfUrl: absoluteUrl(origin, feedPath(blog.handle)),
    alternateUrl: blogUrl,
    baseUrl: `${origin}/`,
    updated,
    authorName: shopName,
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
      'Cache-Control': generateCacheControlHeader(context.cachePolicy.content()),
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
