/**
 * A small Admin API client for the few writes the Storefront API cannot do
 * (comment submission, newsletter sign-up). Server-only: the client secret and
 * the access token never leave the worker.
 *
 * Tokens come from the client-credentials grant and are cached per isolate
 * until shortly before they expire; a 401 refreshes the token once. Refreshes are
 * single-flight: requests that need a token at the same time share one grant
 * request, and a failed one is forgotten so the next request tries afresh.
 *
 * GraphQL goes through Shopify's @shopify/admin-api-client, with every request it makes
 * routed through our own authorised, time-boxed fetch; REST stays a plain fetch
 * (docs/decisions/046-typed-admin-calls.md).
 */

import {createAdminApiClient, type AdminOperations} from '@shopify/admin-api-client';
import type {ClientReturn, ClientVariablesInRestParams} from '@shopify/hydrogen-codegen';

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

  /**
   * Shopify's GraphQL client, with every request it makes sent by `authorized` (our token, refresh and
   * time budget). One per call, so a timeout or network failure our fetch throws (which the library turns
   * into a message) is rethrown as itself, with its kind.
   */
  function graphqlClient(onTransportError: (error: unknown) => void) {
    return createAdminApiClient({
      storeDomain: credentials.origin,
      apiVersion: credentials.apiVersion,
      // The library wants a fixed token; ours rotates, so `authorized` sets the real header on each attempt.
      accessToken: 'set-per-request',
      // The library's own retries wait a second each: that would overrun our time budget.
      retries: 0,
      // The library always builds an https URL; `authorized` sends to our origin (the emulator is plain http).
      customFetchApi: (_url, init) =>
        authorized('/graphql.json', {method: 'POST', body: init?.body as string}).catch((error: unknown) => {
          onTransportError(error);
          throw error;
        }) as never,
      logger: (log) => {
        if (log.type === 'HTTP-Response-GraphQL-Deprecation-Notice') {
          console.warn('Admin API deprecation:', log.content.deprecationNotice);
        }
        // Unsupported_Api_Version is judged from the worker's clock, not from Shopify's answer: the
        // deprecation header above is the reliable signal.
      },
    });
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

    /**
     * Admin GraphQL: returns `data`, or throws on HTTP or top-level GraphQL errors. Documents in
     * `app/lib/<domain>/*.admin.ts` are typed by codegen (adminapi.generated.d.ts extends the library's
     * AdminQueries/AdminMutations), so call sites get typed variables and results.
     */
    async graphql<const Query extends string>(
      query: Query,
      ...[options]: ClientVariablesInRestParams<AdminOperations, Query>
    ): Promise<ClientReturn<AdminOperations, Query>> {
      let transportError: unknown;
      const {data, errors} = await graphqlClient((error) => (transportError = error)).request(query as string, {
        variables: options?.variables as Record<string, unknown> | undefined,
      });
      if (transportError instanceof AdminApiError) throw transportError;
      if (errors || !data) {
        const status = errors?.networkStatusCode ?? null;
        const graphQLErrors = errors?.graphQLErrors?.map((error) => error.message).join('; ');
        throw new AdminApiError(
          graphQLErrors ? `Admin GraphQL error: ${graphQLErrors}` : `Admin GraphQL failed (${status ?? errors?.message ?? 'no data'})`,
          status,
          graphQLErrors ? 'graphql' : 'http',
        );
      }
      return data as ClientReturn<AdminOperations, Query>;
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
