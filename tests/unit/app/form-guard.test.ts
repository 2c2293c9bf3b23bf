import {describe, expect, it} from 'vitest';
import {checkFormGuard, formTokenAge, issueFormToken} from '~/lib/forms/form-guard.server';
import {createRateLimiter} from '~/lib/forms/rate-limit.server';

const secret = 'test-secret';
const origin = 'https://shop.test';

function post(headers: Record<string, string>) {
  return new Request(`${origin}/blogs/news/a`, {method: 'POST', headers});
}

async function formWith(token: string, extra: Record<string, string> = {}) {
  const data = new FormData();
  data.set('form_token', token);
  for (const [key, value] of Object.entries(extra)) data.set(key, value);
  return data;
}

describe('form tokens', () => {
  it('measure the time since the form was rendered', async () => {
    const token = await issueFormToken(secret, 1_000_000_000_000);
    expect(await formTokenAge(secret, token, 1_000_000_005_000)).toBe(5_000);
  });

  it('cannot be backdated without the secret', async () => {
    const token = await issueFormToken(secret, 1_000_000_000_000);
    const forged = token.replace(/^\d+/, '999999999999');
    expect(await formTokenAge(secret, forged)).toBeNull();
    expect(await formTokenAge('other-secret', token)).toBeNull();
  });
});

describe('checkFormGuard', () => {
  const now = 1_800_000_000_000;
  const limiter = () => createRateLimiter({limit: 2, windowMs: 60_000});

  it('lets a same-origin, human-paced post through', async () => {
    const result = await checkFormGuard({
      request: post({Origin: origin, 'oxygen-buyer-ip': '203.0.113.9'}),
      formData: await formWith(await issueFormToken(secret, now - 5_000)),
      secret,
      limiter: limiter(),
      now,
    });
    expect(result).toEqual({ok: true, ip: '203.0.113.9'});
  });

  it('rejects a cross-site post', async () => {
    const result = await checkFormGuard({
      request: post({Origin: 'https://evil.test'}),
      formData: await formWith(await issueFormToken(secret, now - 5_000)),
      secret,
      limiter: limiter(),
      now,
    });
    expect(result).toMatchObject({ok: false, reason: 'origin'});
  });

  it('rejects a filled honeypot and an instant submit', async () => {
    const honeypot = await checkFormGuard({
      request: post({Origin: origin}),
      formData: await formWith(await issueFormToken(secret, now - 5_000), {website: 'http://spam.test'}),
      secret,
      limiter: limiter(),
      now,
    });
    expect(honeypot).toMatchObject({ok: false, reason: 'honeypot'});
    const tooFast = await checkFormGuard({
      request: post({Origin: origin}),
      formData: await formWith(await issueFormToken(secret, now - 100)),
      secret,
      limiter: limiter(),
      now,
    });
    expect(tooFast).toMatchObject({ok: false, reason: 'too-fast'});
  });

  it('limits repeated posts from one address', async () => {
    const shared = limiter();
    const attempt = async () =>
      checkFormGuard({
        request: post({Origin: origin, 'oxygen-buyer-ip': '198.51.100.4'}),
        formData: await formWith(await issueFormToken(secret, now - 5_000)),
        secret,
        limiter: shared,
        now,
      });
    expect((await attempt()).ok).toBe(true);
    expect((await attempt()).ok).toBe(true);
    expect(await attempt()).toMatchObject({ok: false, reason: 'rate-limited'});
  });
});
