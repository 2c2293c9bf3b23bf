/**
 * Turnstile end to end on the server: the app's guard, with Turnstile switched on and its verify
 * URL pointed at the emulator's stand-in, passes Cloudflare's test answer and refuses any other,
 * keeping the reader's words (the comment action answers with the guard's message).
 */
import {describe, expect, it} from 'vitest';
import {checkFormGuard} from '~/lib/forms/form-guard.server';
import {issueFormToken} from '~/lib/forms/form-token.server';
import {createRateLimiter} from '~/lib/forms/rate-limit.server';
import {readTurnstileSettings, verifyTurnstile} from '~/lib/forms/turnstile.server';
import {issueVisitorFormToken, readVisitorId} from '~/lib/forms/visitor.server';
import {TURNSTILE_STAND_IN_PATH, TURNSTILE_TEST_TOKEN} from '../../../emulator/src/turnstile/siteverify';
import {makeEmulator} from './helpers';

const ORIGIN = 'https://shop.test';
const SECRET = 'test-secret-that-is-long-enough-for-production';

function standIn() {
  const emu = makeEmulator();
  const verifyUrl = `http://127.0.0.1:4999${TURNSTILE_STAND_IN_PATH}`;
  const fetchImpl = ((input: RequestInfo | URL, init?: RequestInit) => emu.fetch(String(input), init)) as typeof fetch;
  const problems: string[] = [];
  const settings = readTurnstileSettings({TURNSTILE_SITE_KEY: '1x00000000000000000000AA', TURNSTILE_SECRET_KEY: 'secret', TURNSTILE_VERIFY_URL: verifyUrl}, problems);
  expect(problems).toEqual([]);
  return {settings: settings!, fetchImpl};
}

describe('the emulator’s Turnstile stand-in', () => {
  it('passes only Cloudflare’s test answer', async () => {
    const {settings, fetchImpl} = standIn();
    expect(await verifyTurnstile({settings, token: TURNSTILE_TEST_TOKEN, ip: null, fetchImpl})).toBe('passed');
    expect(await verifyTurnstile({settings, token: 'made-up-answer', ip: null, fetchImpl})).toBe('failed');
    expect(await verifyTurnstile({settings: {...settings, secretKey: ''}, token: TURNSTILE_TEST_TOKEN, ip: null, fetchImpl})).toBe('failed');
  });

  it('behind the form guard: no answer or a wrong one gets a clear message; the test answer goes through', async () => {
    const {settings, fetchImpl} = standIn();
    const {headers} = await issueVisitorFormToken(new Request(ORIGIN), {secret: SECRET, secure: true, formId: 'newsletter'});
    const cookie = headers.get('Set-Cookie')!.split(';')[0]!;
    const visitorId = (await readVisitorId(new Request(ORIGIN, {headers: {Cookie: cookie}})))!;
    const token = await issueFormToken({secret: SECRET, visitorId, formId: 'newsletter', now: Date.now() - 5_000});
    const guard = async (answer?: string) => {
      const formData = new FormData();
      formData.set('form_token', token);
      if (answer !== undefined) formData.set('cf-turnstile-response', answer);
      return checkFormGuard({
        request: new Request(`${ORIGIN}/newsletter`, {method: 'POST', headers: {Origin: ORIGIN, Cookie: cookie}}),
        formData,
        formId: 'newsletter',
        secret: SECRET,
        limiter: createRateLimiter({limit: 10, windowMs: 60_000}),
        onOxygen: false,
        captcha: settings,
        fetchImpl,
      });
    };
    const missing = await guard();
    expect(missing).toMatchObject({ok: false, reason: 'captcha'});
    expect(missing.ok ? '' : missing.message).toMatch(/“I am human” check/);
    expect(await guard('made-up-answer')).toMatchObject({ok: false, reason: 'captcha'});
    expect(await guard(TURNSTILE_TEST_TOKEN)).toMatchObject({ok: true});
  });
});
