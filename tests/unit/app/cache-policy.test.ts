import {CacheNone} from '@shopify/hydrogen';
import {describe, expect, it} from 'vitest';
import {createCachePolicy} from '~/lib/shop/cache.server';

describe('createCachePolicy', () => {
  it('caches content and catalog for 20 s + 40 s stale when the cache is live', () => {
    const policy = createCachePolicy({storefrontCache: 'live'});
    for (const strategy of [policy.content(), policy.catalog()]) {
      expect(strategy).toMatchObject({mode: 'public', maxAge: 20, staleWhileRevalidate: 40});
    }
    expect(policy.static()).not.toEqual(CacheNone());
  });

  it('caches nothing when the cache is off', () => {
    const policy = createCachePolicy({storefrontCache: 'none'});
    for (const strategy of [policy.content(), policy.catalog(), policy.static()]) {
      expect(strategy).toEqual(CacheNone());
    }
  });
});
