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

  it('does not delay anything but the Storefront API', async () => {
    vi.useFakeTimers();
    const emulator = makeEmulator({latencyMs: 50});
    const response = await emulator.fetch('/healthz');
    expect(response.status).toBe(200);
  });
});

describe('GET /__emulator/timings', () => {
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
    expect(report.calls.every((call) => call.ms >= 0)).toBe(true);

    expect((await emulator.fetch('/__emulator/timings', {method: 'DELETE'})).status).toBe(204);
    const cleared = (await (await emulator.fetch('/__emulator/timings')).json()) as {calls: unknown[]};
    expect(cleared.calls).toEqual([]);
  });
});
