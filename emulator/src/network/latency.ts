import type {Router} from '../http/router';
import {graphqlOperationName} from '../faults/faults';
import {MAX_GRAPHQL_BODY_BYTES} from '../graphql/limits';

/**
 * The network to Shopify, modelled: every Storefront API call, and every Admin API call a storefront
 * makes (its token, GraphQL and REST comments), waits `latencyMs` before it is answered
 * (EMULATOR_LATENCY_MS, default 0), and the emulator remembers how long each call took, so
 * `npm run bench` can compare a page's time to first byte with its slowest call and see which calls
 * waited on others. The Admin API is on the same network as the Storefront API on a real store: a
 * page that waits on it waits a round trip too.
 *
 *   GET    /__emulator/timings   the recent calls: [{api, operation, ms, startedAt}], oldest first
 *   DELETE /__emulator/timings   forget them
 *
 * `ms` is the whole call as the storefront saw it from the emulator's side: the modelled latency plus
 * the execution. Only the last MAX_TIMINGS calls are kept, so a long run cannot grow memory.
 */
const STOREFRONT_PATH = /^\/api\/[^/]+\/graphql\.json$/;
const ADMIN_GRAPHQL_PATH = /^\/admin\/api\/[^/]+\/graphql\.json$/;
const ADMIN_OTHER_PATH = /^\/admin\/(?:oauth\/access_token|api\/[^/]+\/comments(?:\.json|\/[^/]+))$/;
const CONTROL_PATH = '/__emulator/timings';
export const MAX_TIMINGS = 1_000;

export interface CallTiming {
  api: 'storefront' | 'admin';
  /** The GraphQL operation's name, or the method and path of an Admin call that is not GraphQL. */
  operation: string;
  ms: number;
  /** Epoch milliseconds when the call reached the emulator. */
  startedAt: number;
}

export function registerNetworkModel(router: Router, latencyMs: number, clock: () => number = () => performance.now()) {
  const timings: CallTiming[] = [];

  router.use(async (request, ctx, next) => {
    const {pathname} = ctx.url;
    const storefront = STOREFRONT_PATH.test(pathname);
    const graphql = storefront || ADMIN_GRAPHQL_PATH.test(pathname);
    if ((!graphql && !ADMIN_OTHER_PATH.test(pathname)) || request.method === 'OPTIONS') return next();
    const started = clock();
    const startedAt = Date.now();
    // The operation name is read only for the record; a body that is not JSON is still served, and
    // one over the GraphQL size limit is left for the route to refuse, unread here.
    const declared = Number(request.headers.get('content-length') ?? 0);
    const body = graphql && request.method === 'POST' && declared <= MAX_GRAPHQL_BODY_BYTES ? await request.clone().text() : '';
    const operation = graphql
      ? (graphqlOperationName(body, ctx.url) ?? '(anonymous)')
      : `${request.method} ${pathname.replace(/^\/admin\/(?:api\/[^/]+\/)?/, '')}`;
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    const response = await next();
    timings.push({api: storefront ? 'storefront' : 'admin', operation, ms: Math.round((clock() - started) * 10) / 10, startedAt});
    if (timings.length > MAX_TIMINGS) timings.splice(0, timings.length - MAX_TIMINGS);
    return response;
  });

  router.get(CONTROL_PATH, () =>
    Response.json({latencyMs, calls: timings}, {headers: {'cache-control': 'no-store'}}),
  );
  router.on('DELETE', CONTROL_PATH, () => {
    timings.length = 0;
    return new Response(null, {status: 204});
  });
}
