import {describe, expect, it} from 'vitest';
import {applyPageCachePolicy, responseAudience} from '~/lib/shop/page-cache.server';
import {PAGE_CACHE_STATUS_HEADER, openWorkerPageCache} from '~/lib/shop/worker-page-cache.server';

/** A Cache API stand-in keyed by URL, which keeps what it is given (expiry is the runtime's job). */
function memoryCacheStorage() {
  const entries = new Map<string, {body: string; init: ResponseInit}>();
  const cache = {
    async match(request: Request) {
      const entry = entries.get(request.url);
      return entry ? new Response(entry.body, entry.init) : undefined;
    },
    async put(request: Request, response: Response) {
      entries.set(request.url, {
        body: await response.text(),
        init: {status: response.status, headers: Object.fromEntries(response.headers)},
      });
    },
  };
  const storage = {open: async () => cache} as unknown as CacheStorage;
  return {storage, entries};
}

const page = (body: string) =>
  new Response(body, {status: 200, headers: {'Content-Type': 'text/html; charset=utf-8'}});
const get = (path: string, headers: Record<string, string> = {}) => new Request(`https://shop.test${path}`, {headers});

/** Renders a page through the policy and the cache, as server.ts does, and waits for the write. */
async function serve(cache: Awaited<ReturnType<typeof openWorkerPageCache>>, request: Request, body: string) {
  const kept = await cache.match(request);
  if (kept) return {response: kept, text: await kept.text()};
  const writes: Promise<unknown>[] = [];
  const rendered = page(body);
  const audience = responseAudience(request, rendered);
  const response = cache.keep(request, applyPageCachePolicy(request, rendered), audience, (promise) => writes.push(promise));
  const text = await response.text();
  await Promise.all(writes);
  return {response, text};
}

