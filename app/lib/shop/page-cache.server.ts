import {CONSENT_COOKIE} from '~/lib/analytics/consent';
import {DISMISSED_COOKIE} from '~/lib/marketing/dismissals';

/**
 * Which pages may be kept and handed to another visitor, decided once per response in the worker
 * (docs/decisions/050-full-page-cache.md, 053-pages-for-returning-readers.md).
 *
 * Shared caches (Oxygen's full-page cache, any CDN) get a page only when nothing about the visitor
 * can be in it: a GET with no cookies at all, answered 200 without setting a cookie, on a page that
 * is the same for everyone. Every other page or route-data answer is `private, no-store` for them.
 * Headers a route set on purpose are kept, except that a response setting a cookie is never shared.
 *
 * The worker's own page cache goes one step further, because it can read cookies: a returning
 * reader whose cookies never change a page (the form-token visitor id, the cart, Shopify's analytics ids)
 * gets the same copy as a reader without cookies, and one whose cookies change it the same way for
 * everyone who holds them (an analytics choice, dismissed banners) gets the copy kept for that
 * value. Any other cookie (a session, one we do not know) keeps the page to its visitor. A cart
 * no longer does: the browser asks for it after the page loads (054-cart-after-hydration.md).
 */

/** Fresh for 15 s, then served stale for 15 s more while Oxygen renders it again in the background. */
export const PAGE_CACHE_SECONDS = {fresh: 15, stale: 15} as const;

/** Browsers always ask again (max-age=0): a banner dismissed a moment later must stay gone on the next page. */
export const PUBLIC_PAGE_CACHE_CONTROL = `public, max-age=0, s-maxage=${PAGE_CACHE_SECONDS.fresh}, stale-while-revalidate=${PAGE_CACHE_SECONDS.stale}`;
/** What Oxygen's full-page cache reads (its own header, so browsers are not told the same). */
export const OXYGEN_PAGE_CACHE_CONTROL = `public, max-age=${PAGE_CACHE_SECONDS.fresh}, stale-while-revalidate=${PAGE_CACHE_SECONDS.stale}`;
export const PRIVATE_CACHE_CONTROL = 'private, no-store';

/** Pages that are about one visitor whatever the cookies say: accounts, the cart, forms and their tokens. */
const PERSONAL_PATHS = /^\/(account|cart|discount|forms|consent|announcements|newsletter|api\/cart)(\/|$|\.)/;

/** Hydrogen's per-visitor analytics ids in Server-Timing: never handed to a second visitor. */
const VISITOR_TIMINGS = new Set(['_y', '_s', '_cmp']);

function isPageOrRouteData(response: Response): boolean {
  const type = response.headers.get('Content-Type') ?? '';
  // text/html: documents; text/x-script: Remix single-fetch route data (`.data`).
  return /^text\/html\b/i.test(type) || /^text\/x-script\b/i.test(type);
}

/**
 * Cookies no page reads: tokens for the visitor id come from a private route, and so does the cart
 * (only the personal paths and /api/cart read it; decision 054); Shopify's ids are read by scripts.
 */
const COOKIES_NO_PAGE_READS = new Set([
  'cart',
  'tf_visitor',
  '_shopify_y',
  '_shopify_s',
  '_shopify_sa_t',
  '_shopify_sa_p',
  '_tracking_consent',
  '_cmp_a',
  '_landing_page',
  '_orig_referrer',
]);
/** Cookies a page reads, and renders the same for everyone who holds the same value. */
const COOKIES_SHAPING_PAGES = new Set([CONSENT_COOKIE, DISMISSED_COOKIE]);

/**
 * Who else may be given the same copy of a page: everyone; every visitor whose page-shaping cookies
 * are the same (`variant`, '' when none); or only this visitor.
 */
export type PageAudience = {kind: 'everyone'} | {kind: 'alike'; variant: string} | {kind: 'one'};
const EVERYONE: PageAudience = {kind: 'everyone'};
const ONE: PageAudience = {kind: 'one'};

/** The request's half of the rule: method, path and cookies. */
export function requestAudience(request: Request): PageAudience {
  if (request.method !== 'GET' && request.method !== 'HEAD') return ONE;
  if (PERSONAL_PATHS.test(new URL(request.url).pathname)) return ONE;
  const cookies = request.headers.get('Cookie');
  if (cookies === null) return EVERYONE;
  const shaping: string[] = [];
  for (const pair of cookies.split(';')) {
    const at = pair.indexOf('=');
    const name = (at < 0 ? pair : pair.slice(0, at)).trim();
    if (!name || COOKIES_NO_PAGE_READS.has(name)) continue;
    if (!COOKIES_SHAPING_PAGES.has(name)) return ONE;
    // The raw value: the same bytes always render the same page (a garbage value is one more copy).
    shaping.push(pair.trim());
  }
  return {kind: 'alike', variant: shaping.sort().join('; ')};
}

/** Shared caches: a GET (or HEAD) without cookies, for a page that is the same for everyone. */
export function isRequestShareable(request: Request): boolean {
  return requestAudience(request).kind === 'everyone';
}

export function isShareable(request: Request, response: Response): boolean {
  if (response.status !== 200 || response.headers.has('Set-Cookie')) return false;
  return isRequestShareable(request);
}

/**
 * The whole rule for the worker's own cache, read before the policy changes the headers: who may
 * get a copy of this response.
 */
export function responseAudience(request: Request, response: Response): PageAudience {
  if (response.status !== 200 || response.headers.has('Set-Cookie')) return ONE;
  const audience = requestAudience(request);
  const routeCacheControl = response.headers.get('Cache-Control');
  if (routeCacheControl !== null || !isPageOrRouteData(response)) {
    // A route's own header decides: kept only when it made the answer public, for readers without cookies.
    return audience.kind === 'everyone' && /^public\b/i.test(routeCacheControl ?? '') ? audience : ONE;
  }
  return audience;
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
    markPrivate(headers);
    return response;
  }
  if (!isPageOrRouteData(response) || headers.has('Cache-Control')) return response;

  if (!isShareable(request, response)) {
    headers.set('Cache-Control', PRIVATE_CACHE_CONTROL);
    return response;
  }
  markShared(headers);
  return response;
}

/** The headers of a page any shared cache may keep and hand to a visitor without cookies. */
export function markShared(headers: Headers): void {
  headers.set('Cache-Control', PUBLIC_PAGE_CACHE_CONTROL);
  headers.set('Oxygen-Cache-Control', OXYGEN_PAGE_CACHE_CONTROL);
  // A request with cookies must never be answered by a shared cache from a page kept for one without them.
  const vary = headers.get('Vary');
  if (!vary || !/\bcookie\b/i.test(vary)) headers.set('Vary', vary ? `${vary}, Cookie` : 'Cookie');
  dropVisitorTimings(headers);
}

/** The headers of a page no cache outside the worker may keep. */
export function markPrivate(headers: Headers): void {
  headers.set('Cache-Control', PRIVATE_CACHE_CONTROL);
  headers.delete('Oxygen-Cache-Control');
}

/** Removes Hydrogen's per-visitor analytics ids from Server-Timing: a kept copy must not carry them. */
export function dropVisitorTimings(headers: Headers): void {
  const timing = headers.get('Server-Timing');
  if (!timing) return;
  const shared = withoutVisitorTimings(timing);
  if (shared) headers.set('Server-Timing', shared);
  else headers.delete('Server-Timing');
}
