import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {getSitemap} from '@shopify/hydrogen';
import {loadArticleBlogs} from '~/lib/seo/article-blogs.server';
import {isSitemapType, sitemapLinkBuilder, sitemapPage} from '~/lib/seo/sitemap-links';
import {staticSitemap} from '~/lib/seo/static-sitemap.server';

const CACHE_CONTROL = `public, max-age=${60 * 15}`;

/** One child sitemap: `/sitemap/:type/:page.xml`, listed by /sitemap.xml. */
export async function loader({request, params, context}: LoaderFunctionArgs) {
  const page = sitemapPage(params.page);
  if (page === null) throw new Response('Not found', {status: 404});

  if (params.type === 'static' && page === 1) {
    return new Response(await staticSitemap(new URL(request.url).origin, context), {
      headers: {'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': CACHE_CONTROL},
    });
  }
  if (!isSitemapType(params.type)) throw new Response('Not found', {status: 404});

  // Only the article sitemap needs the handle → blog lookup.
  const {blogOfArticle, firstBlog} =
    params.type === 'articles' ? await loadArticleBlogs(context) : {blogOfArticle: new Map<string, string>(), firstBlog: ''};

  const response = await getSitemap({
    storefront: context.storefront,
    request,
    params: {type: params.type, page: String(page)},
    getLink: sitemapLinkBuilder(blogOfArticle, firstBlog),
  });
  response.headers.set('Cache-Control', CACHE_CONTROL);
  return response;
}
