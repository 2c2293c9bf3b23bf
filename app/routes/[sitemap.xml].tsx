import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {getSitemapIndex} from '@shopify/hydrogen';
import {SITEMAP_TYPES, STATIC_SITEMAP_PATH} from '~/lib/seo/sitemap-links';

/**
 * The sitemap index: one child sitemap per 250 products, collections, pages, blogs and
 * articles (as Shopify pages them), plus our own for the home page, listings and policies,
 * so a store with thousands of programs and articles is listed in full.
 */
export async function loader({request, context}: LoaderFunctionArgs) {
  const response = await getSitemapIndex({
    storefront: context.storefront,
    request,
    types: [...SITEMAP_TYPES],
    customChildSitemaps: [STATIC_SITEMAP_PATH],
  });
  response.headers.set('Cache-Control', `public, max-age=${60 * 15}`);
  return response;
}
