import {afterEach, describe, expect, it, vi} from 'vitest';
import {resolveConfig} from '../../../emulator/src/config';
import {makeEmulator} from './helpers';

const SHOP = 'query ShopName { shop { name } }';

afterEach(() => {
  vi.useRealTimers();
});

describe('modelled network latency (EMULATOR_LATENCY_MS)', () => {
  it('is off unless configured, and a typo cannot make every call hang', () => {
    expect(resolveConfig({}, {}).latencyMs).toBe(0);
    expect(resolveConfig({}, {EMULATOR_LATENCY_MS: '50'}).latencyMs).toBe(50);
    expect(resolveConfig({}, {EMULATOR_LATENCY_MS: 'fast'}).latencyMs).toBe(0);
    expect(resolveConfig({}, {EMULATOR_LATENCY_MS: '500000'}).latencyMs).toBe(2_000);
  });

  it('holds a Storefront API answer back until the latency has passed', async () => {
    vi.useFakeTimers();
    const emulator = makeEmulator({latencyMs: 50});
    let answered = false;
    const pending = emulator.gql(SHOP).then((result) => {
      answered = true;
      return result;
    });
    await vi.advanceTimersByTimeAsync(49);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const result = await pending;
    expect(result.status).toBe(200);
    expect(result.body.data.shop.name).toBe('Fixture Athletics');
  });

  it('holds Admin API answers back too: a page that waits on one waits a round trip', async () => {
    vi.useFakeTimers();
    const emulator = makeEmulator({latencyMs: 50});
    let answered = false;
    const pending = emulator.fetch('/admin/oauth/access_token', {method: 'POST', body: '{}'}).then((response) => {
      answered = true;
      return response;
    });
    await vi.advanceTimersByTimeAsync(49);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await pending;
    expect(answered).toBe(true);
  });

  it('does not delay anything but the Storefront and Admin APIs', async () => {
    vi.useFakeTimers();
    const emulator = makeEmulator({latencyMs: 50});
    const response = await emulator.fetch('/healthz');
    expect(response.status).toBe(200);
  });
});

describe('GET /__emulator/timings', () => {
  it('lists Admin API calls as such, GraphQL by operation and the others by method and path', async () => {
    const emulator = makeEmulator();
    await emulator.fetch('/admin/oauth/access_token', {method: 'POST', body: '{}'});
    await emulator.fetch('/admin/api/2025-04/graphql.json', {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify({query: 'query BlogCommentPolicy { shop { name } }'}),
    });
    await emulator.fetch('/admin/ui');
    const report = (await (await emulator.fetch('/__emulator/timings')).json()) as {calls: {api: string; operation: string}[]};
    expect(report.calls.map(({api, operation}) => ({api, operation}))).toEqual([
      {api: 'admin', operation: 'POST oauth/access_token'},
      {api: 'admin', operation: 'BlogCommentPolicy'},
    ]);
  });

  it('lists each Storefront call by operation, and forgets them on DELETE', async () => {
    const emulator = makeEmulator();
    await emulator.gql(SHOP);
    await emulator.gql('{ shop { id } }');
    await emulator.fetch('/healthz');

    const report = (await (await emulator.fetch('/__emulator/timings')).json()) as {
      latencyMs: number;
      calls: {operation: string; ms: number}[];
    };
    expect(report.latencyMs).toBe(0);
    expect(report.calls.map((call) => call.operation)).toEqual(['ShopName', '(anonymous)']);
    expect(report.calls.every((call) => (call as {api?: string}).api === 'storefront')).toBe(true);
    expect(report.calls.every((call) => call.ms >= 0)).toBe(true);

    expect((await emulator.fetch('/__emulator/timings', {method: 'DELETE'})).status).toBe(204);
    const cleared = (await (await emulator.fetch('/__emulator/timings')).json()) as {calls: unknown[]};
    expect(cleared.calls).toEqual([]);
  });
});
