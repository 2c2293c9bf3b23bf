import {beforeEach, describe, expect, it} from 'vitest';
import {AdminApiError, clearAdminTokenCache, createAdminClient} from '~/lib/admin/admin-client.server';

const credentials = {origin: 'https://shop.test', clientId: 'id', clientSecret: 'secret', apiVersion: '2025-07'};

/** A fake Shopify: issues numbered tokens and lets a test decide which token it still accepts. */
function fakeShopify() {
  const calls: string[] = [];
  let issued = 0;
  let accepted = 'token-1';
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push(url.replace(credentials.origin, ''));
    if (url.endsWith('/admin/oauth/access_token')) {
      const body = new URLSearchParams(String(init?.body));
      expect(body.get('grant_type')).toBe('client_credentials');
      issued += 1;
      return Response.json({access_token: `token-${issued}`, expires_in: 86399});
    }
    const token = new Headers(init?.headers).get('X-Shopify-Access-Token');
    if (token !== accepted) return new Response('Unauthorized', {status: 401});
    return Response.json({comment: {status: 'pending'}});
  }) as typeof fetch;
  return {calls, fetchImpl, revoke: (next: string) => (accepted = next)};
}

describe('createAdminClient', () => {
  beforeEach(() => clearAdminTokenCache());

  it('fetches a token once and reuses it', async () => {
    const shop = fakeShopify();
    const admin = createAdminClient(credentials, {fetchImpl: shop.fetchImpl});
    await admin.rest('POST', '/comments.json', {});
    await admin.rest('POST', '/comments.json', {});
    expect(shop.calls.filter((call) => call.includes('access_token'))).toHaveLength(1);
  });

  it('refreshes the token once on a 401 and retries', async () => {
    const shop = fakeShopify();
    const admin = createAdminClient(credentials, {fetchImpl: shop.fetchImpl});
    await admin.rest('POST', '/comments.json', {});
    shop.revoke('token-2');
    await expect(admin.rest('POST', '/comments.json', {})).resolves.toEqual({comment: {status: 'pending'}});
    expect(shop.calls.filter((call) => call.includes('access_token'))).toHaveLength(2);
  });

  it('gives up after one refresh', async () => {
    const shop = fakeShopify();
    const admin = createAdminClient(credentials, {fetchImpl: shop.fetchImpl});
    shop.revoke('never');
    await expect(admin.rest('POST', '/comments.json', {})).rejects.toMatchObject({status: 401});
  });

  it('turns a hung request into a timeout error', async () => {
    const hanging = ((_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
      })) as typeof fetch;
    const admin = createAdminClient(credentials, {fetchImpl: hanging, timeoutMs: 50});
    const error = await admin.rest('GET', '/shop.json').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AdminApiError);
    expect((error as AdminApiError).kind).toBe('timeout');
  });
});

describe('single-flight token refresh', () => {
  beforeEach(() => clearAdminTokenCache());

  /** A fake Shopify whose token grants wait until the test releases them, counting every call. */
  function slowGrants() {
    let grants = 0;
    let failNext = false;
    const releases: Array<() => void> = [];
    const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      if (url.endsWith('/admin/oauth/access_token')) {
        grants += 1;
        const number = grants;
        const fail = failNext;
        failNext = false;
        await new Promise<void>((resolve) => releases.push(resolve));
        if (fail) return new Response('Service Unavailable', {status: 503});
        return Response.json({access_token: `token-${number}`, expires_in: 86399});
      }
      return Response.json({used: new Headers(init?.headers).get('X-Shopify-Access-Token')});
    }) as typeof fetch;
    return {
      fetchImpl,
      grants: () => grants,
      failNextGrant: () => (failNext = true),
      /** Lets every grant waiting so far answer (after the callers have all asked). */
      release: async () => {
        await new Promise((resolve) => setTimeout(resolve, 0));
        releases.splice(0).forEach((release) => release());
      },
    };
  }

  it('shares one grant request between requests that need a token at the same time', async () => {
    const shop = slowGrants();
    const admin = createAdminClient(credentials, {fetchImpl: shop.fetchImpl});
    const requests = Array.from({length: 5}, () => admin.rest<{used: string}>('GET', '/shop.json'));
    await shop.release();
    const answers = await Promise.all(requests);
    expect(shop.grants()).toBe(1);
    expect(answers.map((answer) => answer.used)).toEqual(Array(5).fill('token-1'));
  });

  it('does not keep a failed grant: the next request asks again and succeeds', async () => {
    const shop = slowGrants();
    const admin = createAdminClient(credentials, {fetchImpl: shop.fetchImpl});
    shop.failNextGrant();
    const failing = Promise.allSettled([admin.rest('GET', '/shop.json'), admin.rest('GET', '/shop.json')]);
    await shop.release();
    const results = await failing;
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(shop.grants()).toBe(1);

    const retry = admin.rest<{used: string}>('GET', '/shop.json');
    await shop.release();
    await expect(retry).resolves.toEqual({used: 'token-2'});
    expect(shop.grants()).toBe(2);
  });

  it('refreshes once when several requests are refused with the same stale token', async () => {
    const shop = fakeShopify();
    const admin = createAdminClient(credentials, {fetchImpl: shop.fetchImpl});
    await admin.rest('POST', '/comments.json', {});
    shop.revoke('token-2');
    await Promise.all([1, 2, 3].map(() => admin.rest('POST', '/comments.json', {})));
    expect(shop.calls.filter((call) => call.includes('access_token'))).toHaveLength(2);
  });
});
