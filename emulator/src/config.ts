import path from 'node:path';
import {fileURLToPath} from 'node:url';

/** Folder of this emulator (emulator/), resolved from this file so cwd does not matter. */
export const EMULATOR_ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
);

export const DEFAULT_PORT = 4010;
/** A modelled network latency above this is a typo, not a network (the storefront's budget is 5 s). */
export const MAX_LATENCY_MS = 2_000;
/** Shopify keeps an abandoned cart for about ten days; the emulator prunes after as long. */
export const DEFAULT_CART_MAX_AGE_DAYS = 10;
export const DEFAULT_PUBLIC_TOKEN = 'trailforge-emulator-public-token';
export const DEFAULT_PRIVATE_TOKEN = 'trailforge-emulator-private-token';
export const DEFAULT_ADMIN_CLIENT_ID = 'trailforge-emulator-admin-client';
export const DEFAULT_ADMIN_CLIENT_SECRET = 'trailforge-emulator-admin-secret';

/** A demo discount code: a percentage off the cart subtotal. */
export interface DiscountCodeConfig {
  /** Percentage off the cart subtotal, e.g. 10 for 10%. */
  percentage: number;
  title: string;
}

/** A demo gift card: a balance the buyer can pay with. */
export interface GiftCardConfig {
  /** Balance in the shop's currency, e.g. '25.00'. */
  balance: string;
}

export interface EmulatorConfig {
  host: string;
  port: number;
  /** Origin used in every absolute URL the emulator hands out (images, checkout). No trailing slash. */
  publicOrigin: string;
  publicToken: string;
  privateToken: string;
  /** Admin API app credentials for the client-credentials grant (POST /admin/oauth/access_token). */
  adminClientId: string;
  adminClientSecret: string;
  /** Read-only seed content (emulator/content). */
  contentDir: string;
  /** Writable state (carts, comments, …): emulator/.data by default. */
  dataDir: string;
  /** A second content folder merged in by handle only (test fixtures); EMULATOR_EXTRA_CONTENT. */
  extraContentDir?: string;
  /** Codes that apply; any other code is recorded with applicable: false. Keys are upper-case. */
  discountCodes: Record<string, DiscountCodeConfig>;
  /** Gift card codes that exist; any other code is refused. Keys are upper-case (codes are case-insensitive). */
  giftCardCodes: Record<string, GiftCardConfig>;
  /** Extra Host names (besides localhost, 127.0.0.1, [::1], `host` and the public origin's) that may reach /admin and /__emulator. */
  allowedHosts: string[];
  /** Carts untouched for this many days are deleted (at start-up and hourly); 0 keeps them forever. */
  cartMaxAgeDays: number;
  /**
   * Added to every Storefront API call, to model the network to Shopify (EMULATOR_LATENCY_MS; `npm run
   * bench` uses 50). 0 by default, so tests and development stay fast.
   */
  latencyMs: number;
}

export const DEFAULT_DISCOUNT_CODES: Record<string, DiscountCodeConfig> = {
  TRAIL10: {percentage: 10, title: 'TRAIL10 — 10% off'},
};

export const DEFAULT_GIFT_CARD_CODES: Record<string, GiftCardConfig> = {
  TRAILGIFT25: {balance: '25.00'},
  TRAILGIFT10: {balance: '10.00'},
};

export type EmulatorOptions = Partial<EmulatorConfig>;

function envNumber(value: string | undefined, fallback: number): number {
  if (value == null || value.trim() === '') return fallback;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
}

/** Fills in defaults; explicit options win over environment variables, which win over defaults. */
export function resolveConfig(
  options: EmulatorOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): EmulatorConfig {
  const port = options.port ?? envNumber(env.EMULATOR_PORT, DEFAULT_PORT);
  const host = options.host ?? env.EMULATOR_HOST ?? '127.0.0.1';
  const publicOrigin = (
    options.publicOrigin ??
    env.EMULATOR_PUBLIC_ORIGIN ??
    `http://127.0.0.1:${port}`
  ).replace(/\/+$/, '');
  return {
    host,
    port,
    publicOrigin,
    publicToken:
      options.publicToken ?? env.EMULATOR_PUBLIC_TOKEN ?? DEFAULT_PUBLIC_TOKEN,
    privateToken:
      options.privateToken ?? env.EMULATOR_PRIVATE_TOKEN ?? DEFAULT_PRIVATE_TOKEN,
    adminClientId:
      options.adminClientId ?? env.EMULATOR_ADMIN_CLIENT_ID ?? DEFAULT_ADMIN_CLIENT_ID,
    adminClientSecret:
      options.adminClientSecret ?? env.EMULATOR_ADMIN_CLIENT_SECRET ?? DEFAULT_ADMIN_CLIENT_SECRET,
    contentDir: path.resolve(
      options.contentDir ??
        env.EMULATOR_CONTENT_DIR ??
        path.join(EMULATOR_ROOT, 'content'),
    ),
    dataDir: path.resolve(
      options.dataDir ?? env.EMULATOR_DATA_DIR ?? path.join(EMULATOR_ROOT, '.data'),
    ),
    extraContentDir: (options.extraContentDir ?? env.EMULATOR_EXTRA_CONTENT)
      ? path.resolve((options.extraContentDir ?? env.EMULATOR_EXTRA_CONTENT)!)
      : undefined,
    discountCodes: options.discountCodes ?? DEFAULT_DISCOUNT_CODES,
    giftCardCodes: options.giftCardCodes ?? DEFAULT_GIFT_CARD_CODES,
    allowedHosts:
      options.allowedHosts ??
      (env.EMULATOR_ALLOWED_HOSTS ?? '')
        .split(',')
        .map((h) => h.trim())
        .filter(Boolean),
    cartMaxAgeDays: options.cartMaxAgeDays ?? envNumber(env.EMULATOR_CART_MAX_AGE_DAYS, DEFAULT_CART_MAX_AGE_DAYS),
    latencyMs: Math.min(options.latencyMs ?? envNumber(env.EMULATOR_LATENCY_MS, 0), MAX_LATENCY_MS),
  };
}
