import {describe, expect, it} from 'vitest';
import {applyPageCachePolicy, PRIVATE_CACHE_CONTROL, requestAudience, responseAudience} from '~/lib/shop/page-cache.server';

const html = (init: ResponseInit & {headers?: Record<string, string>} = {}) =>
  new Response('<!DOCTYPE html><p>page</p>', {
    status: init.status ?? 200,
    headers: {'Content-Type': 'text/html; charset=utf-8', ...init.headers},
  });

const get = (path: string, headers: Record<string, string> = {}) => new Request(`https://shop.test${path}`, {headers});

describe('full-page cache policy', () => {
  it('shares an anonymous GET of a page: public for shared caches, fresh for browsers, varying on cookies', () => {
    const response = applyPageCachePolicy(get('/blogs/news/a'), html());
    expect(response.headers.get('Cache-Control')).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
    expect(response.headers.get('Oxygen-Cache-Control')).toMatch(/^public, max-age=[1-9]\d*/);
    expect(response.headers.get('Vary')).toMatch(/\bCookie\b/);
  });

  it('keeps Vary values already there and adds Cookie once', () => {
    const response = applyPageCachePolicy(get('/'), html({headers: {Vary: 'Accept-Encoding'}}));
    expect(response.headers.get('Vary')).toBe('Accept-Encoding, Cookie');
  });

  it("drops the visitor's analytics ids from Server-Timing on a shared page, and keeps the rest", () => {
    const response = applyPageCachePolicy(
      get('/'),
      html({headers: {'Server-Timing': '_y;desc=visitor-one, _s;desc=visit-one, _sfapi_proxy;desc=1'}}),
    );
    expect(response.headers.get('Server-Timing')).toBe('_sfapi_proxy;desc=1');
  });

  it.each([
    ['a cart cookie', {Cookie: 'cart=c1-abc'}],
    ['a session cookie', {Cookie: 'session=signed'}],
    ['a dismissed banner', {Cookie: 'tf_dismissed_promos=spring'}],
    ['any other cookie', {Cookie: '_shopify_y=abc'}],
  ])('never shares a page asked for with %s', (_name, headers) => {
    const response = applyPageCachePolicy(get('/blogs/news/a', headers), html());
    expect(response.headers.get('Cache-Control')).toBe(PRIVATE_CACHE_CONTROL);
    expect(response.headers.has('Oxygen-Cache-Control')).toBe(false);
  });

  it('never shares a response that sets a cookie, even one a route marked public', () => {
    const response = applyPageCachePolicy(
      get('/'),
      html({headers: {'Set-Cookie': 'session=new; Path=/', 'Cache-Control': 'public, max-age=60'}}),
    );
    expect(response.headers.get('Cache-Control')).toBe(PRIVATE_CACHE_CONTROL);
  });

  it.each(['/account', '/account/orders', '/cart', '/cart/2001:1', '/discount/TRAIL10', '/forms/token', '/cart.data', '/api/cart'])(
    'never shares %s',
    (path) => {
      expect(applyPageCachePolicy(get(path), html()).headers.get('Cache-Control')).toBe(PRIVATE_CACHE_CONTROL);
    },
  );

  it('never shares a POST answer, an error page or a not-found page', () => {
    const post = new Request('https://shop.test/blogs/news/a', {method: 'POST'});
    expect(applyPageCachePolicy(post, html()).headers.get('Cache-Control')).toBe(PRIVATE_CACHE_CONTROL);
    expect(applyPageCachePolicy(get('/nope'), html({status: 404})).headers.get('Cache-Control')).toBe(PRIVATE_CACHE_CONTROL);
    expect(applyPageCachePolicy(get('/'), html({status: 503})).headers.get('Cache-Control')).toBe(PRIVATE_CACHE_CONTROL);
  });

  it('treats route data (single fetch) like its page', () => {
    const data = () => new Response('[]', {headers: {'Content-Type': 'text/x-script'}});
    expect(applyPageCachePolicy(get('/blogs/news/a.data'), data()).headers.get('Cache-Control')).toMatch(/^public/);
    expect(applyPageCachePolicy(get('/blogs/news/a.data', {Cookie: 'cart=1'}), data()).headers.get('Cache-Control')).toBe(
      PRIVATE_CACHE_CONTROL,
    );
  });

  it("leaves a route's own caching of feeds and files alone", () => {
    const feed = new Response('<feed/>', {headers: {'Content-Type': 'application/atom+xml', 'Cache-Control': 'public, max-age=300'}});
    expect(applyPageCachePolicy(get('/blogs/news.atom', {Cookie: 'cart=1'}), feed).headers.get('Cache-Control')).toBe(
      'public, max-age=300',
    );
  });
});

