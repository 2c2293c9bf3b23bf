import {FORM_TOKEN_FIELD, HONEYPOT_FIELD} from '~/lib/forms/form-guard-fields';
import {clientIp, runsOnOxygen, type RateLimiter} from '~/lib/forms/rate-limit.server';
import {verifyFormToken} from '~/lib/forms/form-token.server';
import {issueVisitorFormToken, readVisitorId} from '~/lib/forms/visitor.server';
import {TURNSTILE_RESPONSE_FIELD, verifyTurnstile, type TurnstileSettings} from '~/lib/forms/turnstile.server';
import type {StorefrontSettings} from '~/lib/shop/env.server';

/**
 * Anti-abuse checks shared by the public forms (comments, newsletter):
 * - Origin: the POST must come from a page on this site;
 * - honeypot: a field humans never see, let alone fill;
 * - form token: signed for this browser (visitor cookie) and this form, at most two hours old
 *   (form-token.server.ts), and at least the minimum fill time old, so a bot can't post the
 *   instant it loads the page, nor reuse a token scraped elsewhere;
 * - rate limit per IP;
 * - Cloudflare Turnstile, only when the store configured it (last: it is the one remote call).
 * See docs/decisions/020-form-abuse-protection.md.
 */

export {HONEYPOT_FIELD, FORM_TOKEN_FIELD} from '~/lib/forms/form-guard-fields';

export type GuardFailure =
  | {ok: false; reason: 'origin'; message: string}
  | {ok: false; reason: 'honeypot'; message: string}
  | {ok: false; reason: 'too-fast'; message: string}
  /** No token: a page without JavaScript (its HTML carries none) or a script posting blind. */
  | {ok: false; reason: 'missing-token'; message: string}
  /** Forged, tampered, another browser's or another form's token. */
  | {ok: false; reason: 'bad-token'; message: string}
  | {ok: false; reason: 'expired'; message: string}
  | {ok: false; reason: 'rate-limited'; message: string; retryAfterSeconds: number}
  /** Turnstile is on and its check was missing, failed, or could not be run. */
  | {ok: false; reason: 'captcha'; message: string};

/**
 * On success: `ip` is the visitor's address when Oxygen vouches for it (null elsewhere), for
 * Shopify's own spam checks; `token` is the (valid) token the post carried, for the form shown
 * again after a field error.
 */
export type GuardResult = {ok: true; ip: string | null; token: string} | GuardFailure;

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

export const guardCopy = {
  origin: 'This form must be sent from our site. Please reload the page and try again.',
  honeypot: 'Your message could not be sent.',
  tooFast: 'That was quick! Please check your entry and send it again.',
  // A page without JavaScript always posts without a token first: friendly, not alarming.
  missing: 'Almost there: please check your entry and send it once more.',
  token: 'We could not confirm this form was sent from this browser. Please check your entry and send it again.',
  expired: 'This form expired while it was open. Please check your entry and send it again.',
  captcha: 'Please complete the “I am human” check, then send again.',
  captchaUnavailable: 'We could not run the “I am human” check just now. Please wait a moment and send again.',
} as const;

/**
 * The status code for each refusal. A form without JavaScript's first post and a form left open too
 * long are ordinary answers (200, like a field error); a bot-like post is a 400, a blocked sender a
 * 403 or 429.
 */
export function guardStatus(reason: GuardFailure['reason']): number {
  if (reason === 'missing-token' || reason === 'expired' || reason === 'captcha') return 200;
  if (reason === 'rate-limited') return 429;
  if (reason === 'origin' || reason === 'honeypot') return 403;
  return 400;
}

