import {readTurnstileSettings, type TurnstileSettings} from '~/lib/forms/turnstile.server';

/**
 * The worker's settings, parsed into this typed object once per isolate: `settingsFor` caches it by
 * the identity of the `env` object, which Oxygen hands every request of an isolate. A bad or missing
 * setting is reported on the first request of each isolate as the start-up error page, which names
 * it, instead of half-working pages. A broken environment is never cached: it is checked again on
 * every request, so fixing it needs no restart.
 */
export interface StorefrontSettings {
  storeDomain: string;
  publicStorefrontToken: string;
  privateStorefrontToken?: string;
  storefrontId?: string;
  storefrontApiVersion?: string;
  checkoutDomain?: string;
  sessionSecret: string;
  /** Admin API client credentials (server-only); null when the store has none configured. */
  admin: {origin: string; clientId: string; clientSecret: string; apiVersion: string} | null;
  /** Newsletter opt-in level (NEWSLETTER_OPT_IN=single|confirmed; default single). */
  newsletterOptIn: 'SINGLE_OPT_IN' | 'CONFIRMED_OPT_IN';
  /**
   * Customer Account API settings (PUBLIC_CUSTOMER_ACCOUNT_API_CLIENT_ID and SHOP_ID); null when the
   * store has none, or on the emulator: that API lives on shopify.com only, so accounts need a real store.
   */
  customerAccount: {clientId: string; shopId: string} | null;
  /**
   * How long a public form must have been on screen before it may be sent (anti-bot). Shopify stores
   * always use the default; only the embedded emulator honours FORM_MIN_FILL_MS, so the browser
   * tests need not wait like a person would.
   */
  formMinFillMs: number;
  /** Optional Cloudflare Turnstile on the comment and newsletter forms; null (off) unless both keys are set. */
  turnstile: TurnstileSettings | null;
  /** PUBLIC_ANALYTICS_DEBUG: record every analytics event on the page (window.__trailforgeAnalytics). */
  analyticsDebug: boolean;
  /** True when the app talks to the local Storefront API emulator instead of Shopify. */
  usesEmulator: boolean;
  /**
   * STOREFRONT_CACHE: `live` caches Storefront calls as a real store does, `none` caches nothing. Unset:
   * `live` on a real store, `none` on the emulator (edits in the local admin show at once). The
   * benchmark sets `live` on the emulator, so it measures what production does (docs/decisions/002-caching.md).
   */
  storefrontCache: StorefrontCacheMode;
  /** A production build (secure cookies, HSTS). The production-only setting rules: `isLiveStore`. */
  isProduction: boolean;
  /**
   * A production build talking to a real store: the stricter setting rules apply (https Admin API,
   * no development secrets). The production build on the embedded emulator (the browser tests) is
   * not live: it serves no one and holds nothing to protect. docs/decisions/044-upstream-failures-and-settings.md
   */
  isLiveStore: boolean;
  /** Budgets for every upstream call (STOREFRONT_TIMEOUT_MS, ADMIN_TIMEOUT_MS). */
  timeouts: UpstreamTimeouts;
}

export type StorefrontCacheMode = 'live' | 'none';

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Trailforge cannot start: ${problems.join('; ')}. ` +
        'Set them in .env (see .env.example) or in the Oxygen environment.',
    );
    this.name = 'EnvError';
  }
}

// Dev-only fallback so `npm run dev` works without any setup; production refuses it.
const DEVELOPMENT_SESSION_SECRET = 'trailforge-development-only-session-secret';

/**
 * Secrets published in this repository (our fallback, the dev/preview scripts' default and the
 * emulator's Admin client secret): anyone can read them, so a live store refuses them.
 * tests/unit/app/env.test.ts keeps this list in step with scripts/ and emulator/.
 */
export const KNOWN_DEVELOPMENT_SECRETS: readonly string[] = [
  DEVELOPMENT_SESSION_SECRET,
  'trailforge-dev-only-session-secret-not-for-production',
  'trailforge-emulator-admin-secret',
];

export const MIN_SESSION_SECRET_LENGTH = 32;

const DEFAULT_ADMIN_API_VERSION = '2025-07';

export const DEFAULT_FORM_MIN_FILL_MS = 2_000;

function originOf(domain: string) {
  return domain.includes('://') ? new URL(domain).origin : `https://${domain}`;
}

