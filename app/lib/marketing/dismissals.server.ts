import {createCookie} from '@shopify/remix-oxygen';
import {DISMISSED_COOKIE, MAX_DISMISSALS, isDismissKey} from '~/lib/marketing/dismissals';
import {legacyCookieValue} from '~/lib/shop/legacy-cookie';

/** The dismissal cookie (Remix stores the list of keys as base64 JSON). Not secret: unsigned. */
function dismissedCookie(secure: boolean) {
  return createCookie(DISMISSED_COOKIE, {
    path: '/',
    maxAge: 60 * 60 * 24 * 365,
    sameSite: 'lax',
    httpOnly: true,
    secure,
  });
}

/** The dismiss keys in a Cookie header (unknown or malformed entries are ignored). */
export async function readDismissed(cookieHeader: string | null | undefined): Promise<Set<string>> {
  let value: unknown = null;
  try {
    value = await dismissedCookie(false).parse(cookieHeader ?? null);
  } catch {
    value = null;
  }
  // Cookies set before createCookie hold the keys joined with '|', URL-encoded (read both).
  const keys = Array.isArray(value)
    ? value
    : (legacyCookieValue(cookieHeader, DISMISSED_COOKIE)?.split('|') ?? []);
  return new Set(keys.filter(isDismissKey).slice(-MAX_DISMISSALS));
}

/** The Set-Cookie header value after adding `key` (oldest entries drop off past the cap). */
export function dismissCookie(current: ReadonlySet<string>, key: string, {secure}: {secure: boolean}): Promise<string> {
  const keys = [...current].filter((entry) => entry !== key);
  keys.push(key);
  return dismissedCookie(secure).serialize(keys.slice(-MAX_DISMISSALS));
}
