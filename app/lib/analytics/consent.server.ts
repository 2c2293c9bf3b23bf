import {createCookie} from '@shopify/remix-oxygen';
import {CONSENT_COOKIE, isConsentChoice, type ConsentChoice} from '~/lib/analytics/consent';
import {legacyCookieValue} from '~/lib/shop/legacy-cookie';

/** The consent cookie (Remix stores the choice as base64 JSON). Not secret: unsigned. */
function consentCookieOf(secure: boolean) {
  return createCookie(CONSENT_COOKIE, {
    path: '/',
    maxAge: 60 * 60 * 24 * 182,
    sameSite: 'lax',
    httpOnly: true,
    secure,
  });
}

/** The recorded choice, or null when the visitor has not chosen (or the cookie is garbage). */
export async function readConsent(cookieHeader: string | null | undefined): Promise<ConsentChoice | null> {
  let value: unknown = null;
  try {
    value = await consentCookieOf(false).parse(cookieHeader ?? null);
  } catch {
    value = null;
  }
  if (isConsentChoice(value)) return value;
  // Cookies set before createCookie hold the bare word `granted` or `denied` (read both).
  const legacy = legacyCookieValue(cookieHeader, CONSENT_COOKIE);
  return isConsentChoice(legacy) ? legacy : null;
}

export function consentCookie(choice: ConsentChoice, {secure}: {secure: boolean}): Promise<string> {
  return consentCookieOf(secure).serialize(choice);
}
