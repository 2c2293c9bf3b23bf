import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {makeEmulator, PUBLIC_TOKEN, type TestEmulator} from './helpers';

describe('HTTP server', () => {
  let emu: TestEmulator;
  let origin: string;
  beforeAll(async () => {
    emu = makeEmulator({port: 0, publicOrigin: 'http://127.0.0.1:4999'});
    await emu.listen();
    origin = `http://127.0.0.1:${emu.config.port}`;
  });
  afterAll(() => emu.close());

  it('serves /healthz and the Storefront API over a real socket', async () => {
    const health = await fetch(`${origin}/healthz`);
    expect(await health.text()).toBe('ok');

    const response = await fetch(`${origin}/api/2025-04/graphql.json`, {
      method: 'POST',
      headers: {'content-type': 'application/json', 'x-shopify-storefront-access-token': PUBLIC_TOKEN},
      body: JSON.stringify({query: 'query($h: String!) { product(handle: $h) { title } }', variables: {h: 'trail-pack'}}),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual({data: {product: {title: 'Trail Pack Program'}}});
  });

  it('serves image bytes over the socket', async () => {
    const response = await fetch(`${origin}/cdn/images/detail.svg?width=160&format=png`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  });
});
