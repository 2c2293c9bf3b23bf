import {describe, expect, it} from 'vitest';
import {CONSENT_COOKIE, consentCookie, readConsent} from '~/lib/analytics/consent';
import {articleHandleFromPath} from '~/lib/analytics/events';

describe('consent cookie', () => {
  it('reads the recorded choice among other cookies', () => {
    expect(readConsent(`cart=abc; ${CONSENT_COOKIE}=granted; x=1`)).toBe('granted');
    expect(readConsent(`${CONSENT_COOKIE}=denied`)).toBe('denied');
  });

  it('treats a missing or tampered cookie as no choice, so nothing is tracked', () => {
    expect(readConsent(null)).toBeNull();
    expect(readConsent('cart=abc')).toBeNull();
    expect(readConsent(`${CONSENT_COOKIE}=yes-please`)).toBeNull();
  });

  it('is a first-party, script-proof cookie that outlives the visit', () => {
    const cookie = consentCookie('granted', {secure: true});
    expect(cookie).toContain(`${CONSENT_COOKIE}=granted`);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/Max-Age=\d{7,}/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(consentCookie('denied', {secure: false})).not.toMatch(/Secure/);
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
