import {FORM_TOKEN_FIELD, HONEYPOT_FIELD} from '~/lib/forms/form-guard-fields';
import {clientIp, type RateLimiter} from '~/lib/forms/rate-limit.server';

/**
 * Anti-abuse checks shared by the public forms (comments, newsletter):
 * - Origin: the POST must come from a page on this site;
 * - honeypot: a field humans never see, let alone fill;
 * - minimum fill time: a signed timestamp issued with the form, so a bot can't
 *   post the instant it loads the page (and can't forge an older timestamp);
 * - rate limit per IP.
 * See docs/decisions/020-form-abuse-protection.md.
 */

export {HONEYPOT_FIELD, FORM_TOKEN_FIELD} from '~/lib/forms/form-guard-fields';

export type GuardFailure =
  | {ok: false; reason: 'origin'; message: string}
  | {ok: false; reason: 'honeypot'; message: string}
  | {ok: false; reason: 'too-fast'; message: string}
  | {ok: false; reason: 'rate-limited'; message: string; retryAfterSeconds: number};

export type GuardResult = {ok: true; ip: string} | GuardFailure;

const encoder = new TextEncoder();

async function sign(secret: string, value: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), {name: 'HMAC', hash: 'SHA-256'}, false, ['sign']);
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(value)));
  let binary = '';
  for (const byte of signature) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A token that records when the form was rendered, signed so it can't be backdated. */
export async function issueFormToken(secret: string, now = Date.now()): Promise<string> {
  const issuedAt = String(now);
  return `${issuedAt}.${await sign(secret, `form:${issuedAt}`)}`;
}

/** Milliseconds since the token was issued, or null when it is missing or forged. */
export async function formTokenAge(secret: string, token: unknown, now = Date.now()): Promise<number | null> {
  if (typeof token !== 'string') return null;
  const [issuedAt, signature] = token.split('.');
  if (!issuedAt || !signature || !/^\d{10,16}$/.test(issuedAt)) return null;
  if ((await sign(secret, `form:${issuedAt}`)) !== signature) return null;
  return now - Number(issuedAt);
}

export function isSameOrigin(request: Request): boolean {
  const expected = new URL(request.url).origin;
  const origin = request.headers.get('Origin');
  if (origin) return origin === expected;
  // Some browsers omit Origin on same-origin form posts; Referer then must match.
  const referer = request.headers.get('Referer');
  if (!referer) return false;
  try {
    return new URL(referer).origin === expected;
  } catch {
    return false;
  }
}

export async function checkFormGuard({
  request,
  formData,
  secret,
  limiter,
  minFillMs = 2_000,
  now = Date.now(),
}: {
  request: Request;
  formData: FormData;
  secret: string;
  limiter: RateLimiter;
  minFillMs?: number;
  now?: number;
}): Promise<GuardResult> {
  if (!isSameOrigin(request)) {
    return {ok: false, reason: 'origin', message: 'This form must be sent from our site. Please reload the page and try again.'};
  }
  const honeypot = formData.get(HONEYPOT_FIELD);
  if (typeof honeypot === 'string' && honeypot.trim() !== '') {
    return {ok: false, reason: 'honeypot', message: 'Your message could not be sent.'};
  }
  const age = await formTokenAge(secret, formData.get(FORM_TOKEN_FIELD), now);
  if (age === null || age < minFillMs) {
    return {ok: false, reason: 'too-fast', message: 'That was quick! Please check your entry and send it again.'};
  }
  const ip = clientIp(request);
  const {allowed, retryAfterSeconds} = limiter.attempt(ip, now);
  if (!allowed) {
    return {
      ok: false,
      reason: 'rate-limited',
      retryAfterSeconds,
      message: `You've sent several messages in a short time. Please wait ${retryAfterSeconds} seconds and try again.`,
    };
  }
  return {ok: true, ip};
}
