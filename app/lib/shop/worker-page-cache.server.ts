import {
  PAGE_CACHE_SECONDS,
  dropVisitorTimings,
  markPrivate,
  markShared,
  requestAudience,
  type PageAudience,
} from '~/lib/shop/page-cache.server';

/**
 * The full-page cache kept by the worker itself, in the runtime's Cache API
 * (docs/decisions/050-full-page-cache.md, 053-pages-for-returning-readers.md).
 *
 * It keeps what page-cache.server.ts says may be shared, per audience: one copy for readers whose
 * cookies no page reads (or who have none), one per value of the cookies that shape a page. On
 * Oxygen the platform's full-page cache answers cookie-free readers before the worker runs; this one
 * answers the returning readers it cannot (any cookie defeats a shared cache), and on runtimes
 * without a cache in front (MiniOxygen, any other workerd host) everyone, so a page costs one
 * render per window and audience. It is on whenever Storefront calls are cached as on a real store
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
  keep(
    request: Request,
    response: Response,
    audience: PageAudience,
    waitUntil: (promise: Promise<unknown>) => void,
  ): Response;
}

/**
 * One copy per page and audience. The audience is a path segment of its own (encoded, so it holds
 * no '/'), so no request's key can be another page's or another audience's; readers without
 * page-shaping cookies share '-'.
 */
function cacheKey(request: Request, audience: PageAudience): Request {
  const url = new URL(request.url);
  const variant = audience.kind === 'alike' && audience.variant ? encodeURIComponent(audience.variant) : '-';
  return new Request(`${url.origin}/__page-cache/${variant}${url.pathname}${url.search}`, {method: 'GET'});
}

export async function openWorkerPageCache(cacheStorage: CacheStorage = caches): Promise<WorkerPageCache> {
  const cache = await cacheStorage.open(CACHE_NAME);
  return {
    async match(request) {
      if (request.method !== 'GET') return undefined;
      const audience = requestAudience(request);
      if (audience.kind === 'one') return undefined;
      const kept = await cache.match(cacheKey(request, audience));
      if (!kept) return undefined;
      const headers = new Headers(kept.headers);
      // The copy was stored with the runtime's expiry; the reader gets the headers their request
      // would have had: shared caches may keep it only for a reader without cookies.
      if (audience.kind === 'everyone') markShared(headers);
      else markPrivate(headers);
      headers.set(PAGE_CACHE_STATUS_HEADER, 'HIT');
      return new Response(kept.body, {status: kept.status, statusText: kept.statusText, headers});
    },
    keep(request, response, audience, waitUntil) {
      if (request.method !== 'GET' || audience.kind === 'one' || !response.body) return response;
      const [forReader, forCache] = response.body.tee();
      const stored = new Headers(response.headers);
      // The Cache API keeps an entry for its max-age: the page's fresh window.
      stored.set('Cache-Control', `public, max-age=${PAGE_CACHE_SECONDS.fresh}`);
      stored.delete(PAGE_CACHE_STATUS_HEADER);
      dropVisitorTimings(stored);
      waitUntil(
        cache
          .put(cacheKey(request, audience), new Response(forCache, {status: response.status, headers: stored}))
          .catch((error: unknown) => console.warn('Page cache write failed:', error instanceof Error ? error.message : error)),
      );
      const headers = new Headers(response.headers);
      headers.set(PAGE_CACHE_STATUS_HEADER, 'MISS');
      return new Response(forReader, {status: response.status, statusText: response.statusText, headers});
    },
  };
}
