import {PAGE_CACHE_SECONDS, PUBLIC_PAGE_CACHE_CONTROL, isRequestShareable} from '~/lib/shop/page-cache.server';

/**
 * The full-page cache kept by the worker itself, in the runtime's Cache API, for the same pages that
 * page-cache.server.ts marks public (docs/decisions/050-full-page-cache.md).
 *
 * On Oxygen the platform's full-page cache answers those pages before the worker runs; this one is
 * for runtimes without it (MiniOxygen, any other workerd host), so an anonymous reader's page costs
 * one render per window there too. It is on whenever Storefront calls are cached as on a real store
 * (`STOREFRONT_CACHE=live`): on the embedded emulator by default it is off, so an edit in the local
 * admin shows at once.
 */

const CACHE_NAME = 'trailforge-pages';
/** Tells a page served from this cache (HIT) from a fresh render (MISS); for people, not for logic. */
export const PAGE_CACHE_STATUS_HEADER = 'X-Trailforge-Page-Cache';

export interface WorkerPageCache {
  /** The kept page for this request, when there is one and the request may be answered from it. */
  match(request: Request): Promise<Response | undefined>;
  /**
   * Keeps `response` when the page-cache policy made it public, and returns the response to send
   * (its body is shared between the reader and the cache, so the reader never waits on the write).
   */
  keep(request: Request, response: Response, waitUntil: (promise: Promise<unknown>) => void): Response;
}

function cacheKey(request: Request): Request {
  // The URL alone: only requests without cookies are answered from the cache, so nothing else varies.
  return new Request(new URL(request.url).toString(), {method: 'GET'});
}

export async function openWorkerPageCache(cacheStorage: CacheStorage = caches): Promise<WorkerPageCache> {
  const cache = await cacheStorage.open(CACHE_NAME);
  return {
    async match(request) {
      if (request.method !== 'GET' || !isRequestShareable(request)) return undefined;
      const kept = await cache.match(cacheKey(request));
      if (!kept) return undefined;
      const headers = new Headers(kept.headers);
      // The copy was stored with the runtime's expiry; the reader gets the page's own header back.
      headers.set('Cache-Control', PUBLIC_PAGE_CACHE_CONTROL);
      headers.set(PAGE_CACHE_STATUS_HEADER, 'HIT');
      return new Response(kept.body, {status: kept.status, statusText: kept.statusText, headers});
    },
    keep(request, response, waitUntil) {
      const isPublic = /^public\b/.test(response.headers.get('Cache-Control') ?? '');
      if (request.method !== 'GET' || !isPublic || !response.body || !isRequestShareable(request)) {
        return response;
      }
      const [forReader, forCache] = response.body.tee();
      const stored = new Headers(response.headers);
      // The Cache API keeps an entry for its max-age: the page's fresh window.
      stored.set('Cache-Control', `public, max-age=${PAGE_CACHE_SECONDS.fresh}`);
      stored.delete(PAGE_CACHE_STATUS_HEADER);
      waitUntil(
        cache
          .put(cacheKey(request), new Response(forCache, {status: response.status, headers: stored}))
          .catch((error: unknown) => console.warn('Page cache write failed:', error instanceof Error ? error.message : error)),
      );
      const headers = new Headers(response.headers);
      headers.set(PAGE_CACHE_STATUS_HEADER, 'MISS');
      return new Response(forReader, {status: response.status, statusText: response.statusText, headers});
    },
  };
}
