import {describe, expect, it} from 'vitest';
import {CONSENT_COOKIE} from '~/lib/analytics/consent';
import {consentCookie, readConsent} from '~/lib/analytics/consent.server';
import {articleHandleFromPath} from '~/lib/analytics/events';

describe('consent cookie', () => {
  it('reads the recorded choice among other cookies', async () => {
    const granted = (await consentCookie('granted', {secure: false})).split(';')[0];
    const denied = (await consentCookie('denied', {secure: false})).split(';')[0];
    expect(await readConsent(`cart=abc; ${granted}; x=1`)).toBe('granted');
    expect(await readConsent(denied)).toBe('denied');
  });

  it('still reads a cookie written in the format before createCookie', async () => {
    expect(await readConsent(`cart=abc; ${CONSENT_COOKIE}=granted; x=1`)).toBe('granted');
    expect(await readConsent(`${CONSENT_COOKIE}=denied`)).toBe('denied');
  });

  it('treats a missing or tampered cookie as no choice, so nothing is tracked', async () => {
    expect(await readConsent(null)).toBeNull();
    expect(await readConsent('cart=abc')).toBeNull();
    expect(await readConsent(`${CONSENT_COOKIE}=yes-please`)).toBeNull();
    // A well-formed createCookie value holding something other than a choice.
    expect(await readConsent(`${CONSENT_COOKIE}=${btoa(JSON.stringify('always'))}`)).toBeNull();
  });

  it('is a first-party, script-proof cookie that outlives the visit', async () => {
    const cookie = await consentCookie('granted', {secure: true});
    expect(cookie).toMatch(new RegExp(`^${CONSENT_COOKIE}=`));
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/Max-Age=\d{7,}/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(await consentCookie('denied', {secure: false})).not.toMatch(/Secure/);
  });
});

describe('articleHandleFromPath', () => {
  it('names the article a promo was clicked on, and nothing elsewhere', () => {
    expect(articleHandleFromPath('/blogs/news/what-is-dry-needling')).toBe('what-is-dry-needling');
    expect(articleHandleFromPath('/blogs/news/what-is-dry-needling/')).toBe('what-is-dry-needling');
    expect(articleHandleFromPath('/blogs/news')).toBeNull();
    expect(articleHandleFromPath('/')).toBeNull();
    expect(articleHandleFromPath('/blogs/news/a/comments')).toBeNull();
  });

  it('gives up on a malformed escape instead of throwing while the page renders', () => {
    expect(articleHandleFromPath('/blogs/news/%E0%A4%A')).toBeNull();
  });
});
