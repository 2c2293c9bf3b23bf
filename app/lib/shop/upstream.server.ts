/**
 * What the storefront does when Shopify fails (docs/decisions/044-upstream-failures-and-settings.md):
 *
 * - every outgoing request has a time budget, so a hung upstream cannot hold a page forever;
 * - a Storefront API call that fails (5xx, 430, THROTTLED, unreadable JSON, reset, timeout) throws a
 *   503 Response with Retry-After. In a loader's critical data that becomes the branded error page
 *   with 503; deferred data catches it and renders without the part that failed.
 */

/** How long a reader is asked to wait before trying again, in seconds. */
export const RETRY_AFTER_SECONDS = 30;

/** GraphQL error codes that mean "Shopify could not answer", not "your query asked for nothing". */
const UNAVAILABLE_CODES = new Set(['THROTTLED', 'INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE', 'TIMEOUT']);

export function serviceUnavailable(): Response {
  return new Response('The store could not be reached. Please try again in a moment.', {
    status: 503,
    statusText: 'Service Unavailable',
    headers: {'Retry-After': String(RETRY_AFTER_SECONDS), 'Content-Type': 'text/plain; charset=utf-8'},
  });
}

/**
 * One line for the server log about a failed upstream call: the guarded Storefront client throws a 503
 * Response, which would otherwise print as an opaque `Response {…}` dump.
 */
export function describeFailure(error: unknown): string {
  if (error instanceof Response) return `HTTP ${error.status} ${error.statusText}`.trim();
  if (error instanceof Error) return error.message;
  return String(error);
}

export function isServiceUnavailable(error: unknown): error is Response {
  return error instanceof Response && error.status === 503;
}

/**
 * Wraps a fetch so that a request without its own signal is abandoned after `timeoutMs`
 * (a request with a signal already has a budget, e.g. the Admin client's).
 */
export function withTimeout(fetchImpl: typeof fetch, timeoutMs: number): typeof fetch {
  return (input, init) =>
    fetchImpl(input, init?.signal ? init : {...init, signal: AbortSignal.timeout(timeoutMs)});
}

const originalFetch = globalThis.fetch.bind(globalThis);
let installedTimeoutMs: number | undefined;

/**
 * Hydrogen's Storefront client calls the global fetch and takes no signal or fetch of its own, so
 * the budget is set on the global fetch, once per isolate (the worker makes no other kind of request).
 */
export function installUpstreamTimeout(timeoutMs: number): void {
  if (installedTimeoutMs === timeoutMs) return;
  globalThis.fetch = withTimeout(originalFetch, timeoutMs);
  installedTimeoutMs = timeoutMs;
}

type GraphqlResult = {errors?: Array<{extensions?: {code?: unknown}}>} & Record<string, unknown>;

/** Why a resolved Storefront result is still an outage, or null when it is an answer. */
function unavailableReason(result: unknown): string | null {
  if (!result || typeof result !== 'object') return 'no result';
  const {errors, ...data} = result as GraphqlResult;
  const code = errors?.map((error) => error.extensions?.code).find((value) => UNAVAILABLE_CODES.has(String(value)));
  if (code) return String(code);
  // Every document selects at least one root field, so an answer always has one key (null or not).
  // Hydrogen hands back {} when the body was not JSON at all.
  if (Object.keys(data).length === 0 && !errors?.length) return 'unreadable response';
  return null;
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.split('\n')[0]}`;
  return String(error);
}

function guarded<T>(operation: string, run: () => Promise<T>): Promise<T> {
  return run().then(
    (result) => {
      const reason = unavailableReason(result);
      if (!reason) return result;
      console.warn(`[storefront] ${operation} unavailable: ${reason}`);
      throw serviceUnavailable();
    },
    (error: unknown) => {
      if (isServiceUnavailable(error)) throw error;
      console.warn(`[storefront] ${operation} unavailable: ${describe(error)}`);
      throw serviceUnavailable();
    },
  );
}

/** The operation name of a document, for the log line ("query ProductPage(" → ProductPage). */
function operationName(document: string): string {
  return /\b(?:query|mutation)\s+([A-Za-z_]\w*)/.exec(document)?.[1] ?? 'anonymous operation';
}

interface StorefrontLike {
  query: (...args: never[]) => Promise<unknown>;
  mutate: (...args: never[]) => Promise<unknown>;
}

/** The Storefront client with every query and mutation turning an outage into a 503 (see above). */
export function guardStorefront<S extends StorefrontLike>(storefront: S): S {
  const query = ((...args: Parameters<S['query']>) =>
    guarded(operationName(String(args[0])), () => storefront.query(...args))) as S['query'];
  const mutate = ((...args: Parameters<S['mutate']>) =>
    guarded(operationName(String(args[0])), () => storefront.mutate(...args))) as S['mutate'];
  return {...storefront, query, mutate};
}

/**
 * Resolves to the promise's value, or to `fallback` after `ms`, whichever comes first (the timer is
 * cleared): for optional upstream data a page will not wait long for. A rejection passes through.
 */
export function settledWithin<T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<F>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
