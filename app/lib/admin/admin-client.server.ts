/**
 * A small Admin API client for the few writes the Storefront API cannot do
 * (comment submission, newsletter sign-up). Server-only: the client secret and
 * the access token never leave the worker.
 *
 * Tokens come from the client-credentials grant and are cached per isolate
 * until shortly before they expire; a 401 refreshes the token once. Refreshes are
 * single-flight: requests that need a token at the same time share one grant
 * request, and a failed one is forgotten so the next request tries afresh.
 */

export type AdminCredentials = {
  /** Origin of the Admin API, e.g. https://trailforge.myshopify.com (or the emulator's http origin). */
  origin: string;
  clientId: string;
  clientSecret: string;
  apiVersion: string;
};

export class AdminApiError extends Error {
  constructor(
    message: string,
    public readonly status: number | null,
    public readonly kind: 'timeout' | 'network' | 'http' | 'graphql' | 'auth',
  ) {
    super(message);
    this.name = 'AdminApiError';
  }
}

type CachedToken = {value: string; expiresAt: number};
const tokenCache = new Map<string, CachedToken>();
/** The grant request under way per store/client, shared by every request that needs a token meanwhile. */
const tokenRequests = new Map<string, Promise<string>>();

// Refresh a little early so a token never expires mid-request.
const EXPIRY_MARGIN_MS = 60_000;
export const DEFAULT_ADMIN_TIMEOUT_MS = 8_000;

export function createAdminClient(
  credentials: AdminCredentials,
  {timeoutMs = DEFAULT_ADMIN_TIMEOUT_MS, fetchImpl = fetch}: {timeoutMs?: number; fetchImpl?: typeof fetch} = {},
) {
  const cacheKey = `${credentials.origin}|${credentials.clientId}`;

  async function grantToken(): Promise<string> {
    const response = await send(`${credentials.origin}/admin/oauth/access_token`, {
      method: 'POST',
      headers: {'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json'},
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: credentials.clientId,
        client_secret: credentials.clientSecret,
      }).toString(),
    });
    if (!response.ok) {
      throw new AdminApiError(`Admin token request failed (${response.status})`, response.status, 'auth');
    }
    const body = (await response.json()) as {access_token?: string; expires_in?: number};
    if (!body.access_token) throw new AdminApiError('Admin token response had no token', response.status, 'auth');
    const lifetimeMs = (body.expires_in ?? 86_399) * 1000;
    tokenCache.set(cacheKey, {value: body.access_token, expiresAt: Date.now() + lifetimeMs - EXPIRY_MARGIN_MS});
    return body.access_token;
  }

  /** One grant request at a time; the others wait for it (bounded by our own timeout, too). */
  function requestToken(): Promise<string> {
    let shared = tokenRequests.get(cacheKey);
    if (!shared) {
      shared = grantToken().finally(() => tokenRequests.delete(cacheKey));
      tokenRequests.set(cacheKey, shared);
    }
    return withTimeout(shared, timeoutMs);
  }

  async function token(): Promise<string> {
    const cached = tokenCache.get(cacheKey);
    if (cached && cached.expiresAt > Date.now()) return cached.value;
    return requestToken();
  }

  /** After a 401 for `rejected`: use a token someone else got meanwhile, else ask for a new one. */
  async function refreshedToken(rejected: string): Promise<string> {
    const cached = tokenCache.get(cacheKey);
    if (cached && cached.value !== rejected && cached.expiresAt > Date.now()) return cached.value;
    if (cached?.value === rejected) tokenCache.delete(cacheKey);
    return requestToken();
  }

  async function send(url: string, init: RequestInit): Promise<Response> {
    try {
      return await fetchImpl(url, {...init, signal: AbortSignal.timeout(timeoutMs)});
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      if (name === 'TimeoutError' || name === 'AbortError') {
        throw new AdminApiError(`Admin API timed out after ${timeoutMs} ms`, null, 'timeout');
      }
      throw new AdminApiError('Admin API could not be reached', null, 'network');
    }
  }

  /** Sends an authenticated request, refreshing the token once if Shopify says it is no longer valid. */
  async function authorized(path: string, init: RequestInit): Promise<Response> {
    const url = `${credentials.origin}/admin/api/${credentials.apiVersion}${path}`;
    const attempt = async (accessToken: string) =>
      send(url, {
        ...init,
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          ...init.headers,
          'X-Shopify-Access-Token': accessToken,
        },
      });
    const accessToken = await token();
    let response = await attempt(accessToken);
    if (response.status === 401) response = await attempt(await refreshedToken(accessToken));
    return response;
  }

  return {
    /** Admin REST: returns the parsed JSON body, or throws AdminApiError with the HTTP status. */
    async rest<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
      const response = await authorized(path, {
        method,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) {
        throw new AdminApiError(`Admin REST ${method} ${path} failed (${response.status})`, response.status, 'http');
      }
      return (await response.json()) as T;
    },

    /** Admin GraphQL: returns `data`, or throws on HTTP or top-level GraphQL errors. */
    async graphql<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
      const response = await authorized('/graphql.json', {
        method: 'POST',
        body: JSON.stringify({query, variables}),
      });
      if (!response.ok) {
        throw new AdminApiError(`Admin GraphQL failed (${response.status})`, response.status, 'http');
      }
      const result = (await response.json()) as {data?: T; errors?: Array<{message: string}>};
      if (result.errors?.length || !result.data) {
        throw new AdminApiError(
          `Admin GraphQL error: ${result.errors?.map((error) => error.message).join('; ') ?? 'no data'}`,
          response.status,
          'graphql',
        );
      }
      return result.data;
    },
  };
}

export type AdminClient = ReturnType<typeof createAdminClient>;

/**
 * A request waiting on another request's grant must not wait forever: on Oxygen, work started by a
 * request that was cancelled may never settle.
 */
function withTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new AdminApiError(`Admin API timed out after ${timeoutMs} ms`, null, 'timeout')),
      timeoutMs,
    );
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/** Only for tests: forget cached tokens. */
export function clearAdminTokenCache() {
  tokenCache.clear();
  tokenRequests.clear();
}
