/**
 * The visitor's analytics choice on the embedded default, kept in a first-party cookie that the
 * server reads (so the banner never flashes for someone who already chose). With a real store,
 * Shopify's Customer Privacy API holds the choice instead. Pure helpers (the banner imports them);
 * the cookie itself is read and written by consent.server.ts.
 */

export const CONSENT_COOKIE = 'tf_analytics_consent';
export const CONSENT_FIELD = 'choice';

export type ConsentChoice = 'granted' | 'denied';

export function isConsentChoice(value: unknown): value is ConsentChoice {
  return value === 'granted' || value === 'denied';
}
