/**
 * Which banners a reader dismissed, remembered in a cookie so the server renders the page without
 * them (no flash, no layout shift). Each entry is a banner's dismiss key (handle + updatedAt), so
 * editing a banner in admin shows it again. Pure helpers; the resource route
 * app/routes/announcements.dismiss.tsx sets the cookie.
 */
import {sameSitePath} from '~/lib/cart/safe-redirect';

export const DISMISSED_COOKIE = 'tf_dismissed_promos';
/** Keep the cookie small: the most recent dismissals win. */
export const MAX_DISMISSALS = 30;
const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/** handle (Shopify handles: a-z, 0-9, - and _) + ':' + base-36 seconds. */
const KEY = /^[a-z0-9][a-z0-9_-]{0,99}:[0-9a-z]{1,12}$/;

export function isDismissKey(value: unknown): value is string {
  return typeof value === 'string' && KEY.test(value);
}

/** The dismiss keys in a Cookie header (unknown or malformed entries are ignored). */
export function readDismissed(cookieHeader: string | null | undefined): Set<string> {
  const raw = cookieValue(cookieHeader, DISMISSED_COOKIE);
  if (!raw) return new Set();
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return new Set();
  }
  return new Set(decoded.split('|').filter(isDismissKey).slice(-MAX_DISMISSALS));
}

function cookieValue(header: string | null | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index === -1) continue;
    if (part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return null;
}

/** The Set-Cookie header value after adding `key` (oldest entries drop off past the cap). */
export function dismissCookie(current: ReadonlySet<string>, key: string, {secure}: {secure: boolean}): string {
  const keys = [...current].filter((entry) => entry !== key);
  keys.push(key);
  const value = keys.slice(-MAX_DISMISSALS).join('|');
  return [
    `${DISMISSED_COOKIE}=${encodeURIComponent(value)}`,
    'Path=/',
    `Max-Age=${ONE_YEAR_SECONDS}`,
    'SameSite=Lax',
    'HttpOnly',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/**
 * Where to send a reader back after a no-JS form post: a path on this site, never another origin
 * (`//evil.example`, `/\evil.example`, `/.//evil.example`, `https://…` are refused). The same rule
 * as every other redirect target: app/lib/cart/safe-redirect.ts.
 */
export function safeReturnPath(value: unknown, fallback = '/'): string {
  return typeof value === 'string' ? sameSitePath(value.trim(), fallback) : fallback;
}
