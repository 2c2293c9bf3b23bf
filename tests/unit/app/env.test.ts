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

describe('isEmulatorDomain', () => {
  it('recognises loopback http domains only', () => {
    expect(isEmulatorDomain('http://127.0.0.1:4010')).toBe(true);
    expect(isEmulatorDomain('http://localhost:4010')).toBe(true);
    expect(isEmulatorDomain('https://127.0.0.1:4010')).toBe(false);
    expect(isEmulatorDomain('trailforge.myshopify.com')).toBe(false);
    expect(isEmulatorDomain('http://127.0.0.1.evil.example')).toBe(false);
  });
});