describe('the worker’s own full-page cache', () => {
  it('answers a second anonymous reader with the page the first one got, headers included', async () => {
    const {storage} = memoryCacheStorage();
    const cache = await openWorkerPageCache(storage);

    const first = await serve(cache, get('/blogs/news/a'), 'render one');
    expect(first.response.headers.get(PAGE_CACHE_STATUS_HEADER)).toBe('MISS');
    expect(first.text).toBe('render one');

    const second = await serve(cache, get('/blogs/news/a'), 'render two');
    expect(second.text).toBe('render one');
    expect(second.response.headers.get(PAGE_CACHE_STATUS_HEADER)).toBe('HIT');
    expect(second.response.headers.get('Cache-Control')).toBe(first.response.headers.get('Cache-Control'));
    expect(second.response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
  });

  it('stores the copy with the fresh window as its expiry, for the runtime to drop', async () => {
    const {storage, entries} = memoryCacheStorage();
    const cache = await openWorkerPageCache(storage);
    await serve(cache, get('/'), 'home');
    expect(entries.get('https://shop.test/__page-cache/-/')?.init.headers).toMatchObject({'cache-control': 'public, max-age=15'});
  });

  it('never answers a signed-in reader from the cache, and never keeps their page', async () => {
    const {storage, entries} = memoryCacheStorage();
    const cache = await openWorkerPageCache(storage);
    await serve(cache, get('/blogs/news/a'), 'anonymous');

    const signedIn = await serve(cache, get('/blogs/news/a', {Cookie: 'session=abc'}), 'their own page');
    expect(signedIn.text).toBe('their own page');
    expect(signedIn.response.headers.get(PAGE_CACHE_STATUS_HEADER)).toBeNull();

    await serve(cache, get('/collections/all', {Cookie: 'session=abc'}), 'personal');
    expect([...entries.keys()].some((key) => key.endsWith('/collections/all'))).toBe(false);
  });

  it('keeps nothing personal or failed: the cart, accounts, posts, 404s', async () => {
    const {storage, entries} = memoryCacheStorage();
    const cache = await openWorkerPageCache(storage);
    await serve(cache, get('/cart'), 'cart');
    await serve(cache, get('/api/cart', {Cookie: 'cart=c1-abc'}), 'their cart');
    await serve(cache, get('/account'), 'account');
    const post = new Request('https://shop.test/blogs/news/a', {method: 'POST', body: 'x'});
    cache.keep(post, page('posted'), responseAudience(post, page('posted')), () => {});
    const missing = get('/no-such-page');
    const gone = () => new Response('gone', {status: 404, headers: {'Content-Type': 'text/html'}});
    cache.keep(missing, gone(), responseAudience(missing, gone()), () => {});
    expect([...entries.keys()]).toEqual([]);
  });

  it.each([
    ['a returning reader', 'tf_visitor=0123abcd; _shopify_y=visitor-one'],
    ['a shopper with a cart (the page asks for it after loading)', 'cart=c1-abc; tf_visitor=0123abcd'],
  ])('gives %s, whose cookies no page reads, the copy a reader without cookies got, kept to them', async (_name, cookie) => {
    const {storage} = memoryCacheStorage();
    const cache = await openWorkerPageCache(storage);
    await serve(cache, get('/blogs/news/a'), 'anonymous');

    const returning = await serve(cache, get('/blogs/news/a', {Cookie: cookie}), 'rendered again');
    expect(returning.text).toBe('anonymous');
    expect(returning.response.headers.get(PAGE_CACHE_STATUS_HEADER)).toBe('HIT');
    // Shared caches in front must not keep it: the request had cookies.
    expect(returning.response.headers.get('Cache-Control')).toBe('private, no-store');
    expect(returning.response.headers.get('Oxygen-Cache-Control')).toBeNull();
  });

  it('keeps one copy per value of the cookies that shape a page, and never mixes them', async () => {
    const {storage} = memoryCacheStorage();
    const cache = await openWorkerPageCache(storage);
    const granted = {Cookie: 'tf_visitor=0123abcd; tf_analytics_consent=Imdyb'};
    const dismissed = {Cookie: 'tf_dismissed_promos=WyJzcHJpbmciXQ'};

    expect((await serve(cache, get('/blogs/news/a', granted), 'without the banner')).text).toBe('without the banner');
    expect((await serve(cache, get('/blogs/news/a'), 'with the banner')).text).toBe('with the banner');
    expect((await serve(cache, get('/blogs/news/a', dismissed), 'without the promo')).text).toBe('without the promo');

    // The same cookie, in another order and beside a cookie no page reads: the same copy.
    const again = await serve(cache, get('/blogs/news/a', {Cookie: '_shopify_s=x; tf_analytics_consent=Imdyb'}), 'rendered again');
    expect(again.text).toBe('without the banner');
    expect((await serve(cache, get('/blogs/news/a'), 'rendered again')).text).toBe('with the banner');
    expect((await serve(cache, get('/blogs/news/a', dismissed), 'rendered again')).text).toBe('without the promo');
  });

  it('a copy kept for a returning reader is handed to a reader without cookies with the shared headers', async () => {
    const {storage} = memoryCacheStorage();
    const cache = await openWorkerPageCache(storage);
    await serve(cache, get('/blogs/news/a', {Cookie: 'tf_visitor=0123abcd'}), 'first render');
    const anonymous = await serve(cache, get('/blogs/news/a'), 'second render');
    expect(anonymous.text).toBe('first render');
    expect(anonymous.response.headers.get('Cache-Control')).toMatch(/^public\b/);
    expect(anonymous.response.headers.get('Oxygen-Cache-Control')).toMatch(/^public\b/);
    expect(anonymous.response.headers.get('Vary')).toMatch(/\bCookie\b/);
  });

  it('never keeps or answers a reader with a cookie it does not know, even beside ones it does', async () => {
    const {storage, entries} = memoryCacheStorage();
    const cache = await openWorkerPageCache(storage);
    await serve(cache, get('/blogs/news/a'), 'anonymous');
    const unknown = await serve(cache, get('/blogs/news/a', {Cookie: 'tf_visitor=0123abcd; someone_else=1'}), 'their own');
    expect(unknown.text).toBe('their own');
    expect(entries.size).toBe(1);
  });

  it('a kept copy carries no analytics ids of the reader it was rendered for', async () => {
    const {storage} = memoryCacheStorage();
    const cache = await openWorkerPageCache(storage);
    const request = get('/blogs/news/a', {Cookie: 'tf_visitor=0123abcd'});
    const rendered = new Response('page', {
      status: 200,
      headers: {'Content-Type': 'text/html; charset=utf-8', 'Server-Timing': '_y;desc=visitor-one, _s;desc=visit-one, render;dur=4'},
    });
    const writes: Promise<unknown>[] = [];
    const audience = responseAudience(request, rendered);
    await cache.keep(request, applyPageCachePolicy(request, rendered), audience, (promise) => writes.push(promise)).text();
    await Promise.all(writes);
    const next = await cache.match(get('/blogs/news/a', {Cookie: 'tf_visitor=fedc9876'}));
    expect(next?.headers.get('Server-Timing')).toBe('render;dur=4');
  });
});
