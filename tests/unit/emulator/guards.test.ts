/**
 * The emulator's privileged surfaces are for this machine only: /__emulator takes same-origin JSON, and
 * /admin (UI and Admin API) plus /__emulator refuse Host names that are not this machine (DNS rebinding).
 */
import {describe, expect, it} from 'vitest';
import {makeEmulator} from './helpers';

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
