import {describe, expect, it} from 'vitest';
import {EnvError, isEmulatorDomain, readStorefrontSettings} from '~/lib/env.server';

const realStore = {
  PUBLIC_STORE_DOMAIN: 'trailforge.myshopify.com',
  PUBLIC_STOREFRONT_API_TOKEN: 'public-token',
  SESSION_SECRET: 'a-long-secret',
};

describe('readStorefrontSettings', () => {
  it('reads a real store and marks it as not the emulator', () => {
    const settings = readStorefrontSettings(realStore, true);
    expect(settings.storeDomain).toBe('trailforge.myshopify.com');
    expect(settings.usesEmulator).toBe(false);
  });

  it('refuses to start in production without SESSION_SECRET, naming it', () => {
    expect(() => readStorefrontSettings({...realStore, SESSION_SECRET: ''}, true)).toThrow(EnvError);
    expect(() => readStorefrontSettings({...realStore, SESSION_SECRET: ''}, true)).toThrow(/SESSION_SECRET/);
  });

  it('falls back to a dev-only secret outside production', () => {
    const settings = readStorefrontSettings({...realStore, SESSION_SECRET: undefined}, false);
    expect(settings.sessionSecret).toMatch(/development-only/);
  });

  it('lists every missing setting at once', () => {
    expect(() => readStorefrontSettings({}, true)).toThrow(
      /PUBLIC_STORE_DOMAIN is missing; PUBLIC_STOREFRONT_API_TOKEN is missing; SESSION_SECRET/,
    );
  });

  it('rejects a malformed API version', () => {
    expect(() =>
      readStorefrontSettings({...realStore, PUBLIC_STOREFRONT_API_VERSION: '2025-05'}, true),
    ).toThrow(/not a Storefront API version/);
  });
});

describe('form fill time and optional features', () => {
  const emulator = {...realStore, PUBLIC_STORE_DOMAIN: 'http://127.0.0.1:4010'};

  it('keeps the two-second minimum on a real store, whatever FORM_MIN_FILL_MS says', () => {
    expect(readStorefrontSettings(realStore, true).formMinFillMs).toBe(2_000);
    expect(readStorefrontSettings({...realStore, FORM_MIN_FILL_MS: '0'}, true).formMinFillMs).toBe(2_000);
  });

  it('lets the emulator stack shorten it, and rejects a value that is not a number', () => {
    expect(readStorefrontSettings({...emulator, FORM_MIN_FILL_MS: '0'}, true).formMinFillMs).toBe(0);
    expect(readStorefrontSettings(emulator, true).formMinFillMs).toBe(2_000);
    expect(() => readStorefrontSettings({...emulator, FORM_MIN_FILL_MS: 'soon'}, true)).toThrow(/FORM_MIN_FILL_MS/);
  });

  it('turns customer accounts on only with both settings and a real store', () => {
    const account = {PUBLIC_CUSTOMER_ACCOUNT_API_CLIENT_ID: 'shp_123', SHOP_ID: '987'};
    expect(readStorefrontSettings({...realStore, ...account}, true).customerAccount).toEqual({clientId: 'shp_123', shopId: '987'});
    expect(readStorefrontSettings(realStore, true).customerAccount).toBeNull();
    expect(readStorefrontSettings({...emulator, ...account}, true).customerAccount).toBeNull();
    expect(() => readStorefrontSettings({...realStore, SHOP_ID: '987'}, true)).toThrow(/SHOP_ID must be set together/);
  });
});

describe('isEmulatorDomain', () => {
  it('recognises loopback http domains only', () => {
    expect(isEmulatorDomain('http://127.0.0.1:4010')).toBe(true);
    expect(isEmulatorDomain('http://localhost:4010')).toBe(true);
    expect(isEmulatorDomain('https://127.0.0.1:4010')).toBe(false);
    expect(isEmulatorDomain('trailforge.myshopify.com')).toBe(false);
    expect(isEmulatorDomain('http://127.0.0.1.evil.example')).toBe(false);
  });
});
