/**
 * Which banners a reader dismissed, remembered in a cookie so the server renders the page without
 * them (no flash, no layout shift). Each entry is a banner's dismiss key (handle + updatedAt), so
 * editing a banner in admin shows it again. Pure helpers (the browser imports some of them); the
 * cookie itself is read and written by dismissals.server.ts.
 */
import {sameSitePath} from '~/lib/cart/safe-redirect';

export const DISMISSED_COOKIE = 'tf_dismissed_promos';
/** Keep the cookie small: the most recent dismissals win. */
export const MAX_DISMISSALS = 30;

/** handle (Shopify handles: a-z, 0-9, - and _) + ':' + base-36 seconds. */
const KEY = /^[a-z0-9][a-z0-9_-]{0,99}:[0-9a-z]{1,12}$/;

export function isDismissKey(value: unknown): value is string {
  return typeof value === 'string' && KEY.test(value);
}

/**
 * Where to send a reader back after a no-JS form post: a path on this site, never another origin
 * (`//evil.example`, `/\evil.example`, `/.//evil.example`, `https://…` are refused). The same rule
 * as every other redirect target: app/lib/cart/safe-redirect.ts.
 */
export function safeReturnPath(value: unknown, fallback = '/'): string {
  return typeof value === 'string' ? sameSitePath(value.trim(), fallback) : fallback;
}