/** Loopback http:// domains are the embedded emulator; Shopify is always https. */
export function isEmulatorDomain(domain: string): boolean {
  return /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/?$/i.test(domain.trim());
}

export function readStorefrontSettings(
  env: Partial<Record<keyof Env, string | undefined>>,
  isProduction: boolean,
): StorefrontSettings {
  const problems: string[] = [];
  const text = (value: string | undefined) => value?.trim() || undefined;

  const storeDomain = text(env.PUBLIC_STORE_DOMAIN);
  const publicStorefrontToken = text(env.PUBLIC_STOREFRONT_API_TOKEN);
  let sessionSecret = text(env.SESSION_SECRET);

  if (!storeDomain) problems.push('PUBLIC_STORE_DOMAIN is missing');
  if (!publicStorefrontToken) problems.push('PUBLIC_STOREFRONT_API_TOKEN is missing');
  if (!sessionSecret) {
    if (isProduction) problems.push('SESSION_SECRET is missing (required in production)');
    else sessionSecret = DEVELOPMENT_SESSION_SECRET;
  }
  const version = text(env.PUBLIC_STOREFRONT_API_VERSION);
  if (version && !/^\d{4}-(01|04|07|10)$|^unstable$/.test(version)) {
    problems.push(`PUBLIC_STOREFRONT_API_VERSION "${version}" is not a Storefront API version such as 2025-04`);
  }

  const adminClientId = text(env.SHOPIFY_ADMIN_CLIENT_ID);
  const adminClientSecret = text(env.SHOPIFY_ADMIN_CLIENT_SECRET);
  if (Boolean(adminClientId) !== Boolean(adminClientSecret)) {
    problems.push('SHOPIFY_ADMIN_CLIENT_ID and SHOPIFY_ADMIN_CLIENT_SECRET must be set together');
  }

  const optIn = text(env.NEWSLETTER_OPT_IN)?.toLowerCase() ?? 'single';
  if (optIn !== 'single' && optIn !== 'confirmed') {
    problems.push(`NEWSLETTER_OPT_IN "${optIn}" must be single or confirmed`);
  }

  const customerAccountClientId = text(env.PUBLIC_CUSTOMER_ACCOUNT_API_CLIENT_ID);
  const shopId = text(env.SHOP_ID);
  if (Boolean(customerAccountClientId) !== Boolean(shopId)) {
    problems.push('PUBLIC_CUSTOMER_ACCOUNT_API_CLIENT_ID and SHOP_ID must be set together');
  }

  const minFill = text(env.FORM_MIN_FILL_MS);
  if (minFill !== undefined && !/^\d{1,5}$/.test(minFill)) {
    problems.push(`FORM_MIN_FILL_MS "${minFill}" must be a number of milliseconds`);
  }

  const turnstile = readTurnstileSettings(env, problems);
  const timeouts = readUpstreamTimeouts(env, problems);
  const usesEmulator = storeDomain ? isEmulatorDomain(storeDomain) : false;
  const storefrontCache = readStorefrontCache(text(env.STOREFRONT_CACHE), usesEmulator, problems);
  const isLiveStore = isProduction && !usesEmulator;
  const adminDomain = text(env.SHOPIFY_ADMIN_DOMAIN) ?? storeDomain ?? '';
  if (isLiveStore) {
    problems.push(
      ...liveStoreProblems({sessionSecret, adminClientSecret, adminDomain, hasAdmin: Boolean(adminClientId)}),
    );
  }

  if (problems.length) throw new EnvError(problems);

  return {
    storeDomain: storeDomain!,
    publicStorefrontToken: publicStorefrontToken!,
    privateStorefrontToken: text(env.PRIVATE_STOREFRONT_API_TOKEN),
    storefrontId: text(env.PUBLIC_STOREFRONT_ID),
    storefrontApiVersion: version,
    checkoutDomain: text(env.PUBLIC_CHECKOUT_DOMAIN),
    sessionSecret: sessionSecret!,
    admin:
      adminClientId && adminClientSecret
        ? {
            origin: originOf(adminDomain),
            clientId: adminClientId,
            clientSecret: adminClientSecret,
            apiVersion: text(env.SHOPIFY_ADMIN_API_VERSION) ?? DEFAULT_ADMIN_API_VERSION,
          }
        : null,
    newsletterOptIn: optIn === 'confirmed' ? 'CONFIRMED_OPT_IN' : 'SINGLE_OPT_IN',
    customerAccount:
      customerAccountClientId && shopId && !usesEmulator ? {clientId: customerAccountClientId, shopId} : null,
    formMinFillMs: usesEmulator && minFill !== undefined ? Number(minFill) : DEFAULT_FORM_MIN_FILL_MS,
    turnstile,
    analyticsDebug: /^(1|true|yes)$/i.test(text(env.PUBLIC_ANALYTICS_DEBUG) ?? ''),
    usesEmulator,
    storefrontCache,
    isProduction,
    isLiveStore,
    timeouts,
  };
}

