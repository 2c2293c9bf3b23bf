/**
 * A small Admin API client for the few writes the Storefront API cannot do
 * (comment submission, newsletter sign-up). Server-only: the client secret and
 * the access token never leave the worker.
 *
 * Tokens come from the client-credentials grant and are cached per isolate
 * until shortly before they expire; a 401 refreshes the token once.
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

// Refresh a little early so a token never expires mid-request.
const EXPIRY_MARGIN_MS = 60_000;
const DEFAULT_TIMEOUT_MS = 8_000;

export function createAdminClient(
  credentials: AdminCredentials,
  {timeoutMs = DEFAULT_TIMEOUT_MS, fetchImpl = fetch}: {timeoutMs?: number; fetchImpl?: typeof fetch} = {},
) {
  const cacheKey = `${credentials.origin}|${credentials.clientId}`;

  async function requestToken(): Promise<string> {
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

  async function token(): Promise<string> {
    const cached = tokenCache.get(cacheKey);
    if (cached && cached.expiresAt > Date.now()) return cached.value;
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
    let response = await attempt(await token());
    if (response.status === 401) {
      tokenCache.delete(cacheKey);
      response = await attempt(await requestToken());
    }
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

/** Only for tests: forget cached tokens. */
export function clearAdminTokenCache() {
  tokenCache.clear();
}
