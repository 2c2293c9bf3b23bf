import {describe, expect, it} from 'vitest';
import {applyPageCachePolicy} from '~/lib/shop/page-cache.server';
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
  const response = cache.keep(request, applyPageCachePolicy(request, page(body)), (promise) => writes.push(promise));
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
    expect(entries.get('https://shop.test/')?.init.headers).toMatchObject({'cache-control': 'public, max-age=15'});
  });

  it('never answers a reader with cookies from the cache, and never keeps their page', async () => {
    const {storage, entries} = memoryCacheStorage();
    const cache = await openWorkerPageCache(storage);
    await serve(cache, get('/blogs/news/a'), 'anonymous');

    const withCart = await serve(cache, get('/blogs/news/a', {Cookie: 'cart=abc'}), 'their own page');
    expect(withCart.text).toBe('their own page');
    expect(withCart.response.headers.get(PAGE_CACHE_STATUS_HEADER)).toBeNull();

    await serve(cache, get('/collections/all', {Cookie: 'cart=abc'}), 'personal');
    expect(entries.has('https://shop.test/collections/all')).toBe(false);
  });

  it('keeps nothing personal or failed: the cart, accounts, posts, 404s', async () => {
    const {storage, entries} = memoryCacheStorage();
    const cache = await openWorkerPageCache(storage);
    await serve(cache, get('/cart'), 'cart');
    await serve(cache, get('/account'), 'account');
    const post = new Request('https://shop.test/blogs/news/a', {method: 'POST', body: 'x'});
    cache.keep(post, applyPageCachePolicy(post, page('posted')), () => {});
    const missing = get('/no-such-page');
    cache.keep(missing, applyPageCachePolicy(missing, new Response('gone', {status: 404, headers: {'Content-Type': 'text/html'}})), () => {});
    expect([...entries.keys()]).toEqual([]);
  });
});
