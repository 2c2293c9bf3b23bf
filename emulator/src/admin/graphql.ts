import {bodyTooLargeBody, readBodyWithin} from '../graphql/limits';
import type {Router} from '../http/router';
import {json} from '../http/responses';
import type {AdminTokenRepository} from '../store/admin-tokens';
import {executeStorefront, type ExecuteInput, type ShopifyResponseBody} from '../storefront/execute';
import {isAuthorized, unauthorized} from './auth';
import type {AdminContext} from './context';
import {adminTypeResolver, createAdminFieldResolver} from './resolvers/index';
import {loadAdminSchema} from './schema';

const fieldResolver = createAdminFieldResolver();

/** Runs one Admin GraphQL document (already authenticated) with Shopify-shaped errors. */
export function executeAdmin(input: ExecuteInput, ctx: AdminContext): Promise<ShopifyResponseBody> {
  return executeStorefront(input, {
    schema: loadAdminSchema(),
    contextValue: ctx,
    fieldResolver,
    typeResolver: adminTypeResolver,
  });
}

async function readInput(request: Request): Promise<ExecuteInput | Response> {
  const raw = await readBodyWithin(request);
  if (raw === null) return json(bodyTooLargeBody(), {status: 413});
  if ((request.headers.get('content-type') ?? '').includes('application/graphql')) return {query: raw};
  let body: unknown;
  try {
    body = raw.trim() === '' ? {} : JSON.parse(raw);
  } catch {
    return json({errors: [{message: 'Invalid JSON in the request body', extensions: {code: 'BAD_REQUEST'}}]}, {status: 400});
  }
  if (body == null || typeof body !== 'object' || Array.isArray(body)) {
    return json(
      {errors: [{message: 'The request body must be a JSON object: {"query": "...", "variables": {...}}', extensions: {code: 'BAD_REQUEST'}}]},
      {status: 400},
    );
  }
  const {query, variables, operationName} = body as Record<string, unknown>;
  return {query, variables, operationName};
}

/** `POST /admin/api/{version}/graphql.json` with `X-Shopify-Access-Token`. */
export function registerAdminGraphqlRoutes(
  router: Router,
  tokens: AdminTokenRepository,
  makeContext: (requestId: string) => AdminContext,
): void {
  router.post('/admin/api/:version/graphql.json', async (request, route) => {
    const ctx = makeContext(route.requestId);
    if (!isAuthorized(request, tokens, ctx.now())) return unauthorized();
    const input = await readInput(request);
    if (input instanceof Response) return input;
    const body = await executeAdmin(input, ctx);
    return json(body, {headers: {'x-shopify-api-version': route.params.version ?? ''}});
  });
}
