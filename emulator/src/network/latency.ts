import type {Router} from '../http/router';
import {graphqlOperationName} from '../faults/faults';
import {MAX_GRAPHQL_BODY_BYTES} from '../graphql/limits';

/**
 * The network to Shopify, modelled: every Storefront API call waits `latencyMs` before it is
 * answered (EMULATOR_LATENCY_MS, default 0), and the emulator remembers how long each call took, so
 * `npm run bench` can compare a page's time to first byte with its slowest Storefront call.
 *
 *   GET    /__emulator/timings   the recent Storefront calls: [{operation, ms, startedAt}], oldest first
 *   DELETE /__emulator/timings   forget them
 *
 * `ms` is the whole call as the storefront saw it from the emulator's side: the modelled latency plus
 * the execution. Only the last MAX_TIMINGS calls are kept, so a long run cannot grow memory.
 */
const STOREFRONT_PATH = /^\/api\/[^/]+\/graphql\.json$/;
const CONTROL_PATH = '/__emulator/timings';
export const MAX_TIMINGS = 1_000;

export interface CallTiming {
  operation: string;
  ms: number;
  /** Epoch milliseconds when the call reached the emulator. */
  startedAt: number;
}

export function registerNetworkModel(router: Router, latencyMs: number, clock: () => number = () => performance.now()) {
  const timings: CallTiming[] = [];

  router.use(async (request, ctx, next) => {
    if (!STOREFRONT_PATH.test(ctx.url.pathname) || request.method === 'OPTIONS') return next();
    const started = clock();
    const startedAt = Date.now();
    // The operation name is read only for the record; a body that is not JSON is still served, and
    // one over the GraphQL size limit is left for the route to refuse, unread here.
    const declared = Number(request.headers.get('content-length') ?? 0);
    const body = request.method === 'POST' && declared <= MAX_GRAPHQL_BODY_BYTES ? await request.clone().text() : '';
    const operation = graphqlOperationName(body, ctx.url) ?? '(anonymous)';
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    const response = await next();
    timings.push({operation, ms: Math.round((clock() - started) * 10) / 10, startedAt});
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
