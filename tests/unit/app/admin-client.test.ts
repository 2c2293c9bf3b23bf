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

describe('createAdminClient GraphQL (sent with @shopify/admin-api-client)', () => {
  beforeEach(() => clearAdminTokenCache());

  // An http origin, like the emulator's: the library on its own would rewrite it to https.
  const local = {...credentials, origin: 'http://127.0.0.1:4999'};

  /** A fake Admin GraphQL endpoint that accepts one token and answers with what `respond` returns. */
  function fakeGraphql(respond: (body: {query: string; variables?: Record<string, unknown>}) => Response) {
    const sent: Array<{url: string; token: string | null; body: {query: string; variables?: Record<string, unknown>}}> = [];
    let issued = 0;
    let accepted = 'token-1';
    const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      if (url.endsWith('/admin/oauth/access_token')) {
        issued += 1;
        return Response.json({access_token: `token-${issued}`, expires_in: 86399});
      }
      const token = new Headers(init?.headers).get('X-Shopify-Access-Token');
      const body = JSON.parse(String(init?.body)) as {query: string; variables?: Record<string, unknown>};
      sent.push({url, token, body});
      if (token !== accepted) return new Response('Unauthorized', {status: 401});
      return respond(body);
    }) as typeof fetch;
    return {sent, fetchImpl, revoke: (next: string) => (accepted = next)};
  }

  it('sends the document and its variables to our origin with the granted token, and returns data', async () => {
    const shop = fakeGraphql(() => Response.json({data: {blog: {commentPolicy: 'CLOSED'}}}));
    const admin = createAdminClient(local, {fetchImpl: shop.fetchImpl});
    const data = await admin.graphql('query Policy($id: ID!) { blog(id: $id) { commentPolicy } }', {
      variables: {id: 'gid://shopify/Blog/1'},
    });
    expect(data).toEqual({blog: {commentPolicy: 'CLOSED'}});
    expect(shop.sent).toEqual([
      {
        url: 'http://127.0.0.1:4999/admin/api/2025-07/graphql.json',
        token: 'token-1',
        body: {query: 'query Policy($id: ID!) { blog(id: $id) { commentPolicy } }', variables: {id: 'gid://shopify/Blog/1'}},
      },
    ]);
  });

  it('refreshes the token once on a 401, as REST does', async () => {
    const shop = fakeGraphql(() => Response.json({data: {shop: {name: 'Trailforge'}}}));
    const admin = createAdminClient(local, {fetchImpl: shop.fetchImpl});
    shop.revoke('token-2');
    await expect(admin.graphql('{ shop { name } }')).resolves.toEqual({shop: {name: 'Trailforge'}});
    expect(shop.sent.map((request) => request.token)).toEqual(['token-1', 'token-2']);
  });

  it('throws top-level GraphQL errors with their messages', async () => {
    const shop = fakeGraphql(() => Response.json({errors: [{message: 'Field "nope" doesn\'t exist'}]}));
    const admin = createAdminClient(local, {fetchImpl: shop.fetchImpl});
    const error = await admin.graphql('{ nope }').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AdminApiError);
    expect(error).toMatchObject({kind: 'graphql', message: 'Admin GraphQL error: Field "nope" doesn\'t exist'});
  });

  it('throws HTTP failures with their status', async () => {
    const shop = fakeGraphql(() => new Response('Service Unavailable', {status: 503}));
    const admin = createAdminClient(local, {fetchImpl: shop.fetchImpl});
    await expect(admin.graphql('{ shop { name } }')).rejects.toMatchObject({kind: 'http', status: 503});
  });

  it('keeps the time budget: a hung GraphQL request is a timeout error, not a library message', async () => {
    const hanging = ((input: RequestInfo | URL, init?: RequestInit) =>
      String(input).endsWith('/admin/oauth/access_token')
        ? Promise.resolve(Response.json({access_token: 'token-1', expires_in: 86399}))
        : new Promise((_resolve, reject) => {
            init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
          })) as typeof fetch;
    const admin = createAdminClient(local, {fetchImpl: hanging, timeoutMs: 50});
    const error = await admin.graphql('{ shop { name } }').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AdminApiError);
    expect((error as AdminApiError).kind).toBe('timeout');
  });
});
