import {describe, expect, it} from 'vitest';
import {checkFormGuard, guardStatus, replyFormToken} from '~/lib/forms/form-guard.server';
import {formIds} from '~/lib/forms/form-guard-fields';
import {FORM_TOKEN_MAX_AGE_MS, issueFormToken, verifyFormToken} from '~/lib/forms/form-token.server';
import {createRateLimiter} from '~/lib/forms/rate-limit.server';
import {issueVisitorFormToken, readVisitorId} from '~/lib/forms/visitor.server';

const secret = 'test-secret-that-is-long-enough-for-production';
const origin = 'https://shop.test';
const article = formIds.comment('news', 'trail-running');

/** A browser: the visitor cookie the token route gives it, and its id. */
async function browser() {
  const {headers} = await issueVisitorFormToken(new Request(`${origin}/forms/token`), {secret, secure: true, formId: article});
  const setCookie = headers.get('Set-Cookie') ?? '';
  const cookie = setCookie.split(';')[0];
  const id = await readVisitorId(new Request(origin, {headers: {Cookie: cookie}}));
  return {cookie, id: id!, setCookie};
}

function post(headers: Record<string, string>) {
  return new Request(`${origin}/blogs/news/trail-running`, {method: 'POST', headers});
}

function formWith(token: string, extra: Record<string, string> = {}) {
  const data = new FormData();
  data.set('form_token', token);
  for (const [key, value] of Object.entries(extra)) data.set(key, value);
  return data;
}

describe('the visitor cookie', () => {
  it('is a random first-party id no script can read, sent only to this site', async () => {
    const a = await browser();
    const b = await browser();
    expect(a.id).toMatch(/^[0-9a-f]{32}$/);
    expect(a.id).not.toBe(b.id);
    expect(a.setCookie).toMatch(/HttpOnly/i);
    expect(a.setCookie).toMatch(/Secure/i);
    expect(a.setCookie).toMatch(/SameSite=Lax/i);
  });

  it('is set only when the browser has none yet', async () => {
    const {cookie} = await browser();
    const again = await issueVisitorFormToken(new Request(origin, {headers: {Cookie: cookie}}), {secret, secure: true, formId: article});
    expect(again.headers.get('Set-Cookie')).toBeNull();
  });
});

describe('form tokens', () => {
  const now = 1_800_000_000_000;

  it('measure the time since the form was issued, for that browser and that form', async () => {
    const {id} = await browser();
    const token = await issueFormToken({secret, visitorId: id, formId: article, now});
    expect(await verifyFormToken({secret, visitorId: id, formId: article, token, now: now + 5_000})).toEqual({ok: true, ageMs: 5_000});
  });

  it('are refused when replayed with another visitor’s cookie', async () => {
    const mine = await browser();
    const theirs = await browser();
    const token = await issueFormToken({secret, visitorId: mine.id, formId: article, now});
    expect(await verifyFormToken({secret, visitorId: theirs.id, formId: article, token, now: now + 5_000})).toEqual({ok: false, reason: 'invalid'});
    expect(await verifyFormToken({secret, visitorId: null, formId: article, token, now: now + 5_000})).toEqual({ok: false, reason: 'invalid'});
  });

  it('are refused on another form: another article, or the newsletter', async () => {
    const {id} = await browser();
    const token = await issueFormToken({secret, visitorId: id, formId: article, now});
    for (const formId of [formIds.comment('news', 'other-article'), formIds.newsletter]) {
      expect(await verifyFormToken({secret, visitorId: id, formId, token, now: now + 5_000})).toEqual({ok: false, reason: 'invalid'});
    }
  });

  it('expire after two hours', async () => {
    const {id} = await browser();
    const token = await issueFormToken({secret, visitorId: id, formId: article, now});
    expect((await verifyFormToken({secret, visitorId: id, formId: article, token, now: now + FORM_TOKEN_MAX_AGE_MS})).ok).toBe(true);
    expect(await verifyFormToken({secret, visitorId: id, formId: article, token, now: now + FORM_TOKEN_MAX_AGE_MS + 1})).toEqual({ok: false, reason: 'expired'});
    expect(FORM_TOKEN_MAX_AGE_MS).toBe(2 * 60 * 60_000);
  });

  it('refuse tampering: a backdated time, a changed signature, another secret, garbage', async () => {
    const {id} = await browser();
    const token = await issueFormToken({secret, visitorId: id, formId: article, now});
    const [version, issuedAt, signature] = token.split('.');
    const backdated = `${version}.${Number(issuedAt) - 60_000}.${signature}`;
    const flipped = `${version}.${issuedAt}.${signature![0] === 'A' ? 'B' : 'A'}${signature!.slice(1)}`;
    const check = (candidate: unknown, key = secret) => verifyFormToken({secret: key, visitorId: id, formId: article, token: candidate, now: now + 5_000});
    expect(await check(backdated)).toEqual({ok: false, reason: 'invalid'});
    expect(await check(flipped)).toEqual({ok: false, reason: 'invalid'});
    expect(await check(token, 'another-secret-of-the-same-length-as-ours-xx')).toEqual({ok: false, reason: 'invalid'});
    expect(await check(`${token}.extra`)).toEqual({ok: false, reason: 'invalid'});
    expect(await check('garbage')).toEqual({ok: false, reason: 'invalid'});
    expect(await check('')).toEqual({ok: false, reason: 'missing'});
    expect(await check(null)).toEqual({ok: false, reason: 'missing'});
  });

  it('are not signed with the raw session secret', async () => {
    const {id} = await browser();
    const token = await issueFormToken({secret, visitorId: id, formId: article, now});
    const rawKey = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), {name: 'HMAC', hash: 'SHA-256'}, false, ['sign']);
    const payload = new TextEncoder().encode(`v1|${id.length}:${id}|${article.length}:${article}|${now}`);
    const raw = new Uint8Array(await crypto.subtle.sign('HMAC', rawKey, payload));
    const rawText = btoa(String.fromCharCode(...raw)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(token.split('.')[2]).not.toBe(rawText);
  });
});

