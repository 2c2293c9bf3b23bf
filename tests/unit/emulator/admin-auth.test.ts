/**
 * Admin API tokens: the client-credentials grant, expiry and revocation, and the app's own Admin
 * client refreshing its token against the emulator.
 */
import {beforeEach, describe, expect, it} from 'vitest';
import {clearAdminTokenCache, createAdminClient} from '~/lib/admin/admin-client.server';
import {adminGql, API, CLIENT_ID, CLIENT_SECRET, makeAdminEmulator, ORIGIN, requestToken} from './admin-helpers';

const SHOP_QUERY = '{ shop { name } }';
const INVALID = '[API] Invalid API key or access token (unrecognized login or wrong password)';

describe('Admin API tokens', () => {
  beforeEach(() => clearAdminTokenCache());

  it('issues a token for the configured client, form-encoded or JSON, and the token opens the Admin API', async () => {
    const emu = makeAdminEmulator();
    const form = await requestToken(emu);
    expect(form.status).toBe(200);
    expect(form.body).toMatchObject({access_token: expect.stringMatching(/^shpat_/), expires_in: 86399});
    expect(String(form.body.scope)).toContain('write_content');

    const json = await emu.fetch('/admin/oauth/access_token', {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify({grant_type: 'client_credentials', client_id: CLIENT_ID, client_secret: CLIENT_SECRET}),
    });
    expect(json.status).toBe(200);

    const {status, body} = await adminGql(emu, form.body.access_token as string, SHOP_QUERY);
    expect(status).toBe(200);
    expect(body.data.shop.name).toBe('Fixture Athletics');
  });

  it('refuses wrong credentials and unsupported grants with OAuth-style errors', async () => {
    const emu = makeAdminEmulator();
    const wrong = await requestToken(emu, {grant_type: 'client_credentials', client_id: CLIENT_ID, client_secret: 'nope'});
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({error: 'invalid_client'});
    expect(wrong.body.access_token).toBeUndefined();

    const grant = await requestToken(emu, {grant_type: 'authorization_code', client_id: CLIENT_ID, client_secret: CLIENT_SECRET});
    expect(grant.status).toBe(400);
    expect(grant.body).toMatchObject({error: 'unsupported_grant_type'});

    const missing = await requestToken(emu, {grant_type: 'client_credentials'});
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({error: 'invalid_request'});
  });

  it('answers 401 with Shopify’s message without a token, with an unknown one, and after expiry', async () => {
    let now = new Date('2026-11-26T12:00:00Z');
    const emu = makeAdminEmulator({now: () => now});
    const token = (await requestToken(emu)).body.access_token as string;

    for (const t of [null, 'shpat_not-a-real-token']) {
      const {status, body} = await adminGql(emu, t, SHOP_QUERY);
      expect(status).toBe(401);
      expect(body).toEqual({errors: INVALID});
    }

    now = new Date(now.getTime() + 86_000 * 1000);
    expect((await adminGql(emu, token, SHOP_QUERY)).status).toBe(200);
    now = new Date(now.getTime() + 400 * 1000); // past 86,399 s
    const expired = await adminGql(emu, token, SHOP_QUERY);
    expect(expired.status).toBe(401);
    expect(expired.body).toEqual({errors: INVALID});
  });

  it('revokes every token through the test hook; the app’s Admin client then fetches a new one and carries on', async () => {
    const emu = makeAdminEmulator();
    const tokenRequests: string[] = [];
    const fetchImpl = ((input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      if (url.endsWith('/admin/oauth/access_token')) tokenRequests.push(url);
      return emu.fetch(url, init);
    }) as typeof fetch;
    const admin = createAdminClient(
      {origin: ORIGIN, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, apiVersion: '2025-07'},
      {fetchImpl},
    );

    await admin.graphql(SHOP_QUERY);
    expect(tokenRequests).toHaveLength(1);

    const revoke = await emu.fetch('/__emulator/admin/revoke-tokens', {method: 'POST'});
    expect(await revoke.json()).toEqual({revoked: 1});

    await expect(admin.graphql(SHOP_QUERY)).resolves.toEqual({shop: {name: 'Fixture Athletics'}});
    expect(tokenRequests).toHaveLength(2);
  });

  it('serves REST and GraphQL only under /admin/api/<version>/', async () => {
    const emu = makeAdminEmulator();
    const response = await emu.fetch(`${API}/graphql.json`, {method: 'GET'});
    expect(response.status).toBe(405);
  });
});
