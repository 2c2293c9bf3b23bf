/**
 * Optional Cloudflare Turnstile on the comment and newsletter forms (docs/decisions/020). Off unless
 * TURNSTILE_SITE_KEY and TURNSTILE_SECRET_KEY are both set, so nothing changes offline. The verify
 * URL is a setting so tests can point it at the emulator's stand-in.
 */

/** The field Turnstile's widget adds to the form it sits in. */
export const TURNSTILE_RESPONSE_FIELD = 'cf-turnstile-response';
export const DEFAULT_TURNSTILE_VERIFY_URL = 'https://challenges.cloudflare.com/turnstile/v0/siteverify';
/** Where the widget's script and frame come from (CSP script-src and frame-src when configured). */
export const TURNSTILE_ORIGIN = 'https://challenges.cloudflare.com';

export interface TurnstileSettings {
  siteKey: string;
  secretKey: string;
  verifyUrl: string;
}

type TurnstileEnv = {TURNSTILE_SITE_KEY?: string; TURNSTILE_SECRET_KEY?: string; TURNSTILE_VERIFY_URL?: string};

/** Turnstile's settings, or null when it is off; a half-set or unsafe setting is added to `problems`. */
export function readTurnstileSettings(env: TurnstileEnv, problems: string[]): TurnstileSettings | null {
  const siteKey = env.TURNSTILE_SITE_KEY?.trim();
  const secretKey = env.TURNSTILE_SECRET_KEY?.trim();
  if (Boolean(siteKey) !== Boolean(secretKey)) {
    problems.push('TURNSTILE_SITE_KEY and TURNSTILE_SECRET_KEY must be set together');
    return null;
  }
  if (!siteKey || !secretKey) return null;
  const verifyUrl = env.TURNSTILE_VERIFY_URL?.trim() || DEFAULT_TURNSTILE_VERIFY_URL;
  if (!isSafeVerifyUrl(verifyUrl)) {
    problems.push(`TURNSTILE_VERIFY_URL "${verifyUrl}" must be an https URL (or http on localhost)`);
    return null;
  }
  return {siteKey, secretKey, verifyUrl};
}

function isSafeVerifyUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && /^(127\.0\.0\.1|localhost)$/.test(url.hostname));
  } catch {
    return false;
  }
}

export type TurnstileCheck = 'passed' | 'missing' | 'failed' | 'unavailable';

/**
 * Asks Turnstile whether the widget's answer is good. Bounded by `timeoutMs`: a slow or failing
 * verifier is "unavailable" (the reader is asked to try again), never a hung request or a 500.
 */
export async function verifyTurnstile({
  settings,
  token,
  ip,
  fetchImpl = fetch,
  timeoutMs = 5_000,
}: {
  settings: TurnstileSettings;
  token: unknown;
  ip: string | null;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
}): Promise<TurnstileCheck> {
  // Turnstile answers are at most 2048 characters.
  if (typeof token !== 'string' || token === '' || token.length > 2048) return 'missing';
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchImpl(settings.verifyUrl, {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({secret: settings.secretKey, response: token, ...(ip ? {remoteip: ip} : {})}),
      signal: controller.signal,
    });
    if (!response.ok) {
      console.error(`Turnstile verify answered ${response.status}`);
      return 'unavailable';
    }
    const result = (await response.json()) as {success?: unknown; 'error-codes'?: unknown};
    if (result.success === true) return 'passed';
    // Codes such as invalid-input-secret are ours to fix, not the reader's: log them.
    const codes = Array.isArray(result['error-codes']) ? result['error-codes'].map(String) : [];
    if (codes.some((code) => code.includes('secret'))) console.error(`Turnstile refused our secret: ${codes.join(', ')}`);
    return 'failed';
  } catch (error) {
    console.error('Turnstile verify failed:', error instanceof Error ? error.name : error);
    return 'unavailable';
  } finally {
    clearTimeout(timer);
  }
}
