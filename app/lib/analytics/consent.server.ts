import {CONSENT_COOKIE, isConsentChoice, type ConsentChoice} from '~/lib/analytics/consent';
import {legacyCookieValue} from '~/lib/shop/legacy-cookie';
import {preferenceCookie} from '~/lib/shop/preference-cookie.server';

/** The visitor's analytics choice, remembered for about six months. */
const consent = preferenceCookie(CONSENT_COOKIE, {maxAgeDays: 182});

/** The recorded choice, or null when the visitor has not chosen (or the cookie is garbage). */
export async function readConsent(cookieHeader: string | null | undefined): Promise<ConsentChoice | null> {
  const value = await consent.read(cookieHeader);
  if (isConsentChoice(value)) return value;
  // Cookies set before createCookie hold the bare word `granted` or `denied` (read both).
  const legacy = legacyCookieValue(cookieHeader, CONSENT_COOKIE);
  return isConsentChoice(legacy) ? legacy : null;
}

export function consentCookie(choice: ConsentChoice, {secure}: {secure: boolean}): Promise<string> {
  return consent.serialize(choice, {secure});
}
