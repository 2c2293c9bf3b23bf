/**
 * What the worker does around every response, whatever produced it (pages, resource routes,
 * `.data` requests, redirects, error pages): baseline security headers, a 403 for cross-site posts,
 * and Shopify URL redirects that can only stay on this site.
 */

const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()';
const HSTS = 'max-age=31536000; includeSubDomains';

/** Headers every response carries; HSTS only in production (on plain-http local runs it means nothing). */
export function withBaselineHeaders(response: Response, {isProduction}: {isProduction: boolean}): Response {
  // Redirects from Response.redirect() and fetch() have immutable headers: copy before changing.
  const hardened = new Response(response.body, response);
  const headers = hardened.headers;
  headers.set('X-Content-Type-Options', 'nosniff');
  if (!headers.has('Referrer-Policy')) headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  headers.set('Permissions-Policy', PERMISSIONS_POLICY);
  if (isProduction) headers.set('Strict-Transport-Security', HSTS);
  const type = headers.get('Content-Type');
  if (type && /^text\/html\s*$/i.test(type)) headers.set('Content-Type', 'text/html; charset=utf-8');
  return hardened;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A state-changing request sent by another site's page (its Origin names another host) is refused
 * with a plain 403 before Remix sees it; Remix's own check would throw and answer 500.
 */
export function crossSiteRefusal(request: Request, publicHost: string): Response | null {
  if (SAFE_METHODS.has(request.method)) return null;
  // Browsers say so themselves when another site's page sent the request.
  if (request.headers.get('Sec-Fetch-Site') === 'cross-site') return refuseCrossSite();
  const origin = request.headers.get('Origin');
  if (!origin) return null;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    host = '';
  }
  return host === publicHost ? null : refuseCrossSite();
}

function refuseCrossSite(): Response {
  return new Response('This form can only be sent from this store’s own pages.', {
    status: 403,
    headers: {'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store'},
  });
}

/** Our forms (comments, newsletter, cart, banner dismissal) fit easily in this; nothing bigger is parsed. */
export const MAX_FORM_BYTES = 32 * 1024;
const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)/i;

function isFormPost(request: Request): boolean {
  return !SAFE_METHODS.has(request.method) && FORM_TYPES.test(request.headers.get('Content-Type') ?? '');
}

function tooLarge(): Response {
  return new Response(`That form is too large to send (the limit is ${MAX_FORM_BYTES / 1024} KB).`, {
    status: 413,
    headers: {'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'close'},
  });
}

/**
 * A form post declared larger than any of our forms is refused with 413 before anything reads it.
 * (A body without a declared length, or with a false one, is capped by boundedFormRequest.)
 */
export function oversizedFormRefusal(request: Request): Response | null {
  if (!isFormPost(request)) return null;
  const length = Number(request.headers.get('Content-Length') ?? 0);
  return length > MAX_FORM_BYTES ? tooLarge() : null;
}

/**
 * The body read with a byte cap: the bytes, or null as soon as it passes `limit` (the rest is
 * never read). For chunked bodies, which declare no length.
 */
export async function readCapped(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Every form post's body goes through a byte cap before Remix parses it: past MAX_FORM_BYTES the
 * answer is a 413 and nothing more is read. The request handed on carries the (small) body read.
 */
export async function boundedFormRequest(request: Request): Promise<Request | Response> {
  if (!isFormPost(request) || !request.body) return request;
  let bytes: Uint8Array<ArrayBuffer> | null;
  try {
    bytes = await readCapped(request.body, MAX_FORM_BYTES);
  } catch {
    // The sender went away mid-body (or sent a broken stream): a plain 400, nothing logged as ours.
    return new Response('The form could not be read. Please send it again.', {
      status: 400,
      headers: {'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store'},
    });
  }
  if (!bytes) return tooLarge();
  const headers = new Headers(request.headers);
  headers.delete('Transfer-Encoding');
  headers.set('Content-Length', String(bytes.byteLength));
  return new Request(request.url, {method: request.method, headers, body: bytes, signal: request.signal});
}

/** Hydrogen's storefrontRedirect also follows `return_to`/`redirect` params: ours only asks Shopify. */
const REDIRECT_PARAMS = ['return_to', 'redirect'];

export function withoutRedirectParams(request: Request): Request {
  const url = new URL(request.url);
  if (!REDIRECT_PARAMS.some((name) => url.searchParams.has(name))) return request;
  for (const name of REDIRECT_PARAMS) url.searchParams.delete(name);
  return new Request(url.toString(), request);
}

/**
 * A redirect the 404 fallback may send: a path on this site or an absolute URL on this origin.
 * `//host`, `/\host` and other hosts are refused (the caller keeps the 404).
 */
export function isSameSiteLocation(location: string | null, requestUrl: string): boolean {
  if (!location) return false;
  if (location.startsWith('/')) {
    if (location.startsWith('//') || location.startsWith('/\\')) return false;
    // Dot segments can collapse into `//host` once a browser resolves them.
    try {
      return !new URL(location, requestUrl).pathname.startsWith('//');
    } catch {
      return false;
    }
  }
  try {
    return new URL(location).origin === new URL(requestUrl).origin;
  } catch {
    return false;
  }
}