describe('who may get a copy of a page from the worker’s own cache', () => {
  const audience = (headers: Record<string, string> = {}, path = '/blogs/news/a') => requestAudience(get(path, headers));

  it('everyone, without cookies; the same copy with only cookies no page reads', () => {
    expect(audience()).toEqual({kind: 'everyone'});
    expect(audience({Cookie: 'tf_visitor=0123abcd; _shopify_y=one; _shopify_s=two; _tracking_consent=x'})).toEqual({
      kind: 'alike',
      variant: '',
    });
  });

  it('the same copy for a shopper with a cart, whose page asks for the cart after it loads', () => {
    expect(audience({Cookie: 'cart=c1-abc'})).toEqual({kind: 'alike', variant: ''});
    expect(audience({Cookie: 'cart=c1-abc; tf_dismissed_promos=WyJhIl0'})).toEqual(audience({Cookie: 'tf_dismissed_promos=WyJhIl0'}));
  });

  it('only this visitor for the cart itself, whatever the cookies', () => {
    expect(audience({Cookie: 'cart=c1-abc'}, '/api/cart')).toEqual({kind: 'one'});
    expect(audience({}, '/api/cart')).toEqual({kind: 'one'});
    expect(audience({Cookie: 'cart=c1-abc'}, '/cart')).toEqual({kind: 'one'});
  });

  it('one copy per value of the cookies that shape a page, whatever their order', () => {
    const one = audience({Cookie: 'tf_dismissed_promos=WyJhIl0; tf_visitor=1; tf_analytics_consent=ImciIg'});
    const two = audience({Cookie: 'tf_analytics_consent=ImciIg; tf_dismissed_promos=WyJhIl0'});
    expect(one).toEqual(two);
    expect(one).not.toEqual(audience({Cookie: 'tf_analytics_consent=ImQiIg; tf_dismissed_promos=WyJhIl0'}));
  });

  it.each([
    ['a session', 'session=signed'],
    ['a cookie no one told it about', 'tf_visitor=1; somebody_else=1'],
  ])('only this visitor, with %s', (_name, cookie) => {
    expect(audience({Cookie: cookie})).toEqual({kind: 'one'});
  });

  it('only this visitor for posts, personal pages, failures and answers that set a cookie', () => {
    expect(requestAudience(new Request('https://shop.test/blogs/news/a', {method: 'POST'}))).toEqual({kind: 'one'});
    expect(audience({}, '/cart')).toEqual({kind: 'one'});
    expect(audience({}, '/account/orders')).toEqual({kind: 'one'});
    expect(responseAudience(get('/nope'), html({status: 404}))).toEqual({kind: 'one'});
    expect(responseAudience(get('/'), html({headers: {'Set-Cookie': 'a=1'}}))).toEqual({kind: 'one'});
    // A route that chose its own caching keeps it to readers without cookies.
    expect(responseAudience(get('/', {Cookie: 'tf_visitor=1'}), html({headers: {'Cache-Control': 'public, max-age=60'}}))).toEqual({
      kind: 'one',
    });
  });
});
