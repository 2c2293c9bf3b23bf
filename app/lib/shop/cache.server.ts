import {CacheCustom, CacheLong, CacheNone, type CachingStrategy} from '@shopify/hydrogen';
import type {StorefrontSettings} from '~/lib/shop/env.server';

/**
 * Cache strategies, chosen per kind of data (see docs/decisions/002-caching.md).
 *
 * - content: anything marketing edits in admin (articles, comments, menus, pages,
 *   banners). 20 s fresh + 40 s stale-while-revalidate, so an edit reaches every
 *   reader within 60 s on a real store.
 * - catalog: products and collections; same window, since prices change in admin too.
 * - static: things that almost never change (policies, shop name for feeds).
 *
 * On the embedded emulator nothing is cached by default: MiniOxygen keeps its cache
 * across requests, and an editor on the local admin expects to see an edit at once.
 * STOREFRONT_CACHE=live turns the real store's strategies on there too (the benchmark).
 */
export function createCachePolicy(settings: Pick<StorefrontSettings, 'storefrontCache'>) {
  const live = (strategy: () => CachingStrategy) => () =>
    settings.storefrontCache === 'live' ? strategy() : CacheNone();

  return {
    content: live(() => CacheCustom({mode: 'public', maxAge: 20, staleWhileRevalidate: 40})),
    catalog: live(() => CacheCustom({mode: 'public', maxAge: 20, staleWhileRevalidate: 40})),
    static: live(() => CacheLong()),
  };
}

export type CachePolicy = ReturnType<typeof createCachePolicy>;