const settingsCache = new WeakMap<object, StorefrontSettings>();

/**
 * The settings for this isolate's environment, read once: Oxygen hands every request the same `env`
 * object, so the checks run on the first request only. A settings error is not cached: it throws on
 * every request (and each gets the start-up error page) until the environment is fixed.
 */
export function settingsFor(env: Env, isProduction: boolean): StorefrontSettings {
  let settings = settingsCache.get(env);
  if (!settings) {
    settings = readStorefrontSettings(env, isProduction);
    settingsCache.set(env, settings);
  }
  return settings;
}

/** Rules for a live store only (see `isLiveStore`). Names settings, never echoes their values. */
function liveStoreProblems({
  sessionSecret,
  adminClientSecret,
  adminDomain,
  hasAdmin,
}: {
  sessionSecret: string | undefined;
  adminClientSecret: string | undefined;
  adminDomain: string;
  hasAdmin: boolean;
}): string[] {
  const problems: string[] = [];
  if (sessionSecret && KNOWN_DEVELOPMENT_SECRETS.includes(sessionSecret)) {
    problems.push('SESSION_SECRET is a development secret published in this repository (use openssl rand -hex 32)');
  } else if (sessionSecret && sessionSecret.length < MIN_SESSION_SECRET_LENGTH) {
    problems.push(`SESSION_SECRET must be at least ${MIN_SESSION_SECRET_LENGTH} characters (use openssl rand -hex 32)`);
  }
  if (adminClientSecret && KNOWN_DEVELOPMENT_SECRETS.includes(adminClientSecret)) {
    problems.push('SHOPIFY_ADMIN_CLIENT_SECRET is a development secret published in this repository');
  }
  if (hasAdmin && adminDomain && !originOf(adminDomain).startsWith('https://')) {
    problems.push('SHOPIFY_ADMIN_DOMAIN must be an https:// domain (the Admin API token must not cross the network in clear)');
  }
  return problems;
}

export interface UpstreamTimeouts {
  /** Each Storefront API call (critical and deferred alike). */
  storefrontMs: number;
  /** Each Admin API call, the token grant included. */
  adminMs: number;
}

export const DEFAULT_UPSTREAM_TIMEOUTS: UpstreamTimeouts = {storefrontMs: 5_000, adminMs: 8_000};

function readUpstreamTimeouts(
  env: Partial<Record<keyof Env, string | undefined>>,
  problems: string[],
): UpstreamTimeouts {
  const read = (name: 'STOREFRONT_TIMEOUT_MS' | 'ADMIN_TIMEOUT_MS', fallback: number) => {
    const value = env[name]?.trim();
    if (!value) return fallback;
    const ms = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
    if (!(ms >= 100 && ms <= 60_000)) {
      problems.push(`${name} "${value.slice(0, 20)}" must be a number of milliseconds from 100 to 60000`);
      return fallback;
    }
    return ms;
  };
  return {
    storefrontMs: read('STOREFRONT_TIMEOUT_MS', DEFAULT_UPSTREAM_TIMEOUTS.storefrontMs),
    adminMs: read('ADMIN_TIMEOUT_MS', DEFAULT_UPSTREAM_TIMEOUTS.adminMs),
  };
}

function readStorefrontCache(value: string | undefined, usesEmulator: boolean, problems: string[]): StorefrontCacheMode {
  if (value === undefined) return usesEmulator ? 'none' : 'live';
  const mode = value.toLowerCase();
  if (mode === 'live' || mode === 'none') return mode;
  problems.push(`STOREFRONT_CACHE "${value.slice(0, 20)}" must be live or none`);
  return 'none';
}