describe('checkFormGuard', () => {
  const now = 1_800_000_000_000;
  const limiter = () => createRateLimiter({limit: 2, windowMs: 60_000});
  const guard = async (
    {cookie, id}: {cookie: string; id: string},
    {
      headers = {},
      age = 5_000,
      extra = {},
      formId = article,
      onOxygen = true,
    }: {headers?: Record<string, string>; age?: number; extra?: Record<string, string>; formId?: string; onOxygen?: boolean} = {},
    shared = limiter(),
  ) =>
    checkFormGuard({
      request: post({Origin: origin, Cookie: cookie, ...headers}),
      formData: formWith(await issueFormToken({secret, visitorId: id, formId: article, now: now - age}), extra),
      formId,
      secret,
      limiter: shared,
      onOxygen,
      now,
    });

  it('lets a same-origin, human-paced post from the browser the token was issued to through', async () => {
    const visitor = await browser();
    expect(await guard(visitor, {headers: {'oxygen-buyer-ip': '203.0.113.9'}})).toMatchObject({ok: true, ip: '203.0.113.9'});
    // Off Oxygen the header is the client's own word: never handed to Shopify as an address.
    expect(await guard(visitor, {headers: {'oxygen-buyer-ip': '203.0.113.9'}, onOxygen: false})).toMatchObject({ok: true, ip: null});
  });

  it('rejects a cross-site post and a filled honeypot', async () => {
    const visitor = await browser();
    expect(await guard(visitor, {headers: {Origin: 'https://evil.test'}})).toMatchObject({ok: false, reason: 'origin'});
    expect(await guard(visitor, {extra: {website: 'http://spam.test'}})).toMatchObject({ok: false, reason: 'honeypot'});
  });

  it('rejects an instant submit, an expired form, a token for another form and another visitor’s token', async () => {
    const visitor = await browser();
    const other = await browser();
    expect(await guard(visitor, {age: 100})).toMatchObject({ok: false, reason: 'too-fast'});
    const expired = await guard(visitor, {age: FORM_TOKEN_MAX_AGE_MS + 1_000});
    expect(expired).toMatchObject({ok: false, reason: 'expired'});
    expect(expired.ok ? '' : expired.message).toMatch(/expired.*send it again/i);
    expect(await guard(visitor, {formId: formIds.newsletter})).toMatchObject({ok: false, reason: 'bad-token'});
    const replayed = await guard({cookie: other.cookie, id: visitor.id});
    expect(replayed).toMatchObject({ok: false, reason: 'bad-token'});
    expect(replayed.ok ? '' : replayed.message).toMatch(/send it again/i);
  });

  it('asks a post without a token (a page without JavaScript) to send once more, as an ordinary answer', async () => {
    const visitor = await browser();
    const result = await checkFormGuard({
      request: post({Origin: origin, Cookie: visitor.cookie}),
      formData: new FormData(),
      formId: article,
      secret,
      limiter: limiter(),
      onOxygen: true,
      now,
    });
    expect(result).toMatchObject({ok: false, reason: 'missing-token'});
    expect(guardStatus('missing-token')).toBe(200);
    expect(guardStatus('expired')).toBe(200);
    expect(guardStatus('bad-token')).toBe(400);
  });

  it('limits repeated posts from one address', async () => {
    const visitor = await browser();
    const shared = limiter();
    const headers = {'oxygen-buyer-ip': '198.51.100.4', 'cf-connecting-ip': '198.51.100.4'};
    expect((await guard(visitor, {headers}, shared)).ok).toBe(true);
    expect((await guard(visitor, {headers}, shared)).ok).toBe(true);
    expect(await guard(visitor, {headers}, shared)).toMatchObject({ok: false, reason: 'rate-limited'});
  });

  it('hands a refused post a fresh token for its browser, and a passed one its own token back', async () => {
    const visitor = await browser();
    const refused = await guard(visitor, {age: FORM_TOKEN_MAX_AGE_MS + 1_000});
    const request = post({Origin: origin, Cookie: visitor.cookie});
    const fresh = await replyFormToken(request, refused, {secret, secure: true, formId: article});
    expect((await verifyFormToken({secret, visitorId: visitor.id, formId: article, token: fresh.formToken})).ok).toBe(true);
    expect(fresh.headers.get('Set-Cookie')).toBeNull();
    const passed = await guard(visitor);
    expect((await replyFormToken(request, passed, {secret, secure: true, formId: article})).formToken).toBe(passed.ok ? passed.token : 'x');
  });
});
