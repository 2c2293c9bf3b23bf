import type {EmulatorConfig} from '../../config';

/** The Admin API version the /admin UI speaks (any version is served the same way). */
export const UI_API_VERSION = '2025-07';

export interface GraphqlResult<T> {
  data?: T;
  errors?: {message: string}[];
}

export class AdminUiError extends Error {}

/**
 * How the /admin UI changes anything: real HTTP-shaped requests to the emulator's own Admin API
 * (token from the client-credentials grant, then `POST /admin/api/<version>/graphql.json`), handled
 * in-process by the router. A 401 (expired or revoked token) fetches a new token once.
 */
export function createUiAdminClient(
  handle: (request: Request) => Promise<Response>,
  config: EmulatorConfig,
) {
  let token: string | null = null;
  const url = (path: string) => new URL(path, config.publicOrigin).toString();

  async function fetchToken(): Promise<string> {
    const response = await handle(
      new Request(url('/admin/oauth/access_token'), {
        method: 'POST',
        headers: {'content-type': 'application/x-www-form-urlencoded', accept: 'application/json'},
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: config.adminClientId,
          client_secret: config.adminClientSecret,
        }).toString(),
      }),
    );
    const body = (await response.json()) as {access_token?: string};
    if (!response.ok || !body.access_token) throw new AdminUiError(`Admin token request failed (${response.status})`);
    token = body.access_token;
    return token;
  }

  async function graphql<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const send = async (accessToken: string) =>
      handle(
        new Request(url(`/admin/api/${UI_API_VERSION}/graphql.json`), {
          method: 'POST',
          headers: {'content-type': 'application/json', 'x-shopify-access-token': accessToken},
          body: JSON.stringify({query, variables}),
        }),
      );
    let response = await send(token ?? (await fetchToken()));
    if (response.status === 401) response = await send(await fetchToken());
    const result = (await response.json()) as GraphqlResult<T>;
    if (!response.ok || result.errors?.length || !result.data) {
      throw new AdminUiError(
        `Admin GraphQL failed: ${result.errors?.map((e) => e.message).join('; ') ?? response.status}`,
      );
    }
    return result.data;
  }

  return {graphql};
}

export type UiAdminClient = ReturnType<typeof createUiAdminClient>;

export interface UserError {
  field?: string[] | null;
  message: string;
}
