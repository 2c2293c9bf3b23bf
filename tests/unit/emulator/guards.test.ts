/**
 * The emulator's privileged surfaces are for this machine only: /__emulator takes same-origin JSON, and
 * /admin (UI and Admin API) plus /__emulator refuse Host names that are not this machine (DNS rebinding).
 */
import http from 'node:http';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {makeEmulator, type TestEmulator} from './helpers';

const FAULT = JSON.stringify({path: '/api/*/graphql.json', status: 503});

async function armedFaults(emu: ReturnType<typeof makeEmulator>): Promise<unknown[]> {
  const body = (await (await emu.fetch('/__emulator/faults')).json()) as {faults: unknown[]};
  return body.faults;
}

describe('/__emulator accepts only same-origin JSON', () => {
  it('refuses a cross-site text/plain post (what a hostile page can send without a preflight)', async () => {
    const emu = makeEmulator();
    const response = await emu.fetch('/__emulator/faults', {
      method: 'POST',
      headers: {'content-type': 'text/plain', origin: 'https://evil.example', 'sec-fetch-site': 'cross-site'},
      body: FAULT,
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/own origin/);
    expect(await armedFaults(emu)).toEqual([]);
  });

  it('refuses a body that is not JSON even without an Origin', async () => {
    const emu = makeEmulator();
    const response = await emu.fetch('/__emulator/faults', {method: 'POST', headers: {'content-type': 'text/plain'}, body: FAULT});
    expect(response.status).toBe(415);
    expect(await response.text()).toMatch(/application\/json/);
    expect(await armedFaults(emu)).toEqual([]);
  });

  it('refuses another origin even when it sends JSON, and Sec-Fetch-Site: cross-site alone', async () => {
    const emu = makeEmulator();
    const json = {'content-type': 'application/json'};
    const other = await emu.fetch('/__emulator/faults', {method: 'POST', headers: {...json, origin: 'http://localhost:3000'}, body: FAULT});
    expect(other.status).toBe(403);
    const opaque = await emu.fetch('/__emulator/faults', {method: 'POST', headers: {...json, origin: 'null'}, body: FAULT});
    expect(opaque.status).toBe(403);
    const flagged = await emu.fetch('/__emulator/faults', {method: 'POST', headers: {...json, 'sec-fetch-site': 'cross-site'}, body: FAULT});
    expect(flagged.status).toBe(403);
    // A cross-site DELETE would disarm faults another test relies on.
    const wipe = await emu.fetch('/__emulator/faults', {method: 'DELETE', headers: {origin: 'https://evil.example'}});
    expect(wipe.status).toBe(403);
    expect(await armedFaults(emu)).toEqual([]);
  });

  it('takes JSON from a Node client (no Origin) and from its own origin; body-less posts need no type', async () => {
    const emu = makeEmulator();
    const plain = await emu.fetch('/__emulator/faults', {method: 'POST', headers: {'content-type': 'application/json'}, body: FAULT});
    expect(plain.status).toBe(201);
    const sameOrigin = await emu.fetch('/__emulator/faults', {
      method: 'POST',
      headers: {'content-type': 'application/json; charset=utf-8', origin: emu.config.publicOrigin, 'sec-fetch-site': 'same-origin'},
      body: FAULT,
    });
    expect(sameOrigin.status).toBe(201);
    expect(await armedFaults(emu)).toHaveLength(2);
    expect((await emu.fetch('/__emulator/admin/revoke-tokens', {method: 'POST'})).status).toBe(200);
  });
});

describe('/admin and /__emulator check the Host header (DNS rebinding)', () => {
  const withHost = (host: string): RequestInit => ({headers: {host}});

  it('answers for loopback names and the configured public origin', async () => {
    const emu = makeEmulator();
    for (const host of ['localhost:4010', '127.0.0.1', '[::1]:4010', new URL(emu.config.publicOrigin).host]) {
      const response = await emu.handle(new Request(`${emu.config.publicOrigin}/admin`, withHost(host)));
      expect(response.status, host).toBe(200);
    }
  });

  it('refuses a rebound name with a message that says how to allow it', async () => {
    const emu = makeEmulator();
    for (const path of ['/admin', '/admin/api/2025-07/graphql.json', '/admin/oauth/access_token', '/__emulator/faults']) {
      const response = await emu.handle(new Request(`${emu.config.publicOrigin}${path}`, withHost('attacker.example:4010')));
      expect(response.status, path).toBe(403);
      expect(await response.text()).toMatch(/attacker\.example.*EMULATOR_ALLOWED_HOSTS/s);
    }
    // The Storefront API and images stay reachable under any name (the storefront may use a LAN name).
    const health = await emu.handle(new Request(`${emu.config.publicOrigin}/healthz`, withHost('attacker.example')));
    expect(health.status).toBe(200);
  });

  it('allows the names listed in allowedHosts (EMULATOR_ALLOWED_HOSTS)', async () => {
    const emu = makeEmulator({allowedHosts: ['emulator.internal']});
    const response = await emu.handle(new Request(`${emu.config.publicOrigin}/admin`, withHost('Emulator.Internal:4010')));
    expect(response.status).toBe(200);
  });
});

describe('the guards over a real socket', () => {
  let emu: TestEmulator;
  beforeAll(async () => {
    emu = makeEmulator({port: 0});
    await emu.listen();
  });
  afterAll(() => emu.close());

  /** A raw request, so the Host header is exactly what a rebinding browser would send. */
  function send(options: {path: string; method?: string; headers: Record<string, string>; body?: string}) {
    return new Promise<{status: number; text: string}>((resolve, reject) => {
      const request = http.request(
        {host: '127.0.0.1', port: emu.config.port, path: options.path, method: options.method ?? 'GET', headers: options.headers},
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => resolve({status: response.statusCode ?? 0, text}));
        },
      );
      request.on('error', reject);
      request.end(options.body);
    });
  }

  it('refuses the issue\u2019s probe: a cross-site text/plain post to /__emulator/faults', async () => {
    const port = emu.config.port;
    const probe = await send({
      path: '/__emulator/faults',
      method: 'POST',
      headers: {host: `127.0.0.1:${port}`, 'content-type': 'text/plain', origin: 'https://evil.example', 'sec-fetch-site': 'cross-site'},
      body: JSON.stringify({path: '/api/*/graphql.json', status: 503}),
    });
    expect(probe.status).toBe(403);
    const armed = await send({path: '/__emulator/faults', headers: {host: `127.0.0.1:${port}`}});
    expect(JSON.parse(armed.text)).toEqual({faults: []});
  });

  it('refuses /admin under a rebound name and serves it under localhost', async () => {
    const port = emu.config.port;
    const rebound = await send({path: '/admin', headers: {host: `rebind.attacker.example:${port}`}});
    expect(rebound.status).toBe(403);
    expect(rebound.text).toContain('rebind.attacker.example');
    const local = await send({path: '/admin', headers: {host: `localhost:${port}`}});
    expect(local.status).toBe(200);
  });
});
