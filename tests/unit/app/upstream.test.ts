import {describe, expect, it, vi} from 'vitest';
import {guardStorefront, isServiceUnavailable, RETRY_AFTER_SECONDS, withTimeout} from '~/lib/shop/upstream.server';

/** A Storefront client stand-in whose query answers (or fails) as the test says. */
function storefrontAnswering(answer: () => Promise<unknown>) {
  return {query: vi.fn((_document: string, _options?: unknown) => answer()), mutate: vi.fn((_document: string) => answer())};
}

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );
}

describe('guardStorefront', () => {
  const quiet = () => vi.spyOn(console, 'warn').mockImplementation(() => {});

  it.each([
    ['an HTTP error (5xx or 430)', () => Promise.reject(new Error('API response error: 430'))],
    ['a connection reset', () => Promise.reject(new TypeError('fetch failed'))],
    ['a timeout', () => Promise.reject(new DOMException('The operation was aborted due to timeout', 'TimeoutError'))],
    ['THROTTLED', () => Promise.resolve({errors: [{message: 'Throttled', extensions: {code: 'THROTTLED'}}]})],
    ['an unreadable (non-JSON) answer', () => Promise.resolve({})],
  ])('turns %s into a 503 with Retry-After', async (_name, answer) => {
    const warn = quiet();
    const storefront = guardStorefront(storefrontAnswering(answer));
    const error = await failureOf(storefront.query('query ProductPage { product(handle: "x") { id } }'));
    expect(isServiceUnavailable(error)).toBe(true);
    expect((error as Response).headers.get('Retry-After')).toBe(String(RETRY_AFTER_SECONDS));
    expect(warn.mock.calls[0]?.[0]).toMatch(/ProductPage unavailable/);
    warn.mockRestore();
  });

  it('passes answers through, including a missing thing (null) and errors that are not outages', async () => {
    const missing = {product: null};
    expect(await guardStorefront(storefrontAnswering(async () => missing)).query('query P { product { id } }')).toBe(missing);
    const badCursor = {products: null, errors: [{message: 'Invalid cursor', extensions: {code: 'BAD_REQUEST'}}]};
    expect(await guardStorefront(storefrontAnswering(async () => badCursor)).query('query P { products { id } }')).toBe(
      badCursor,
    );
  });

  it('guards mutations too', async () => {
    const warn = quiet();
    const storefront = guardStorefront(storefrontAnswering(() => Promise.reject(new Error('API response error: 503'))));
    expect(isServiceUnavailable(await failureOf(storefront.mutate('mutation CartCreate { cartCreate { cart { id } } }')))).toBe(
      true,
    );
    warn.mockRestore();
  });
});

describe('withTimeout', () => {
  const hanging = ((_input: RequestInfo | URL, init?: RequestInit) =>
    new Promise((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
    })) as typeof fetch;

  it('abandons a request that does not answer within the budget', async () => {
    const error = await failureOf(withTimeout(hanging, 30)('https://shop.example/api/2025-04/graphql.json'));
    expect((error as Error).name).toBe('TimeoutError');
  });

  it('leaves a request that brings its own signal alone', async () => {
    const own = new AbortController();
    const pending = withTimeout(hanging, 30)('https://shop.example/', {signal: own.signal});
    let settled = false;
    void pending.catch(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(settled).toBe(false);
    own.abort();
    await expect(pending).rejects.toBeDefined();
  });
});
