import {describe, expect, it} from 'vitest';
import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {loader} from '~/routes/forms.token';
import {verifyFormToken} from '~/lib/forms/form-token.server';
import {readVisitorId} from '~/lib/forms/visitor.server';

const secret = 'test-secret-that-is-long-enough-for-production';

async function get(query: string, cookie?: string) {
  const request = new Request(`https://shop.test/forms/token${query}`, {headers: cookie ? {Cookie: cookie} : {}});
  const context = {settings: {sessionSecret: secret, isProduction: true}};
  return loader({request, context, params: {}} as unknown as LoaderFunctionArgs);
}

describe('GET /forms/token', () => {
  it('gives a new browser a visitor cookie and a token for that browser and form, never cached', async () => {
    const response = await get('?form=newsletter');
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('private, no-store');
    const cookie = (response.headers.get('Set-Cookie') ?? '').split(';')[0]!;
    const visitorId = await readVisitorId(new Request('https://shop.test', {headers: {Cookie: cookie}}));
    const {token} = (await response.json()) as {token: string};
    expect((await verifyFormToken({secret, visitorId, formId: 'newsletter', token})).ok).toBe(true);

    const again = await get('?form=comment%3Anews%2Fdeload-weeks-explained', cookie);
    expect(again.headers.get('Set-Cookie')).toBeNull();
    const second = (await again.json()) as {token: string};
    expect((await verifyFormToken({secret, visitorId, formId: 'comment:news/deload-weeks-explained', token: second.token})).ok).toBe(true);
  });

  it('answers 400 for a form it does not know', async () => {
    for (const query of ['', '?form=checkout', '?form=comment%3A..%2F..', `?form=comment:${'a'.repeat(300)}/b`]) {
      const response = await get(query);
      expect(response.status).toBe(400);
      expect(response.headers.get('Set-Cookie')).toBeNull();
    }
  });
});
