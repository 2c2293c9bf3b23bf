/**
 * The visitor's analytics choice on the embedded default, kept in a first-party cookie that the
 * server reads (so the banner never flashes for someone who already chose). With a real store,
 * Shopify's Customer Privacy API holds the choice instead. Pure helpers; the resource route
 * app/routes/consent.tsx sets the cookie.
 */

export const CONSENT_COOKIE = 'tf_analytics_consent';
export const CONSENT_FIELD = 'choice';
const SIX_MONTHS_SECONDS = 60 * 60 * 24 * 182;

export type ConsentChoice = 'granted' | 'denied';

export function isConsentChoice(value: unknown): value is ConsentChoice {
  return value === 'granted' || value === 'denied';
}

/** The recorded choice, or null when the visitor has not chosen (or the cookie is garbage). */
export function readConsent(cookieHeader: string | null | undefined): ConsentChoice | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const index = part.indexOf('=');
    if (index === -1 || part.slice(0, index).trim() !== CONSENT_COOKIE) continue;
    const value = part.slice(index + 1).trim();
    return isConsentChoice(value) ? value : null;
  }
  return null;
}

export function consentCookie(choice: ConsentChoice, {secure}: {secure: boolean}): string {
  return [
    `${CONSENT_COOKIE}=${choice}`,
    'Path=/',
    `Max-Age=${SIX_MONTHS_SECONDS}`,
    'SameSite=Lax',
    'HttpOnly',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}
