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
