import {describe, expect, it} from 'vitest';
import {compileGlob} from '../../../emulator/src/faults/glob';
import {makeEmulator, PUBLIC_TOKEN} from './helpers';

const SHOP = '{ shop { name } }';

async function arm(emulator: ReturnType<typeof makeEmulator>, spec: Record<string, unknown>) {
  return emulator.fetch('/__emulator/faults', {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify(spec),
  });
}

describe('fault injection', () => {
  it('fails the next matching request, then recovers', async () => {
    const emulator = makeEmulator();
    expect((await arm(emulator, {path: '/api/*/graphql.json', status: 503})).status).toBe(201);

    const failed = await emulator.gql(SHOP);
    expect(failed.status).toBe(503);
    expect(failed.body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');

    const recovered = await emulator.gql(SHOP);
    expect(recovered.status).toBe(200);
    expect(recovered.body.data.shop.name).toBeTruthy();
  });

  it('counts `times` and only matches its path and method', async () => {
    const emulator = makeEmulator();
    await arm(emulator, {path: '/api/*/graphql.json', method: 'POST', status: 500, times: 2});
    expect((await emulator.fetch('/healthz')).status).toBe(200);
    expect((await emulator.gql(SHOP)).status).toBe(500);
    expect((await emulator.gql(SHOP)).status).toBe(500);
    expect((await emulator.gql(SHOP)).status).toBe(200);
  });

  it('delays a response without failing it', async () => {
    const emulator = makeEmulator();
    await arm(emulator, {path: '/healthz', delayMs: 150});
    const started = Date.now();
    const response = await emulator.fetch('/healthz');
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('rejects a malformed fault and can be cleared', async () => {
    const emulator = makeEmulator();
    expect((await arm(emulator, {path: 'no-slash', status: 503})).status).toBe(422);
    expect((await arm(emulator, {path: '/x', status: 200})).status).toBe(422);
    await arm(emulator, {path: '/api/*', status: 503, times: 5});
    expect((await emulator.fetch('/__emulator/faults', {method: 'DELETE'})).status).toBe(204);
    expect((await emulator.gql(SHOP)).status).toBe(200);
  });
});

describe('fault injection narrowed by body', () => {
  it('fails only the request whose body names the operation', async () => {
    const emulator = makeEmulator();
    await arm(emulator, {path: '/api/*/graphql.json', bodyIncludes: 'localization', status: 503});
    expect((await emulator.gql(SHOP)).status).toBe(200);
    expect((await emulator.gql('{ localization { country { isoCode } } }')).status).toBe(503);
    expect((await emulator.gql('{ localization { country { isoCode } } }')).status).toBe(200);
  });
});

describe('fault kinds', () => {
  it('answers THROTTLED the way Shopify does: HTTP 200 with the code in errors[].extensions', async () => {
    const emulator = makeEmulator();
    expect((await arm(emulator, {path: '/api/*/graphql.json', kind: 'throttled'})).status).toBe(201);
    const throttled = await emulator.gql(SHOP);
    expect(throttled.status).toBe(200);
    expect(throttled.body.errors[0].extensions.code).toBe('THROTTLED');
    expect(throttled.body.data).toBeUndefined();
    expect((await emulator.gql(SHOP)).body.data.shop.name).toBeTruthy();
  });

  it('answers a 430 security rejection', async () => {
    const emulator = makeEmulator();
    await arm(emulator, {path: '/api/*/graphql.json', kind: 'security-rejection'});
    const response = await emulator.fetch('/api/2025-04/graphql.json', {method: 'POST', body: JSON.stringify({query: SHOP})});
    expect(response.status).toBe(430);
    expect((await emulator.gql(SHOP)).status).toBe(200);
  });

  it('answers JSON that cannot be parsed', async () => {
    const emulator = makeEmulator();
    await arm(emulator, {path: '/api/*/graphql.json', kind: 'malformed-json'});
    const response = await emulator.fetch('/api/2025-04/graphql.json', {method: 'POST', body: JSON.stringify({query: SHOP})});
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    await expect(response.json()).rejects.toThrow();
  });

  it('refuses kinds it does not know, a status with another kind, and latency without a delay', async () => {
    const emulator = makeEmulator();
    expect((await arm(emulator, {path: '/x', kind: 'explode'})).status).toBe(422);
    expect((await arm(emulator, {path: '/x', kind: 'throttled', status: 503})).status).toBe(422);
    expect((await arm(emulator, {path: '/x', kind: 'latency'})).status).toBe(422);
    expect((await arm(emulator, {operation: 'Shop', kind: 'hang'})).status).toBe(201);
  });
});

describe('socket-level faults (over real HTTP)', () => {
  async function listening() {
    const emulator = makeEmulator({port: 0});
    await emulator.listen();
    const base = `http://127.0.0.1:${emulator.config.port}`;
    return {emulator, base};
  }

  it('resets the connection before any answer, then serves the next request', async () => {
    const {emulator, base} = await listening();
    try {
      await arm(emulator, {path: '/healthz', kind: 'reset'});
      await expect(fetch(`${base}/healthz`)).rejects.toThrow(TypeError);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    } finally {
      await emulator.close();
    }
  });

  it('hangs until the client gives up, then serves the next request', async () => {
    const {emulator, base} = await listening();
    try {
      await arm(emulator, {path: '/healthz', kind: 'hang'});
      const giveUp = new AbortController();
      const pending = fetch(`${base}/healthz`, {signal: giveUp.signal});
      // Nothing arrives: the fetch is still pending once the emulator has surely seen the request
      // (a later request on another connection is answered first).
      let settled = false;
      void pending.then(() => (settled = true), () => (settled = true));
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect(settled).toBe(false);
      giveUp.abort();
      await expect(pending).rejects.toThrow();
    } finally {
      await emulator.close();
    }
  });
});

describe('narrowing by GraphQL operation name', () => {
  const named = (name: string) => `query ${name} { shop { name } }`;

  it('matches the document’s own operation name, and operationName when given', async () => {
    const emulator = makeEmulator();
    await arm(emulator, {operation: 'FooterMenu', status: 503});
    expect((await emulator.gql(named('HeaderMenu'))).status).toBe(200);
    expect((await emulator.gql(SHOP)).status).toBe(200);
    expect((await emulator.gql(named('FooterMenu'))).status).toBe(503);
    expect((await emulator.gql(named('FooterMenu'))).status).toBe(200);

    await arm(emulator, {operation: 'Second', path: '/api/*/graphql.json', kind: 'throttled'});
    const response = await emulator.fetch('/api/2025-04/graphql.json', {
      method: 'POST',
      headers: {'content-type': 'application/json', 'x-shopify-storefront-access-token': PUBLIC_TOKEN},
      body: JSON.stringify({query: `${named('First')} ${named('Second')}`, operationName: 'Second'}),
    });
    expect(((await response.json()) as {errors: {extensions: {code: string}}[]}).errors[0]!.extensions.code).toBe('THROTTLED');
  });

  it('combines operation and bodyIncludes, so parallel tests can aim at one handle', async () => {
    const emulator = makeEmulator();
    await arm(emulator, {operation: 'Product', bodyIncludes: '"handle":"b"', status: 500});
    const query = 'query Product($handle: String!) { product(handle: $handle) { id } }';
    expect((await emulator.gql(query, {handle: 'a'})).status).toBe(200);
    expect((await emulator.gql(query, {handle: 'b'})).status).toBe(500);
  });
});

describe('glob matching', () => {
  it('matches stars across segments and literal text exactly', () => {
    expect(compileGlob('/api/*/graphql.json').matches('/api/2025-04/graphql.json')).toBe(true);
    expect(compileGlob('/api/*/graphql.json').matches('/api/2025-04/graphql.jsonx')).toBe(false);
    expect(compileGlob('/a*b*c').matches('/aXbYc')).toBe(true);
    expect(compileGlob('/a*b*c').matches('/acb')).toBe(false);
    expect(compileGlob('/x.y').matches('/xzy')).toBe(false);
    expect(compileGlob('/aa*aa').matches('/aaa')).toBe(false);
    expect(compileGlob('*').matches('')).toBe(true);
  });

  it('answers a 50-star pattern against a long path at once (no backtracking)', () => {
    // As a regular expression (`.*a.*a…b`), this pair takes longer than the test's time limit.
    const glob = compileGlob(`/${'*a'.repeat(50)}b`);
    const path = `/${'a'.repeat(100_000)}`;
    expect(glob.matches(path)).toBe(false);
    expect(glob.matches(`${path}b`)).toBe(true);
  });
});

describe('narrowing by request header', () => {
  it('fails only requests whose header contains the value (a test’s own cookie)', async () => {
    const emulator = makeEmulator();
    expect((await arm(emulator, {operation: 'Shop', headerIncludes: {cookie: 'run=abc'}, kind: 'throttled'})).status).toBe(201);
    expect((await arm(emulator, {path: '/x', headerIncludes: {cookie: ''}, status: 500})).status).toBe(422);
    const query = 'query Shop { shop { name } }';
    expect((await emulator.gql(query, {}, {cookie: 'run=xyz'})).body.errors).toBeUndefined();
    expect((await emulator.gql(query, {}, {cookie: 'a=1; run=abc'})).body.errors[0].extensions.code).toBe('THROTTLED');
  });
});