export async function checkFormGuard({
  request,
  formData,
  formId,
  secret,
  limiter,
  onOxygen,
  captcha = null,
  fetchImpl,
  minFillMs = 2_000,
  now = Date.now(),
}: {
  request: Request;
  formData: FormData;
  /** Which form this post claims to be (see formIds): a token issued for another form is refused. */
  formId: string;
  secret: string;
  limiter: RateLimiter;
  /** Whether `oxygen-buyer-ip` can be trusted (see clientIp). */
  onOxygen: boolean;
  /** Turnstile's settings when the store turned it on. */
  captcha?: TurnstileSettings | null;
  fetchImpl?: typeof fetch;
  minFillMs?: number;
  now?: number;
}): Promise<GuardResult> {
  if (!isSameOrigin(request)) {
    return {ok: false, reason: 'origin', message: guardCopy.origin};
  }
  const honeypot = formData.get(HONEYPOT_FIELD);
  if (typeof honeypot === 'string' && honeypot.trim() !== '') {
    return {ok: false, reason: 'honeypot', message: guardCopy.honeypot};
  }
  const submitted = formData.get(FORM_TOKEN_FIELD);
  const token = await verifyFormToken({secret, visitorId: await readVisitorId(request), formId, token: submitted, now});
  if (!token.ok) {
    if (token.reason === 'expired') return {ok: false, reason: 'expired', message: guardCopy.expired};
    if (token.reason === 'missing') return {ok: false, reason: 'missing-token', message: guardCopy.missing};
    return {ok: false, reason: 'bad-token', message: guardCopy.token};
  }
  if (token.ageMs < minFillMs) return {ok: false, reason: 'too-fast', message: guardCopy.tooFast};
  const key = clientIp(request, {onOxygen});
  const {allowed, retryAfterSeconds} = limiter.attempt(key, now);
  if (!allowed) {
    return {
      ok: false,
      reason: 'rate-limited',
      retryAfterSeconds,
      message: `You've sent several messages in a short time. Please wait ${retryAfterSeconds} seconds and try again.`,
    };
  }
  const ip = onOxygen && key !== 'unknown' ? key : null;
  if (captcha) {
    const check = await verifyTurnstile({settings: captcha, token: formData.get(TURNSTILE_RESPONSE_FIELD), ip, fetchImpl});
    if (check !== 'passed') {
      return {ok: false, reason: 'captcha', message: check === 'unavailable' ? guardCopy.captchaUnavailable : guardCopy.captcha};
    }
  }
  return {ok: true, ip, token: String(submitted)};
}

/**
 * The token a reply hands back with the form: the post's own when it passed the guard (so a quick
 * fix of a field is not "too fast"), else a fresh one for this browser, so a page without
 * JavaScript (whose HTML never carries a token) can simply send again.
 */
export async function replyFormToken(
  request: Request,
  guard: GuardResult,
  options: {secret: string; secure: boolean; formId: string},
): Promise<{formToken: string; headers: Headers}> {
  if (guard.ok) return {formToken: guard.token, headers: new Headers()};
  const {token, headers} = await issueVisitorFormToken(request, options);
  return {formToken: token, headers};
}

/**
 * The guard step every form action starts with: check the post against the store's settings, and
 * get the token the reply hands back (see replyFormToken), so each action reads the same way.
 */
export async function guardFormPost({
  request,
  formData,
  formId,
  settings,
  limiter,
}: {
  request: Request;
  formData: FormData;
  formId: string;
  settings: Pick<
    StorefrontSettings,
    'sessionSecret' | 'formMinFillMs' | 'isProduction' | 'usesEmulator' | 'turnstile'
  >;
  limiter: RateLimiter;
}): Promise<{guard: GuardResult; formToken: string; headers: Headers}> {
  const secret = settings.sessionSecret;
  const guard = await checkFormGuard({
    request,
    formData,
    formId,
    secret,
    minFillMs: settings.formMinFillMs,
    onOxygen: runsOnOxygen(settings),
    captcha: settings.turnstile,
    limiter,
  });
  const {formToken, headers} = await replyFormToken(request, guard, {secret, secure: settings.isProduction, formId});
  return {guard, formToken, headers};
}
