import type {EmulatorConfig} from '../config';
import type {Router} from '../http/router';
import {json} from '../http/responses';
import type {AdminTokenRepository} from '../store/admin-tokens';

/** Shopify's answer to a missing, unknown, expired or revoked Admin API token (REST and GraphQL). */
export const INVALID_TOKEN_MESSAGE =
  '[API] Invalid API key or access token (unrecognized login or wrong password)';

export const ADMIN_TOKEN_HEADER = 'x-shopify-access-token';

/** Token lifetime of the client-credentials grant (about 24 hours, as Shopify answers). */
export const TOKEN_LIFETIME_SECONDS = 86_399;

/** Scopes the emulator's app is installed with (reported, not enforced). */
export const ADMIN_SCOPES = [
  'read_content',
  'write_content',
  'read_customers',
  'write_customers',
  'read_files',
  'read_metaobject_definitions',
  'write_metaobject_definitions',
  'read_metaobjects',
  'write_metaobjects',
  'read_products',
].join(',');

export function unauthorized(): Response {
  return json({errors: INVALID_TOKEN_MESSAGE}, {status: 401});
}

/** True when the request carries a live Admin API token. */
export function isAuthorized(request: Request, tokens: AdminTokenRepository, now: Date): boolean {
  return tokens.verify(request.headers.get(ADMIN_TOKEN_HEADER), now) != null;
}

async function readParams(request: Request): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  new URL(request.url).searchParams.forEach((value, key) => (out[key] = value));
  const raw = await request.text();
  if (!raw.trim()) return out;
  if ((request.headers.get('content-type') ?? '').includes('application/json')) {
    try {
      const body = JSON.parse(raw) as unknown;
      if (body && typeof body === 'object' && !Array.isArray(body)) {
        for (const [key, value] of Object.entries(body)) if (typeof value === 'string') out[key] = value;
      }
    } catch {
      /* treated as no parameters */
    }
    return out;
  }
  new URLSearchParams(raw).forEach((value, key) => (out[key] = value));
  return out;
}

function oauthError(status: number, error: string, description: string): Response {
  return json({error, error_description: description}, {status, headers: {'cache-control': 'no-store'}});
}

/**
 * `POST /admin/oauth/access_token` (client-credentials grant, form-encoded or JSON) and the test hook
 * `POST /__emulator/admin/revoke-tokens`.
 */
export function registerAuthRoutes(
  router: Router,
  config: EmulatorConfig,
  tokens: AdminTokenRepository,
  now: () => Date,
): void {
  router.post('/admin/oauth/access_token', async (request) => {
    const params = await readParams(request);
    if (params.grant_type !== 'client_credentials') {
      return oauthError(
        400,
        params.grant_type ? 'unsupported_grant_type' : 'invalid_request',
        params.grant_type
          ? `The grant type ${params.grant_type} is not supported; use client_credentials.`
          : 'Missing required parameter: grant_type.',
      );
    }
    if (!params.client_id || !params.client_secret) {
      return oauthError(400, 'invalid_request', 'Missing required parameters: client_id and client_secret.');
    }
    if (params.client_id !== config.adminClientId || params.client_secret !== config.adminClientSecret) {
      return oauthError(401, 'invalid_client', 'Client authentication failed: unknown client_id or wrong client_secret.');
    }
    const {token} = tokens.issue(params.client_id, ADMIN_SCOPES, TOKEN_LIFETIME_SECONDS, now());
    return json(
      {access_token: token, scope: ADMIN_SCOPES, expires_in: TOKEN_LIFETIME_SECONDS},
      {headers: {'cache-control': 'no-store'}},
    );
  });

  router.post('/__emulator/admin/revoke-tokens', () => {
    const revoked = tokens.revokeAll();
    return json({revoked}, {headers: {'cache-control': 'no-store'}});
  });
}
