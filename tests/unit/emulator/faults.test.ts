import {describe, expect, it} from 'vitest';
import {makeEmulator} from './helpers';

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
