import type {AppLoadContext} from '~/lib/shop/context.server';
import {renderSitemap, type SitemapEntry} from '~/lib/seo/sitemap';

/**
 * The child sitemap for pages Shopify's `sitemap` API does not list: the home page, the
 * catalogue and journal listings, and the store's policies.
 */
export async function staticSitemap(origin: string, {storefront, cachePolicy}: Pick<AppLoadContext, 'storefront' | 'cachePolicy'>) {
  const {shop} = await storefront.query(STATIC_SITEMAP_QUERY, {cache: cachePolicy.static()});
  const policies = [shop.privacyPolicy, shop.refundPolicy, shop.shippingPolicy, shop.termsOfService].filter(
    (policy): policy is NonNullable<typeof policy> => Boolean(policy),
  );
  const entries: SitemapEntry[] = [
    {path: '/'},
    {path: '/collections/all'},
    {path: '/blogs'},
    {path: '/policies'},
    ...policies.map((policy) => ({path: `/policies/${policy.handle}`})),
  ];
  return renderSitemap(origin, entries);
}

const STATIC_SITEMAP_QUERY = `#graphql
  query StaticSitemap($country: CountryCode, $language: LanguageCode)
    @inContext(country: $country, language: $language) {
    shop {
      privacyPolicy { handle }
      refundPolicy { handle }
      shippingPolicy { handle }
      termsOfService { handle }
    }
  }
` as const;
