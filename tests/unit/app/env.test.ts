import {describe, expect, it} from 'vitest';
import {DEFAULT_ADMIN_CLIENT_SECRET} from '../../../emulator/src/config';
import {DEV_ONLY_SESSION_SECRET} from '../../../scripts/lib/stack.mjs';
import {
  DEFAULT_UPSTREAM_TIMEOUTS,
  EnvError,
  isEmulatorDomain,
  KNOWN_DEVELOPMENT_SECRETS,
  readStorefrontSettings,
  settingsFor,
} from '~/lib/shop/env.server';

const realStore = {
  PUBLIC_STORE_DOMAIN: 'trailforge.myshopify.com',
  PUBLIC_STOREFRONT_API_TOKEN: 'public-token',
  SESSION_SECRET: 'a-long-random-secret-of-at-least-32-chars',
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

describe('STOREFRONT_CACHE', () => {
  const emulator = {...realStore, PUBLIC_STORE_DOMAIN: 'http://127.0.0.1:4010'};

  it('caches like a real store by default, and nothing on the emulator by default', () => {
    expect(readStorefrontSettings(realStore, true).storefrontCache).toBe('live');
    expect(readStorefrontSettings(emulator, true).storefrontCache).toBe('none');
  });

  it('lets the benchmark turn the real strategies on against the emulator', () => {
    expect(readStorefrontSettings({...emulator, STOREFRONT_CACHE: 'live'}, true).storefrontCache).toBe('live');
    expect(readStorefrontSettings({...realStore, STOREFRONT_CACHE: 'None'}, true).storefrontCache).toBe('none');
  });

  it('names a value it does not know', () => {
    expect(() => readStorefrontSettings({...emulator, STOREFRONT_CACHE: 'always'}, true)).toThrow(
      /STOREFRONT_CACHE "always" must be live or none/,
    );
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

describe('rules for a live store (a production build talking to a real store)', () => {
  it('is live only in production and away from the embedded emulator', () => {
    expect(readStorefrontSettings(realStore, true).isLiveStore).toBe(true);
    expect(readStorefrontSettings(realStore, false).isLiveStore).toBe(false);
    expect(readStorefrontSettings({...realStore, PUBLIC_STORE_DOMAIN: 'http://127.0.0.1:4010'}, true).isLiveStore).toBe(false);
  });

  it('refuses a SESSION_SECRET shorter than 32 characters, naming it without echoing it', () => {
    const attempt = () => readStorefrontSettings({...realStore, SESSION_SECRET: 'short-but-secret'}, true);
    expect(attempt).toThrow(/SESSION_SECRET must be at least 32 characters/);
    expect(attempt).not.toThrow(/short-but-secret/);
    expect(readStorefrontSettings({...realStore, SESSION_SECRET: 'x'.repeat(32)}, true).sessionSecret).toHaveLength(32);
  });

  it.each(KNOWN_DEVELOPMENT_SECRETS)('refuses the published development secret %s', (secret) => {
    const attempt = () => readStorefrontSettings({...realStore, SESSION_SECRET: secret}, true);
    expect(attempt).toThrow(/SESSION_SECRET is a development secret/);
    expect(attempt).not.toThrow(secret);
  });

  it('refuses the emulator’s Admin client secret for a real store', () => {
    const admin = {SHOPIFY_ADMIN_CLIENT_ID: 'id', SHOPIFY_ADMIN_CLIENT_SECRET: 'trailforge-emulator-admin-secret'};
    expect(() => readStorefrontSettings({...realStore, ...admin}, true)).toThrow(/SHOPIFY_ADMIN_CLIENT_SECRET is a development secret/);
  });

  it('requires an https Admin API domain for a real store', () => {
    const admin = {SHOPIFY_ADMIN_CLIENT_ID: 'id', SHOPIFY_ADMIN_CLIENT_SECRET: 'a-real-admin-secret'};
    expect(() =>
      readStorefrontSettings({...realStore, ...admin, SHOPIFY_ADMIN_DOMAIN: 'http://trailforge.myshopify.com'}, true),
    ).toThrow(/SHOPIFY_ADMIN_DOMAIN must be an https:\/\/ domain/);
    expect(readStorefrontSettings({...realStore, ...admin}, true).admin?.origin).toBe('https://trailforge.myshopify.com');
  });

  it('lets the production build on the embedded emulator run with the dev stack’s settings (the browser tests)', () => {
    const devStack = {
      PUBLIC_STORE_DOMAIN: 'http://127.0.0.1:4110',
      PUBLIC_STOREFRONT_API_TOKEN: 'trailforge-emulator-public-token',
      SESSION_SECRET: DEV_ONLY_SESSION_SECRET,
      SHOPIFY_ADMIN_CLIENT_ID: 'trailforge-emulator-admin-client',
      SHOPIFY_ADMIN_CLIENT_SECRET: DEFAULT_ADMIN_CLIENT_SECRET,
    };
    const settings = readStorefrontSettings(devStack, true);
    expect(settings.isProduction).toBe(true);
    expect(settings.admin?.origin).toBe('http://127.0.0.1:4110');
  });

  it('knows every development secret this repository publishes', () => {
    expect(KNOWN_DEVELOPMENT_SECRETS).toContain(DEV_ONLY_SESSION_SECRET);
    expect(KNOWN_DEVELOPMENT_SECRETS).toContain(DEFAULT_ADMIN_CLIENT_SECRET);
    expect(readStorefrontSettings({...realStore, SESSION_SECRET: undefined}, false).sessionSecret).toSatisfy(
      (secret: string) => KNOWN_DEVELOPMENT_SECRETS.includes(secret),
    );
  });
});

describe('upstream time budgets', () => {
  it('defaults to 5 s for the Storefront API and 8 s for the Admin API', () => {
    expect(readStorefrontSettings(realStore, true).timeouts).toEqual(DEFAULT_UPSTREAM_TIMEOUTS);
    expect(DEFAULT_UPSTREAM_TIMEOUTS).toEqual({storefrontMs: 5_000, adminMs: 8_000});
  });

  it('reads STOREFRONT_TIMEOUT_MS and ADMIN_TIMEOUT_MS and refuses nonsense', () => {
    const settings = readStorefrontSettings({...realStore, STOREFRONT_TIMEOUT_MS: '2500', ADMIN_TIMEOUT_MS: '4000'}, true);
    expect(settings.timeouts).toEqual({storefrontMs: 2_500, adminMs: 4_000});
    expect(() => readStorefrontSettings({...realStore, STOREFRONT_TIMEOUT_MS: 'soon'}, true)).toThrow(/STOREFRONT_TIMEOUT_MS/);
    expect(() => readStorefrontSettings({...realStore, ADMIN_TIMEOUT_MS: '0'}, true)).toThrow(/ADMIN_TIMEOUT_MS/);
  });
});

describe('settingsFor', () => {
  it('reads an environment once, and a different environment afresh', () => {
    const env = {...realStore} as unknown as Env;
    const first = settingsFor(env, true);
    expect(settingsFor(env, true)).toBe(first);
    expect(settingsFor({...realStore} as unknown as Env, true)).not.toBe(first);
  });

  it('keeps failing (with the named setting) until the environment is fixed', () => {
    const env = {...realStore, SESSION_SECRET: 'short'} as unknown as Env;
    expect(() => settingsFor(env, true)).toThrow(/SESSION_SECRET/);
    expect(() => settingsFor(env, true)).toThrow(EnvError);
  });
});
