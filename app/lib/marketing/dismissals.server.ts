import {DISMISSED_COOKIE, MAX_DISMISSALS, isDismissKey} from '~/lib/marketing/dismissals';
import {legacyCookieValue} from '~/lib/shop/legacy-cookie';
import {preferenceCookie} from '~/lib/shop/preference-cookie.server';

/** The keys of the banners a visitor closed, remembered for a year. */
const dismissed = preferenceCookie(DISMISSED_COOKIE, {maxAgeDays: 365});

/** The dismiss keys in a Cookie header (unknown or malformed entries are ignored). */
export async function readDismissed(cookieHeader: string | null | undefined): Promise<Set<string>> {
  const value = await dismissed.read(cookieHeader);
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
  return dismissed.serialize(keys.slice(-MAX_DISMISSALS), {secure});
}
