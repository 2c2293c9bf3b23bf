/**
 * Which pages Oxygen's full-page cache (and any shared cache in front of the worker) may keep,
 * decided once per response in the worker (docs/decisions/050-full-page-cache.md).
 *
 * A page is shared only when nothing about the visitor can be in it: a GET with no cookies at all
 * (no cart, session, customer, consent choice or dismissed banner can have shaped it), answered
 * 200 without setting a cookie, on a page that is the same for everyone. Every other page or
 * route-data answer is `private, no-store`. Headers a route set on purpose are kept, except that a
 * response setting a cookie is never shared.
 */

/** Fresh for 15 s, then served stale for 15 s more while Oxygen renders it again in the background. */
export const PAGE_CACHE_SECONDS = {fresh: 15, stale: 15} as const;

/** Browsers always ask again (max-age=0): a cart added a moment later must show on the next page. */
export const PUBLIC_PAGE_CACHE_CONTROL = `public, max-age=0, s-maxage=${PAGE_CACHE_SECONDS.fresh}, stale-while-revalidate=${PAGE_CACHE_SECONDS.stale}`;
/** What Oxygen's full-page cache reads (its own header, so browsers are not told the same). */
export const OXYGEN_PAGE_CACHE_CONTROL = `public, max-age=${PAGE_CACHE_SECONDS.fresh}, stale-while-revalidate=${PAGE_CACHE_SECONDS.stale}`;
export const PRIVATE_CACHE_CONTROL = 'private, no-store';

/** Pages that are about one visitor whatever the cookies say: accounts, the cart, forms and their tokens. */
const PERSONAL_PATHS = /^\/(account|cart|discount|forms|consent|announcements|newsletter)(\/|$|\.)/;

/** Hydrogen's per-visitor analytics ids in Server-Timing: never handed to a second visitor. */
const VISITOR_TIMINGS = new Set(['_y', '_s', '_cmp']);

function isPageOrRouteData(response: Response): boolean {
  const type = response.headers.get('Content-Type') ?? '';
  // text/html: documents; text/x-script: Remix single-fetch route data (`.data`).
  return /^text\/html\b/i.test(type) || /^text\/x-script\b/i.test(type);
}

/** The request's half of the rule: a GET (or HEAD) without cookies, for a page that is the same for everyone. */
export function isRequestShareable(request: Request): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (request.headers.has('Cookie')) return false;
  return !PERSONAL_PATHS.test(new URL(request.url).pathname);
}

export function isShareable(request: Request, response: Response): boolean {
  if (response.status !== 200 || response.headers.has('Set-Cookie')) return false;
  return isRequestShareable(request);
}

function withoutVisitorTimings(value: string): string {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry && !VISITOR_TIMINGS.has(entry.split(';')[0].trim()))
    .join(', ');
}

/** Sets the cache headers on a response whose headers can be changed (the worker's own copy). */
export function applyPageCachePolicy(request: Request, response: Response): Response {
  const headers = response.headers;
  if (headers.has('Set-Cookie')) {
    headers.set('Cache-Control', PRIVATE_CACHE_CONTROL);
    headers.delete('Oxygen-Cache-Control');
    return response;
  }
  if (!isPageOrRouteData(response) || headers.has('Cache-Control')) return response;

  if (!isShareable(request, response)) {
    headers.set('Cache-Control', PRIVATE_CACHE_CONTROL);
    return response;
  }
  headers.set('Cache-Control', PUBLIC_PAGE_CACHE_CONTROL);
  headers.set('Oxygen-Cache-Control', OXYGEN_PAGE_CACHE_CONTROL);
  // A request with cookies must never be answered from a page kept for one without them.
  const vary = headers.get('Vary');
  if (!vary || !/\bcookie\b/i.test(vary)) headers.set('Vary', vary ? `${vary}, Cookie` : 'Cookie');
  const timing = headers.get('Server-Timing');
  if (timing) {
    const shared = withoutVisitorTimings(timing);
    if (shared) headers.set('Server-Timing', shared);
    else headers.delete('Server-Timing');
  }
  return response;
}
