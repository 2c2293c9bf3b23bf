import {afterEach, describe, expect, it, vi} from 'vitest';
import {fetchVisitorCart, VISITOR_CART_PATH} from '~/lib/cart/visitor-cart';

/** What the header and drawer make of /api/cart's answers: a cart, no cart, or "cannot say" — never a made-up empty cart. */
describe('fetchVisitorCart', () => {
  afterEach(() => vi.unstubAllGlobals());

  function answering(response: () => Response | Promise<Response>) {
    const fetch = vi.fn(async () => response());
    vi.stubGlobal('fetch', fetch);
    return fetch;
  }

  it('asks the personal path for JSON and hands back the cart', async () => {
    const cart = {id: 'gid://shopify/Cart/c1', totalQuantity: 2};
    const fetch = answering(() => Response.json({cart}));
    expect(await fetchVisitorCart()).toEqual({cart});
    expect(fetch).toHaveBeenCalledWith(VISITOR_CART_PATH, expect.objectContaining({headers: {Accept: 'application/json'}}));
  });

  it('knows a visitor without a cart', async () => {
    answering(() => Response.json({cart: null}));
    expect(await fetchVisitorCart()).toEqual({cart: null});
  });

  it.each([
    ['Shopify could not answer (503)', () => Response.json({cart: null, unavailable: true}, {status: 503})],
    ['an error page instead of JSON', () => new Response('<html>busy</html>', {status: 502})],
    ['a 200 that is not JSON', () => new Response('not json')],
    ['JSON without a cart', () => Response.json({hello: 'world'})],
    ['an unavailable answer with status 200', () => Response.json({cart: null, unavailable: true})],
    ['a network failure', () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('says "unavailable", not "empty", on %s', async (_name, response) => {
    answering(response);
    expect(await fetchVisitorCart()).toEqual({cart: null, unavailable: true});
  });

  it('lets an abort through, so the router can drop a reload it cut short', async () => {
    const controller = new AbortController();
    controller.abort();
    answering(() => Promise.reject(new DOMException('aborted', 'AbortError')));
    await expect(fetchVisitorCart(controller.signal)).rejects.toThrow('aborted');
  });
});
