import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {renderSitemap, type SitemapEntry} from '~/lib/sitemap';

/**
 * One sitemap for the whole store. Articles are listed at their real
 * /blogs/:blog/:article URL (the Storefront API's `sitemap` gives article
 * handles without their blog, so we walk blogs instead).
 */
export async function loader({request, context}: LoaderFunctionArgs) {
  const data = await context.storefront.query(SITEMAP_QUERY, {
    cache: context.cachePolicy.content(),
  });

  const entries: SitemapEntry[] = [
    {path: '/'},
    {path: '/collections/all'},
    ...data.collections.nodes.map((c) => ({path: `/collections/${c.handle}`, lastModified: c.updatedAt})),
    ...data.products.nodes.map((p) => ({path: `/products/${p.handle}`, lastModified: p.updatedAt})),
    ...data.pages.nodes.map((p) => ({path: `/pages/${p.handle}`, lastModified: p.updatedAt})),
    {path: '/blogs'},
    ...data.blogs.nodes.flatMap((blog) => [
      {path: `/blogs/${blog.handle}`},
      ...blog.articles.nodes.map((article) => ({
        path: `/blogs/${blog.handle}/${article.handle}`,
        lastModified: article.publishedAt,
      })),
    ]),
    {path: '/policies'},
    ...[data.shop.privacyPolicy, data.shop.refundPolicy, data.shop.shippingPolicy, data.shop.termsOfService]
      .filter((policy): policy is NonNullable<typeof policy> => Boolean(policy))
      .map((policy) => ({path: `/policies/${policy.handle}`})),
  ];

  return new Response(renderSitemap(new URL(request.url).origin, entries), {
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      'Cache-Control': `public, max-age=${60 * 15}`,
    },
  });
}

const SITEMAP_QUERY = `#graphql
  query StoreSitemap($country: CountryCode, $language: LanguageCode)
    @inContext(country: $country, language: $language) {
    products(first: 250) {
      nodes { handle updatedAt }
    }
    collections(first: 250) {
      nodes { handle updatedAt }
    }
    pages(first: 250) {
      nodes { handle updatedAt }
    }
    blogs(first: 25) {
      nodes {
        handle
        articles(first: 250, sortKey: PUBLISHED_AT, reverse: true) {
          nodes { handle publishedAt }
        }
      }
    }
    shop {
      privacyPolicy { handle }
      refundPolicy { handle }
      shippingPolicy { handle }
      termsOfService { handle }
    }
  }
` as const;
