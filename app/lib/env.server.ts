import {readTurnstileSettings, type TurnstileSettings} from '~/lib/forms/turnstile.server';

/**
 * The worker's settings, checked once per isolate so a misconfigured deploy fails
 * loudly at start-up with a message that names what is missing, instead of
 * half-working pages.
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
  isProduction: boolean;
}

export class EnvError extends Error {
  constructor(problems: string[]) {
    super(
      `Trailforge cannot start: ${problems.join('; ')}. ` +
        'Set them in .env (see .env.example) or in the Oxygen environment.',
    );
    this.name = 'EnvError';
  }
}

// Dev-only fallback so `npm run dev` works without any setup; production refuses it.
const DEVELOPMENT_SESSION_SECRET = 'trailforge-development-only-session-secret';

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

  if (problems.length) throw new EnvError(problems);

  const usesEmulator = isEmulatorDomain(storeDomain!);
  const adminDomain = text(env.SHOPIFY_ADMIN_DOMAIN) ?? storeDomain!;

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
    isProduction,
  };
}
