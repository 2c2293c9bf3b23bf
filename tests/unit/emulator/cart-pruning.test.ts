/**
 * Abandoned carts are pruned: untouched for longer than cartMaxAgeDays (default 10), they are gone at
 * start-up and on the hourly sweep of a listening emulator; carts in use stay. The clock is injected.
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {CART_PRUNE_INTERVAL_MS} from '../../../emulator/src/emulator';
import {makeContent, makeEmulator, tempDir, type TestEmulator} from './helpers';

const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date('2026-10-01T12:00:00Z');

async function createCart(emu: TestEmulator): Promise<string> {
  const {body} = await emu.gql('mutation { cartCreate { cart { id } } }');
  return body.data.cartCreate.cart.id as string;
}

async function cartExists(emu: TestEmulator, id: string): Promise<boolean> {
  const {body} = await emu.gql('query($id: ID!) { cart(id: $id) { id } }', {id});
  return body.data.cart !== null;
}

/** Cart tokens stored in the data folder's carts.json. */
function storedTokens(dataDir: string): string[] {
  const file = path.join(dataDir, 'carts.json');
  return fs.existsSync(file) ? Object.keys(JSON.parse(fs.readFileSync(file, 'utf8')) as object) : [];
}

describe('abandoned cart pruning', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('prunes carts untouched for more than the limit at start-up, and keeps recent ones', () => {
    const contentDir = makeContent();
    const dataDir = tempDir('prune');
    const first = makeEmulator({contentDir, dataDir, now: () => T0});
    const old = first.carts.save(first.carts.create(T0), new Date(T0.getTime() - 11 * DAY));
    const recent = first.carts.save(first.carts.create(T0), new Date(T0.getTime() - 9 * DAY));
    expect(storedTokens(dataDir).sort()).toEqual([old.token, recent.token].sort());

    const logs: string[] = [];
    const restarted = makeEmulator({contentDir, dataDir, now: () => T0, log: (m) => logs.push(m)});
    expect(restarted.carts.get(old.token)).toBeUndefined();
    expect(restarted.carts.get(recent.token)).toBeDefined();
    expect(storedTokens(dataDir)).toEqual([recent.token]);
    expect(logs.join('\n')).toMatch(/pruned 1 cart\(s\) untouched for over 10 days/);
  });

  it('honours a configured age, and 0 keeps carts forever', () => {
    const dataDir = tempDir('prune-config');
    let now = T0;
    const emu = makeEmulator({dataDir, now: () => now, cartMaxAgeDays: 2});
    const cart = emu.carts.save(emu.carts.create(T0), T0);
    now = new Date(T0.getTime() + 1.5 * DAY);
    expect(emu.pruneCarts()).toBe(0);
    now = new Date(T0.getTime() + 2.5 * DAY);
    expect(emu.pruneCarts()).toBe(1);
    expect(emu.carts.get(cart.token)).toBeUndefined();

    const forever = makeEmulator({now: () => new Date(T0.getTime() + 1000 * DAY), cartMaxAgeDays: 0});
    const kept = forever.carts.save(forever.carts.create(T0), T0);
    expect(forever.pruneCarts()).toBe(0);
    expect(forever.carts.get(kept.token)).toBeDefined();
  });

  it('a cart the buyer just used survives; one last touched 11 days ago is gone from the API', async () => {
    const emu = makeEmulator();
    const abandoned = await createCart(emu);
    const active = await createCart(emu);
    // Carts are saved with the real time: age the first one as if its buyer left 11 days ago.
    const token = emu.carts.get(abandoned.split('/').pop()!.split('?')[0]!);
    expect(token).toBeDefined();
    emu.carts.save(token!, new Date(Date.now() - 11 * DAY));
    expect(emu.pruneCarts()).toBe(1);
    expect(await cartExists(emu, abandoned)).toBe(false);
    expect(await cartExists(emu, active)).toBe(true);
  });

  it('a listening emulator sweeps every hour', async () => {
    vi.useFakeTimers({toFake: ['setInterval', 'clearInterval']});
    let now = T0;
    const emu = makeEmulator({port: 0, now: () => now});
    const cart = emu.carts.save(emu.carts.create(T0), T0);
    await emu.listen();
    try {
      now = new Date(T0.getTime() + 11 * DAY);
      expect(emu.carts.get(cart.token)).toBeDefined();
      vi.advanceTimersByTime(CART_PRUNE_INTERVAL_MS);
      expect(emu.carts.get(cart.token)).toBeUndefined();
    } finally {
      await emu.close();
    }
  });
});
