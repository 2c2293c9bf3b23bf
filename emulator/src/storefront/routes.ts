import type {EmulatorConfig} from '../config';
import type {Router} from '../http/router';
import {bodyTooLargeBody, readBodyWithin} from '../graphql/limits';
import {CORS_HEADERS, json} from '../http/responses';
import type {StorefrontContext} from './context';
import {executeStorefront, type ExecuteInput} from './execute';
import {createFieldResolver, typeResolver} from './resolvers/index';
import {loadStorefrontSchema} from './schema';

export const PUBLIC_TOKEN_HEADER = 'x-shopify-storefront-access-token';
export const PRIVATE_TOKEN_HEADER = 'shopify-storefront-private-token';

/**
 * Token check. Chosen behaviour (see docs/decisions/001-storefront-emulator.md): a wrong or missing
 * token gets HTTP 401 — Hydrogen throws on any non-2xx Storefront response, so the failure is loud.
 * Real Shopify also offers limited tokenless access; the emulator does not, on purpose.
 */
function authenticate(request: Request, config: EmulatorConfig): 'public' | 'private' | null {
  const privateToken = request.headers.get(PRIVATE_TOKEN_HEADER);
  if (privateToken != null) return privateToken === config.privateToken ? 'private' : null;
  const publicToken = request.headers.get(PUBLIC_TOKEN_HEADER);
  if (publicToken != null) return publicToken === config.publicToken ? 'public' : null;
  return null;
}

const UNAUTHORIZED_MESSAGE =
  '[API] Invalid API key or access token (unrecognized login or wrong password)';

function corsPreflight(request: Request): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers':
        request.headers.get('access-control-request-headers') ??
        `content-type, accept, ${PUBLIC_TOKEN_HEADER}, ${PRIVATE_TOKEN_HEADER}`,
      'access-control-max-age': '86400',
      vary: 'Access-Control-Request-Headers',
    },
  });
}

async function readInput(request: Request, url: URL): Promise<ExecuteInput | Response> {
  const bad = (message: string) =>
    json({errors: [{message, extensions: {code: 'BAD_REQUEST'}}]}, {status: 400, headers: CORS_HEADERS});
  if (request.method === 'GET' || request.method === 'HEAD') {
    let variables: unknown;
    const rawVariables = url.searchParams.get('variables');
    if (rawVariables) {
      try {
        variables = JSON.parse(rawVariables);
      } catch {
        return bad('Invalid JSON in the variables parameter');
      }
    }
    return {
      query: url.searchParams.get('query'),
      variables,
      operationName: url.searchParams.get('operationName'),
      queriesOnly: true,
    };
  }
  const contentType = request.headers.get('content-type') ?? '';
  const raw = await readBodyWithin(request);
  if (raw === null) return json(bodyTooLargeBody(), {status: 413, headers: CORS_HEADERS});
  if (contentType.includes('application/graphql')) return {query: raw};
  let body: unknown;
  try {
    body = raw.trim() === '' ? {} : JSON.parse(raw);
  } catch {
    return bad('Invalid JSON in the request body');
  }
  if (body == null || typeof body !== 'object' || Array.isArray(body)) {
    return bad('The request body must be a JSON object: {"query": "...", "variables": {...}}');
  }
  const {query, variables, operationName} = body as Record<string, unknown>;
  return {query, variables, operationName};
}

export function registerStorefrontRoutes(
  router: Router,
  config: EmulatorConfig,
  makeContext: (requestId: string) => StorefrontContext,
): void {
  const schema = loadStorefrontSchema();
  const fieldResolver = createFieldResolver();
  const path = '/api/:version/graphql.json';

  router.on('OPTIONS', path, (request) => corsPreflight(request));
  router.on(['GET', 'POST'], path, async (request, ctx) => {
    const headers = {...CORS_HEADERS, 'x-shopify-api-version': ctx.params.version ?? ''};
    if (!authenticate(request, config)) {
      return json(
        {errors: [{message: UNAUTHORIZED_MESSAGE, extensions: {code: 'UNAUTHORIZED'}}]},
        {status: 401, headers},
      );
    }
    const input = await readInput(request, ctx.url);
    if (input instanceof Response) return input;
    const body = await executeStorefront(input, {
      schema,
      contextValue: makeContext(ctx.requestId),
      fieldResolver,
      typeResolver,
    });
    return json(body, {headers});
  });
}
